/**
 * Pure helpers of the simulator screen: no React, no DOM. What the screen derives from a run
 * (deadlines, the unit behind a role, the protest opened from an inspection) lives here so that
 * it can be tested in Node.
 */
import { compareIso } from '../../models/calendar';
import type { CitationId } from '../../models/law';
import type { InitiatorRole, InspectionContext, InspectionInput } from '../../models/procedures/inspection';
import type { ActIssuer, ProtestContext, ProtestInput } from '../../models/procedures/protest';
import type { ProcedureId } from '../../models/procedures/core/types';
import { majorityCitation, quorumCitation, type CouncilVoteContext } from '../../models/procedures/councilVote';
import { ancestors } from '../../models/org/queries';
import type { OrgDocument, UnitId, UnitKind } from '../../models/org/types';

/** The prosecutor who heads a unit of this kind (clicking a unit on the diagram picks the role). */
export const ROLE_OF_KIND: Partial<Record<UnitKind, InitiatorRole>> = {
  president: 'president',
  generalOffice: 'generalProsecutor',
  gpoPost: 'deputyGeneralProsecutor',
  gpoDepartment: 'gpoUnitHead',
  apparatus: 'gpoUnitHead',
  committee: 'committeeChair',
  committeeTerritorial: 'committeeTerritorialHead',
  militaryChief: 'chiefMilitaryProsecutor',
  militaryRegional: 'militaryRegionalProsecutor',
  militaryGarrison: 'garrisonMilitaryProsecutor',
  transportChief: 'chiefTransportProsecutor',
  transportRegional: 'transportRegionalProsecutor',
  oblast: 'regionalProsecutor',
  district: 'districtProsecutor',
};

/** The unit a run's prosecutor stands for: its own unitId, else the first unit whose kind has that role. */
export function unitOfRole(doc: OrgDocument, role: InitiatorRole, unitId?: UnitId): UnitId | undefined {
  if (unitId && doc.units[unitId]) return unitId;
  const deputyOf: Partial<Record<InitiatorRole, InitiatorRole>> = { deputyRegionalProsecutor: 'regionalProsecutor', staffProsecutor: 'districtProsecutor' };
  const wanted = deputyOf[role] ?? role;
  return Object.values(doc.units).find((u) => ROLE_OF_KIND[u.kind] === wanted)?.id;
}

/** The prosecution offices above a unit, nearest first (external bodies such as the President left out). */
export function higherProsecutors(doc: OrgDocument, unitId: UnitId): UnitId[] {
  return ancestors(doc, unitId).filter((id) => {
    const kind = doc.units[id]?.kind;
    return kind !== undefined && ROLE_OF_KIND[kind] !== undefined && kind !== 'president';
  });
}

export type DeadlineKey = 'consent' | 'registration' | 'completion' | 'certificate' | 'protest' | 'hearing';

export interface DeadlineMark {
  key: DeadlineKey;
  date: string;
  overdue: boolean;
}

/** The dates a calendar strip and the context panel mark, read from the machine's context. */
export function deadlinesOf(procedure: ProcedureId, context: unknown): DeadlineMark[] {
  if (procedure === 'inspection') {
    const ctx = context as InspectionContext;
    const keys = ['consent', 'registration', 'completion', 'certificate'] as const;
    return keys.flatMap((key) => {
      const date = ctx.deadlines[key];
      return date ? [{ key, date, overdue: ctx.overdue[key] }] : [];
    });
  }
  if (procedure === 'protest') {
    const ctx = context as ProtestContext;
    const out: DeadlineMark[] = [];
    if (ctx.deadline) {
      const lapsed = ctx.lapsedOn !== null || (ctx.consideredOn === null && ctx.withdrawnOn === null && compareIso(ctx.date, ctx.deadline) > 0);
      out.push({ key: 'protest', date: ctx.deadline, overdue: lapsed });
    }
    if (ctx.hearingDate) out.push({ key: 'hearing', date: ctx.hearingDate, overdue: false });
    return out;
  }
  return [];
}

/** What the protested act is, guessed from what was inspected (the user can change it). */
const ISSUER_OF_SUBJECT: Record<InspectionInput['subject']['kind'], ActIssuer> = {
  stateBody: 'localExecutive',
  business: 'organisation',
  organisation: 'organisation',
  detentionFacility: 'official',
};

/**
 * The input of a protest opened from an inspection decided with `protest` (issue 5 item 2): the same
 * prosecutor, the decision date as its start, and a link back to the inspection.
 * @example protestInputFrom(inspectionCtx, 'Routine').linkedRun // { procedure: 'inspection', title: 'Routine' }
 */
export function protestInputFrom(ctx: InspectionContext, title: string): ProtestInput {
  const { role, unitId } = ctx.input.initiator;
  return {
    startDate: ctx.decidedOn ?? ctx.date,
    prosecutor: unitId ? { role, unitId } : { role },
    act: { issuer: ISSUER_OF_SUBJECT[ctx.input.subject.kind], type: 'individual' },
    addressee: 'issuer',
    linkedRun: { procedure: 'inspection', title },
  };
}

/** Whether an inspection context ends in a protest decision. */
export function decidedWithProtest(procedure: ProcedureId, context: unknown): boolean {
  return procedure === 'inspection' && (context as InspectionContext).decision === 'protest';
}

/** The provision that governs an event, shown next to an accepted step (a rejected one carries its own). */
const EVENT_CITATIONS: Record<string, CitationId> = {
  'inspection.requestConsent': 'inspection.business',
  'consent.requestInfo': 'inspection.consentPetition',
  'consent.grant': 'inspection.consentPetition',
  'consent.refuse': 'inspection.consentPetition',
  'inspection.appoint': 'inspection.resolutionIssuers',
  'resolution.hand': 'inspection.access',
  'inspection.register': 'inspection.registration',
  'inspection.start': 'inspection.term',
  'access.refuse': 'inspection.access',
  'clearance.show': 'inspection.clearance',
  'access.restore': 'inspection.access',
  'inspection.extend': 'inspection.term',
  'inspection.suspend': 'inspection.suspension',
  'inspection.resume': 'inspection.suspension',
  'inspection.complete': 'inspection.certificate',
  'certificate.hand': 'inspection.certificate',
  'inspection.decide': 'inspection.decisions',
  'protest.bring': 'protest.term',
  'act.suspend': 'protest.suspension',
  'hearing.notify': 'protest.hearing',
  'protest.withdraw': 'protest.withdrawal',
  'protest.consider': 'protest.term',
  'court.file': 'protest.claim',
  'court.rule': 'protest.claim',
};

/** Council events cite the Regulation; quorum and majority follow the body (a collegium: CL art. 30). */
const COUNCIL_CITATIONS: Record<string, CitationId | 'quorum' | 'majority'> = {
  'session.convene': 'council.sessions',
  'attendance.mark': 'quorum',
  'quorum.check': 'quorum',
  'item.open': 'council.chair',
  'vote.open': 'council.chair',
  'vote.cast': 'council.equality',
  'vote.close': 'majority',
  'item.next': 'council.chair',
  'session.adjourn': 'quorum',
  'session.close': 'council.chair',
};

/**
 * The provision behind an accepted step; `context` (the step's) tells a council from a collegium.
 * @example eventCitation('vote.close', 'council.coordination', { body: { kind: 'coordinationCouncil' } }) // 'council.majority'
 */
export function eventCitation(type: string, fallback: CitationId, context?: unknown): CitationId {
  const own = EVENT_CITATIONS[type];
  if (own) return own;
  const council = COUNCIL_CITATIONS[type];
  if (!council) return fallback;
  const kind = (context as Partial<CouncilVoteContext> | undefined)?.body?.kind ?? 'coordinationCouncil';
  // The Council Regulation governs councils only; a collegium's whole procedure rests on CL art. 30.
  if (kind === 'collegium') return 'council.collegium';
  if (council === 'quorum') return quorumCitation(kind);
  if (council === 'majority') return majorityCitation(kind);
  return council;
}

/**
 * A linked run's title in one language: runs opened here name their inspection "kk / ru / en".
 * @example linkedTitleIn('Тексеру / Проверка / Inspection', 'ru') // 'Проверка'
 */
export function linkedTitleIn(title: string, lang: 'kk' | 'ru' | 'en'): string {
  const parts = title.split(' / ');
  if (parts.length !== 3) return title;
  return parts[{ kk: 0, ru: 1, en: 2 }[lang]] ?? title;
}
