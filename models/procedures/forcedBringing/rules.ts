/**
 * The rules of forced bringing (CL art. 26 as the manual gives it; theme 8), each a pure check returning
 * a Verdict. The machine's guards and explain() call these same functions.
 */
import { checkTimeEvent } from '../core/time';
import type { TimeEvent, Verdict } from '../core/types';
import type { ProsecutorRole } from '../representation/schema';
import type { ForcedBringingContext, ForcedBringingPhase } from './context';
import type { ForcedBringingEvent, ForcedBringingEventOf as EventOf, ForcedBringingEventType } from './schema';

const OK: Verdict = { ok: true };

/**
 * Who may order it by a reasoned resolution (seed l. 5169–5181): the GP and deputies, heads of the
 * Committee and its territorial bodies, of military and transport prosecution bodies, oblast and district
 * (and equivalent) prosecutors and the deputies the role list has. Not the President, a GPO unit head or
 * a staff prosecutor.
 */
export const ORDERING_ROLES: readonly ProsecutorRole[] = [
  'generalProsecutor',
  'deputyGeneralProsecutor',
  'committeeChair',
  'committeeTerritorialHead',
  'chiefMilitaryProsecutor',
  'chiefTransportProsecutor',
  'militaryRegionalProsecutor',
  'garrisonMilitaryProsecutor',
  'transportRegionalProsecutor',
  'regionalProsecutor',
  'deputyRegionalProsecutor',
  'districtProsecutor',
];

/** Never brought by force: a child under this age. */
export const CHILD_AGE = 14;
/** Under this age, only with the legal representative told first. */
export const ADULT_AGE = 18;
/** Night time, our reading: from 22:00 up to (not including) 06:00. */
export const NIGHT_FROM = '22:00';
export const NIGHT_UNTIL = '06:00';

/**
 * Night time (our reading of "түнгі уақыт"): 22:00 is night, 06:00 is not.
 * @example isNightTime('21:59') // false
 * @example isNightTime('05:59') // true
 */
export function isNightTime(time: string): boolean {
  return time >= NIGHT_FROM || time < NIGHT_UNTIL;
}

/** The resolution: an entitled head, and a person the law lets be brought. The unexcused miss is the state's. */
export function checkOrder(ctx: ForcedBringingContext): Verdict {
  const { role } = ctx.orderedBy;
  if (!ORDERING_ROLES.includes(role)) return { ok: false, code: 'notEntitledToOrder', citation: 'forcedBringing.order', values: { role } };
  if (ctx.person.age < CHILD_AGE) return { ok: false, code: 'childUnderFourteen', citation: 'forcedBringing.child', values: { age: ctx.person.age, minimumAge: CHILD_AGE } };
  if (ctx.person.pregnant === true) return { ok: false, code: 'personPregnant', citation: 'forcedBringing.pregnant', values: { pregnant: true } };
  if (ctx.person.medicalCertificate === true) return { ok: false, code: 'medicalCertificateHeld', citation: 'forcedBringing.certificate', values: { medicalCertificate: true } };
  return OK;
}

/** The legal representative of a minor, told once; an adult has none to tell. */
export function checkRepresentativeNotice(ctx: ForcedBringingContext): Verdict {
  if (ctx.person.age >= ADULT_AGE) return { ok: false, code: 'notMinor', citation: 'forcedBringing.representative', values: { age: ctx.person.age, adultAge: ADULT_AGE } };
  if (ctx.representativeNotifiedOn !== null) return { ok: false, code: 'representativeAlreadyNotified', citation: 'forcedBringing.representative', values: { on: ctx.representativeNotifiedOn } };
  return OK;
}

/** Carrying it out: never at night; a minor only once the legal representative was told. */
export function checkExecute(ctx: ForcedBringingContext, event: EventOf<'bringing.execute'>): Verdict {
  if (isNightTime(event.time)) return { ok: false, code: 'nightTime', citation: 'forcedBringing.nightHours', values: { time: event.time, from: NIGHT_FROM, until: NIGHT_UNTIL } };
  if (ctx.person.age < ADULT_AGE && ctx.representativeNotifiedOn === null) {
    return { ok: false, code: 'representativeNotNotified', citation: 'forcedBringing.representative', values: { age: ctx.person.age } };
  }
  return OK;
}

export function checkTime(ctx: ForcedBringingContext, event: TimeEvent): Verdict {
  return checkTimeEvent(ctx.date, event, 'forcedBringing.order');
}

export function checkEvent(ctx: ForcedBringingContext, event: ForcedBringingEvent): Verdict {
  switch (event.type) {
    case 'summons.serve':
    case 'summons.miss':
      return OK;
    case 'bringing.order':
      return checkOrder(ctx);
    case 'representative.notify':
      return checkRepresentativeNotice(ctx);
    case 'bringing.execute':
      return checkExecute(ctx, event);
    case 'time.advance':
    case 'time.advanceTo':
      return checkTime(ctx, event);
  }
}

/** Why an event is refused in a state that does not take it at all. Only called for such states. */
export function refusalOutsideState(ctx: ForcedBringingContext, phase: ForcedBringingPhase, type: ForcedBringingEventType): Verdict {
  const values = { phase, event: type };
  if (phase === 'brought' || phase === 'refused') return { ok: false, code: 'procedureFinished', citation: 'forcedBringing.order', values };
  switch (type) {
    case 'summons.serve':
      return { ok: false, code: 'alreadySummoned', citation: 'forcedBringing.summons', values: { ...values, summonedOn: ctx.summonedOn } };
    case 'summons.miss':
      if (phase === 'draft') return { ok: false, code: 'notSummoned', citation: 'forcedBringing.summons', values };
      return { ok: false, code: 'alreadyMissed', citation: 'forcedBringing.summons', values: { ...values, missedOn: ctx.missedOn } };
    case 'bringing.order':
      if (phase === 'ordered') return { ok: false, code: 'alreadyOrdered', citation: 'forcedBringing.order', values: { ...values, orderedOn: ctx.orderedOn } };
      return { ok: false, code: 'noUnexcusedMiss', citation: 'forcedBringing.order', values };
    case 'representative.notify':
      return { ok: false, code: 'notSummoned', citation: 'forcedBringing.summons', values };
    case 'bringing.execute':
      return { ok: false, code: 'notOrdered', citation: 'forcedBringing.order', values };
    default:
      return { ok: false, code: 'unexpectedEvent', citation: 'forcedBringing.order', values };
  }
}

/** Every refusal code this procedure's own checks return (the core's come on top). */
export const CODES = [
  'alreadyMissed',
  'alreadyOrdered',
  'alreadySummoned',
  'childUnderFourteen',
  'medicalCertificateHeld',
  'nightTime',
  'noUnexcusedMiss',
  'notEntitledToOrder',
  'notMinor',
  'notOrdered',
  'notSummoned',
  'personPregnant',
  'representativeAlreadyNotified',
  'representativeNotNotified',
  'unexpectedEvent',
] as const;
