/**
 * The relations of one unit gathered for a focused view: a council with the
 * bodies that sit on it, and the chain of appointments above a unit. Pure
 * queries over the document; the screen only draws what these return.
 */
import type { OrgDocument, UnitId } from './types';

export type SeatRole = 'chair' | 'member' | 'invited';

export interface CouncilSeat {
  unit: UnitId;
  role: SeatRole;
}

/**
 * Who sits on a council (or collegium): its chair (the `councilChair`
 * relation), its voting members and its invited participants (a
 * `councilMember` relation marked `invited`), each once, chair first.
 * @example
 * councilSeats(doc, 'council-rep') // [{ unit: 'gpo', role: 'chair' }, { unit: 'mvd', role: 'member' }, …]
 */
export function councilSeats(doc: OrgDocument, council: UnitId): CouncilSeat[] {
  const seats = new Map<UnitId, SeatRole>();
  for (const r of doc.relations) if (r.kind === 'councilChair' && r.to === council && doc.units[r.from]) seats.set(r.from, 'chair');
  for (const r of doc.relations) {
    if (r.kind !== 'councilMember' || r.to !== council || !doc.units[r.from] || seats.has(r.from)) continue;
    seats.set(r.from, r.invited ? 'invited' : 'member');
  }
  const order: Record<SeatRole, number> = { chair: 0, member: 1, invited: 2 };
  return [...seats].map(([unit, role]) => ({ unit, role })).sort((a, b) => order[a.role] - order[b.role]);
}

/** Whether a unit is a body with seats (a council or collegium has members or a chair). */
export function hasSeats(doc: OrgDocument, unit: UnitId): boolean {
  return doc.relations.some((r) => (r.kind === 'councilChair' || r.kind === 'councilMember') && r.to === unit);
}

/** The councils a unit sits on. */
export function councilsOf(doc: OrgDocument, unit: UnitId): UnitId[] {
  const out = new Set<UnitId>();
  for (const r of doc.relations) if ((r.kind === 'councilChair' || r.kind === 'councilMember') && r.from === unit && doc.units[r.to]) out.add(r.to);
  return [...out];
}

export interface AppointmentLink {
  /** Who appoints. */
  by: UnitId;
  /** Who is appointed. */
  unit: UnitId;
  /** Whose consent the appointment needs, if any. */
  consentOf?: UnitId;
}

/**
 * The appointments above a unit, nearest first: who appoints it (with whose
 * consent), who appoints that one, and so on up to someone nobody in the
 * document appoints. Stops at a cycle.
 * @example
 * appointmentChain(doc, 'academy') // [{ by: 'gpo', unit: 'academy', consentOf: 'president' }, { by: 'president', unit: 'gpo', consentOf: 'senate' }]
 */
export function appointmentChain(doc: OrgDocument, unit: UnitId): AppointmentLink[] {
  const chain: AppointmentLink[] = [];
  const seen = new Set<UnitId>([unit]);
  let cur: UnitId | undefined = unit;
  while (cur !== undefined) {
    const target: UnitId = cur;
    const r = doc.relations.find((x) => x.kind === 'appointment' && x.to === target && doc.units[x.from]);
    if (!r) break;
    chain.push({ by: r.from, unit: target, ...(r.consentOf !== undefined && doc.units[r.consentOf] ? { consentOf: r.consentOf } : {}) });
    if (seen.has(r.from)) break;
    seen.add(r.from);
    cur = r.from;
  }
  return chain;
}

/** The units this unit appoints. */
export function appointees(doc: OrgDocument, unit: UnitId): UnitId[] {
  return doc.relations.filter((r) => r.kind === 'appointment' && r.from === unit && doc.units[r.to]).map((r) => r.to);
}
