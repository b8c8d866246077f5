/**
 * Every rule of the inspection (domain.md §5) as a pure check returning a Verdict.
 * The machine's guards and explain() call these same functions; the UI and tests ask them too.
 */
import { compareIso } from '../../calendar';
import type { Verdict } from '../core/types';
import { MAX_EXTENSION_DAYS, termsApply, type InspectionContext } from './context';
import { PROSECUTOR_ROLES, type ProsecutorRole } from '../../org/roles';
import type { InspectionEvent, InspectionEventOf, InspectionEventType, InspectionInput } from './schema';

const OK: Verdict = { ok: true };

/** Heads whose decision is a ground for an inspection (CL art. 18.1; 18.3 for the departmental body). */
export const DECISION_MAKERS: readonly ProsecutorRole[] = [
  'deputyGeneralProsecutor',
  'chiefMilitaryProsecutor',
  'chiefTransportProsecutor',
  'regionalProsecutor',
  'districtProsecutor',
  'militaryRegionalProsecutor',
  'garrisonMilitaryProsecutor',
  'transportRegionalProsecutor',
  'committeeChair',
  'committeeTerritorialHead',
];

/**
 * Officials who sign the resolution appointing an inspection (Rules item 9): every head in the role
 * list except the President (who assigns, never resolves) and a staff prosecutor (who only inspects).
 */
export const RESOLUTION_ISSUERS: readonly ProsecutorRole[] = PROSECUTOR_ROLES.filter((r) => r !== 'president' && r !== 'staffProsecutor');

/** Who sends the petition for the GP's consent to inspect a business (Rules item 9). */
export const CONSENT_PETITIONERS: readonly ProsecutorRole[] = ['chiefMilitaryProsecutor', 'chiefTransportProsecutor', 'regionalProsecutor'];

/**
 * Who may appoint on what basis. The President assigns (`basis: presidentAssignment`) but never
 * issues the resolution himself: a prosecutor does (seed l. 2026-2030, 2252-2270). The President's
 * assignment may be carried out by any official who issues resolutions; a decision must come from a
 * listed head and name one of the five grounds.
 * @example checkAuthority({ ...input, initiator: { role: 'president' } }).code // 'presidentDoesNotAppoint'
 */
export function checkAuthority(input: InspectionInput): Verdict {
  const role = input.initiator.role;
  if (role === 'president') return { ok: false, code: 'presidentDoesNotAppoint', citation: 'inspection.resolutionIssuers', values: { role, basis: input.basis } };
  if (!RESOLUTION_ISSUERS.includes(role)) return { ok: false, code: 'notAuthorisedToAppoint', citation: 'inspection.resolutionIssuers', values: { role } };
  if (input.basis === 'decision') {
    if (!DECISION_MAKERS.includes(role)) return { ok: false, code: 'notEntitledToDecide', citation: 'inspection.grounds', values: { role } };
    if (!input.ground) return { ok: false, code: 'groundRequired', citation: 'inspection.decisionGrounds', values: { basis: 'decision' } };
  }
  return OK;
}

/** `urgent` is for illegal delivery, detention or arrest: only a detention facility (Rules item 28). */
export function checkUrgent(input: InspectionInput): Verdict {
  if (input.urgent && input.subject.kind !== 'detentionFacility') {
    return { ok: false, code: 'urgentOnlyForDetention', citation: 'inspection.urgent', values: { subject: input.subject.kind } };
  }
  return OK;
}

/** A business by decision needs the GP's consent first (CL art. 18). */
export function checkBusinessConsent(ctx: InspectionContext): Verdict {
  if (ctx.consent.status === 'notNeeded' || ctx.consent.status === 'granted') return OK;
  return { ok: false, code: 'consentRequired', citation: 'inspection.business', values: { consent: ctx.consent.status } };
}

export function checkAppoint(ctx: InspectionContext, event: InspectionEventOf<'inspection.appoint'>): Verdict {
  for (const v of [checkAuthority(ctx.input), checkUrgent(ctx.input), checkBusinessConsent(ctx)]) if (!v.ok) return v;
  if (event.inspectors.length === 0) return { ok: false, code: 'noInspectorsNamed', citation: 'inspection.namedInspectors', values: { inspectors: 0 } };
  if (new Set(event.inspectors).size !== event.inspectors.length) return { ok: false, code: 'inspectorNamedTwice', citation: 'inspection.namedInspectors', values: { inspectors: event.inspectors.length } };
  return OK;
}

/** The petition: only for a business by decision, by a chief military/transport or oblast prosecutor (Rules item 9). */
export function checkRequestConsent(ctx: InspectionContext): Verdict {
  if (ctx.consent.status === 'notNeeded') return { ok: false, code: 'consentNotNeeded', citation: 'inspection.business', values: { subject: ctx.input.subject.kind, basis: ctx.input.basis } };
  if (ctx.consent.status === 'granted') return { ok: false, code: 'consentAlreadyGranted', citation: 'inspection.business', values: { answeredOn: ctx.consent.answeredOn } };
  const authority = checkAuthority(ctx.input);
  if (!authority.ok) return authority;
  if (!CONSENT_PETITIONERS.includes(ctx.input.initiator.role)) return { ok: false, code: 'petitionNotBySender', citation: 'inspection.consentPetition', values: { role: ctx.input.initiator.role } };
  return OK;
}

/** The GPO may ask for more information once; its term becomes 15 working days (Rules item 9). */
export function checkRequestInfo(ctx: InspectionContext): Verdict {
  if (ctx.consent.infoRequested) return { ok: false, code: 'infoAlreadyRequested', citation: 'inspection.consentPetition', values: { deadline: ctx.deadlines.consent } };
  return OK;
}

export function checkHandResolution(ctx: InspectionContext): Verdict {
  if (ctx.resolutionHandedOn) return { ok: false, code: 'resolutionAlreadyHanded', citation: 'inspection.access', values: { handedOn: ctx.resolutionHandedOn } };
  return OK;
}

/** Registration only where the area requires it, once (Rules item 11). */
export function checkRegister(ctx: InspectionContext): Verdict {
  if (!ctx.registration.required) return { ok: false, code: 'registrationNotRequired', citation: 'inspection.exemptAreas', values: { area: ctx.input.area } };
  if (ctx.registration.registeredOn) return { ok: false, code: 'alreadyRegistered', citation: 'inspection.registration', values: { registeredOn: ctx.registration.registeredOn } };
  return OK;
}

/** The term has really run out on the simulated date (never while suspended). */
export function isTermPassed(ctx: InspectionContext): boolean {
  return ctx.deadlines.completion !== null && ctx.suspension.since === null && compareIso(ctx.date, ctx.deadlines.completion) > 0;
}

/**
 * The subject may refuse entry only when the reason really holds (CL art. 19).
 * @example checkAccessRefusal(ctx, { type: 'access.refuse', reason: 'noResolution' }) // rejected once the resolution was handed
 */
export function checkAccessRefusal(ctx: InspectionContext, event: InspectionEventOf<'access.refuse'>): Verdict {
  const c = 'inspection.access' as const;
  switch (event.reason) {
    case 'noResolution':
      return ctx.resolutionHandedOn ? { ok: false, code: 'resolutionWasHanded', citation: c, values: { handedOn: ctx.resolutionHandedOn } } : OK;
    case 'otherPersons':
      if (!event.person) return { ok: false, code: 'personNotGiven', citation: 'inspection.namedInspectors', values: { reason: event.reason } };
      return ctx.inspectors.includes(event.person) ? { ok: false, code: 'personIsNamed', citation: 'inspection.namedInspectors', values: { person: event.person } } : OK;
    case 'notRegistered':
      if (!ctx.registration.required) return { ok: false, code: 'registrationNotRequired', citation: 'inspection.exemptAreas', values: { area: ctx.input.area } };
      if (ctx.registration.registeredOn) return { ok: false, code: 'isRegistered', citation: 'inspection.registration', values: { registeredOn: ctx.registration.registeredOn } };
      // Founded before the start whatever the case; after it only once an item-11 window has passed.
      if (ctx.registration.afterStart && ctx.deadlines.registration && compareIso(ctx.date, ctx.deadlines.registration) <= 0) {
        return { ok: false, code: 'registrationPending', citation: 'inspection.registrationReading', values: { deadline: ctx.deadlines.registration } };
      }
      return OK;
    case 'deadlinePassed':
      if (!termsApply(ctx.input)) return { ok: false, code: 'termsNotApplicable', citation: 'inspection.exemptAreas', values: { area: ctx.input.area } };
      return isTermPassed(ctx) ? OK : { ok: false, code: 'deadlineNotPassed', citation: 'inspection.term', values: { date: ctx.date, deadline: ctx.deadlines.completion, remainingDays: ctx.remainingDays } };
    case 'noClearance':
      if (!ctx.input.subject.secret) return { ok: false, code: 'clearanceNotRequired', citation: 'inspection.clearance', values: { secret: false } };
      return ctx.access.clearanceShown ? { ok: false, code: 'clearanceShown', citation: 'inspection.clearance', values: { secret: true } } : OK;
  }
}

export function checkClearance(ctx: InspectionContext): Verdict {
  if (!ctx.input.subject.secret) return { ok: false, code: 'clearanceNotRequired', citation: 'inspection.clearance', values: { secret: false } };
  if (ctx.access.clearanceShown) return { ok: false, code: 'clearanceAlreadyShown', citation: 'inspection.clearance' };
  return OK;
}

/** Entry is restored once the cause of the refusal is cured; a passed term is not curable. */
export function checkRestore(ctx: InspectionContext): Verdict {
  const reason = ctx.access.refusedFor;
  if (reason === null) return OK;
  const still = checkAccessRefusal(ctx, { type: 'access.refuse', reason, person: ctx.access.person ?? undefined });
  if (reason === 'otherPersons' || !still.ok) return OK;
  const codes = { noResolution: 'resolutionStillNotHanded', notRegistered: 'stillNotRegistered', deadlinePassed: 'termStillPassed', noClearance: 'clearanceStillNotShown' } as const;
  return { ok: false, code: codes[reason], citation: reason === 'deadlinePassed' ? 'inspection.term' : 'inspection.access', values: { reason } };
}

/** One extension (our reading: the manual has no "once"), of at most 30 working days, before the term runs out; only where the terms apply (CL art. 18.4). */
export function checkExtension(ctx: InspectionContext, event: InspectionEventOf<'inspection.extend'>): Verdict {
  if (!termsApply(ctx.input)) return { ok: false, code: 'termsNotApplicable', citation: 'inspection.exemptAreas', values: { area: ctx.input.area } };
  if (ctx.extension) return { ok: false, code: 'alreadyExtended', citation: 'inspection.extensionOnce', values: { extendedBy: ctx.extension.days, on: ctx.extension.on } };
  if (event.days > MAX_EXTENSION_DAYS) return { ok: false, code: 'extensionTooLong', citation: 'inspection.term', values: { days: event.days, max: MAX_EXTENSION_DAYS } };
  if (isTermPassed(ctx)) return { ok: false, code: 'termAlreadyPassed', citation: 'inspection.term', values: { date: ctx.date, deadline: ctx.deadlines.completion } };
  return OK;
}

/** A suspension stops a running term; an expired one cannot be revived by suspending it (CL art. 18.4). */
export function checkSuspend(ctx: InspectionContext): Verdict {
  if (isTermPassed(ctx)) return { ok: false, code: 'termAlreadyPassed', citation: 'inspection.suspension', values: { date: ctx.date, deadline: ctx.deadlines.completion } };
  return OK;
}

type Rule<T extends InspectionEventType> = (ctx: InspectionContext, event: InspectionEventOf<T>) => Verdict;
type LawEventType = Exclude<InspectionEventType, 'time.advance' | 'time.advanceTo'>;

/** The rule behind each event; events with no condition of their own answer ok (the state decides). */
export const RULES: { [T in LawEventType]: Rule<T> } = {
  'inspection.requestConsent': (ctx) => checkRequestConsent(ctx),
  'consent.requestInfo': (ctx) => checkRequestInfo(ctx),
  'consent.grant': () => OK,
  'consent.refuse': () => OK,
  'inspection.appoint': checkAppoint,
  'resolution.hand': (ctx) => checkHandResolution(ctx),
  'inspection.register': (ctx) => checkRegister(ctx),
  'inspection.start': () => OK,
  'access.refuse': checkAccessRefusal,
  'clearance.show': (ctx) => checkClearance(ctx),
  'access.restore': (ctx) => checkRestore(ctx),
  'inspection.extend': checkExtension,
  'inspection.suspend': (ctx) => checkSuspend(ctx),
  'inspection.resume': () => OK,
  'inspection.complete': () => OK,
  'certificate.hand': () => OK,
  'inspection.decide': () => OK,
};

/** Every refusal code the inspection's rules return (the core adds its own); each has kk/ru/en labels. */
export const CODES = [
  'presidentDoesNotAppoint',
  'notAuthorisedToAppoint',
  'notEntitledToDecide',
  'groundRequired',
  'urgentOnlyForDetention',
  'consentRequired',
  'noInspectorsNamed',
  'inspectorNamedTwice',
  'consentNotNeeded',
  'consentAlreadyGranted',
  'petitionNotBySender',
  'infoAlreadyRequested',
  'resolutionAlreadyHanded',
  'registrationNotRequired',
  'alreadyRegistered',
  'resolutionWasHanded',
  'personNotGiven',
  'personIsNamed',
  'isRegistered',
  'registrationPending',
  'termsNotApplicable',
  'deadlineNotPassed',
  'clearanceNotRequired',
  'clearanceShown',
  'clearanceAlreadyShown',
  'resolutionStillNotHanded',
  'stillNotRegistered',
  'termStillPassed',
  'clearanceStillNotShown',
  'alreadyExtended',
  'extensionTooLong',
  'termAlreadyPassed',
] as const;
export type InspectionCode = (typeof CODES)[number];

/** The law's answer for an event in a context, state aside. */
export function checkEvent(ctx: InspectionContext, event: InspectionEvent): Verdict {
  if (event.type === 'time.advance' || event.type === 'time.advanceTo') return OK;
  const rule = RULES[event.type] as Rule<typeof event.type>;
  return rule(ctx, event);
}
