/**
 * The rules of forced bringing (CL art. 26 as the manual gives it; theme 8), each a pure check returning
 * a Verdict. The machine's guards and explain() call these same functions.
 */
import type { Verdict } from '../core/types';
import { BRINGING_ORDER_ROLES } from '../../org/roles';
import type { ForcedBringingContext, ForcedBringingPhase } from './context';
import type { ForcedBringingDomainEvent, ForcedBringingEventOf as EventOf } from './schema';

const OK: Verdict = { ok: true };

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
  if (!BRINGING_ORDER_ROLES.includes(role)) return { ok: false, code: 'notEntitledToOrder', citation: 'forcedBringing.order', values: { role } };
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

export function checkEvent(ctx: ForcedBringingContext, event: ForcedBringingDomainEvent): Verdict {
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
  }
}

/** Why an event is refused in a state that does not take it at all. Only called for such states. */
export function refusalOutsideState(ctx: ForcedBringingContext, phase: ForcedBringingPhase, type: ForcedBringingDomainEvent['type']): Verdict {
  const values = { phase, event: type };
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
] as const;
