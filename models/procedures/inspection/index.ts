/**
 * The inspection procedure (domain.md §5; design.md "inspection"): machine, schemas, rules,
 * explain() and offers(), gathered into one ProcedureDefinition.
 */
import { __unsafe_getAllOwnEventDescriptors, type AnyMachineSnapshot } from 'xstate';
import { addWorkingDays, compareIso } from '../../calendar';
import { checkTimeEvent, isTimeEvent } from '../core/time';
import { stateValueString } from '../core/replay';
import type { EventOffer, ProcedureDefinition, Verdict } from '../core/types';
import type { InspectionContext } from './context';
import { DECISION_LABELS, EVENT_LABELS, EXTENSION_LABELS, REFUSAL_LABELS, SUSPENSION_LABELS, withVariant } from './labels';
import { inspectionMachine } from './machine';
import { checkEvent } from './rules';
import {
  DECISIONS,
  EXTENSION_REASONS,
  REFUSAL_REASONS,
  SUSPENSION_REASONS,
  inspectionEventSchema,
  inspectionInputSchema,
  type InspectionEvent,
  type InspectionEventType,
  type InspectionInput,
} from './schema';

export * from './schema';
export * from './context';
export * from './rules';
export * from './labels';
export { inspectionMachine } from './machine';

/** Event types the current state has a transition for, guards aside. */
export function availableEventTypes(snapshot: AnyMachineSnapshot): Set<string> {
  if (snapshot.status !== 'active') return new Set();
  return new Set((__unsafe_getAllOwnEventDescriptors(snapshot) as unknown[]).filter((d): d is string => typeof d === 'string' && d !== '*'));
}

/**
 * Accepted, or rejected with a code, a citation and the numbers behind it.
 * @example explainInspection(snapshot, { type: 'inspection.extend', days: 31, reason: 'largeVolume' })
 * // { ok: false, code: 'extensionTooLong', citation: 'inspection.term', values: { days: 31, max: 30 } }
 */
export function explainInspection(snapshot: AnyMachineSnapshot, event: InspectionEvent): Verdict {
  const ctx = snapshot.context as InspectionContext;
  if (snapshot.status !== 'active') return { ok: false, code: 'procedureFinished', citation: 'inspection.procedure', values: { state: stateValueString(snapshot) } };
  if (isTimeEvent(event)) return checkTimeEvent(ctx.date, event, 'inspection.procedure');
  if (!availableEventTypes(snapshot).has(event.type)) {
    return { ok: false, code: 'notAvailableHere', citation: 'inspection.procedure', values: { state: stateValueString(snapshot), event: event.type } };
  }
  return checkEvent(ctx, event);
}

/** The nearest deadline still ahead of the simulated date, for a "jump to deadline" button. */
function nextDeadline(ctx: InspectionContext): string | null {
  const { consent, registration, completion, certificate } = ctx.deadlines;
  const today: string = ctx.date;
  const ahead = [consent, registration, completion, certificate].filter((d): d is string => d !== null && compareIso(d, today) >= 0);
  return ahead.sort(compareIso)[0] ?? null;
}

function offer(event: InspectionEvent, variant?: Parameters<typeof withVariant>[1]): EventOffer<InspectionEvent> {
  const label = EVENT_LABELS[event.type];
  return { event, label: variant === undefined ? label : withVariant(label, variant) };
}

/**
 * Events worth a button now, with default payloads, including variants the law refuses
 * (ask explainInspection() to grey them with the reason). Time events always come last.
 */
export function inspectionOffers(snapshot: AnyMachineSnapshot): EventOffer<InspectionEvent>[] {
  const ctx = snapshot.context as InspectionContext;
  const available = availableEventTypes(snapshot);
  const out: EventOffer<InspectionEvent>[] = [];
  const has = (t: InspectionEventType) => available.has(t);
  if (has('inspection.requestConsent')) out.push(offer({ type: 'inspection.requestConsent' }));
  if (has('inspection.appoint')) out.push(offer({ type: 'inspection.appoint', inspectors: ['Inspector A', 'Inspector B'] }));
  if (has('consent.requestInfo')) out.push(offer({ type: 'consent.requestInfo' }));
  if (has('consent.grant')) out.push(offer({ type: 'consent.grant' }));
  if (has('consent.refuse')) out.push(offer({ type: 'consent.refuse' }));
  if (has('resolution.hand')) out.push(offer({ type: 'resolution.hand' }));
  if (has('inspection.register')) out.push(offer({ type: 'inspection.register' }));
  if (has('inspection.start')) out.push(offer({ type: 'inspection.start' }));
  if (has('access.refuse')) {
    for (const reason of REFUSAL_REASONS) {
      const event: InspectionEvent = reason === 'otherPersons' ? { type: 'access.refuse', reason, person: 'Unnamed person' } : { type: 'access.refuse', reason };
      out.push(offer(event, REFUSAL_LABELS[reason]));
    }
  }
  if (has('clearance.show')) out.push(offer({ type: 'clearance.show' }));
  if (has('access.restore')) out.push(offer({ type: 'access.restore' }));
  if (has('inspection.extend')) {
    for (const reason of EXTENSION_REASONS) out.push(offer({ type: 'inspection.extend', days: 30, reason }, withVariant(EXTENSION_LABELS[reason], '30')));
  }
  if (has('inspection.suspend')) for (const reason of SUSPENSION_REASONS) out.push(offer({ type: 'inspection.suspend', reason }, SUSPENSION_LABELS[reason]));
  if (has('inspection.resume')) out.push(offer({ type: 'inspection.resume' }));
  if (has('inspection.complete')) out.push(offer({ type: 'inspection.complete' }));
  if (has('certificate.hand')) {
    out.push(offer({ type: 'certificate.hand', signed: true }, { kk: 'қол қойды', ru: 'подписана', en: 'signed' }));
    out.push(offer({ type: 'certificate.hand', signed: false }, { kk: 'қол қоюдан бас тартты', ru: 'отказ от подписи', en: 'refused to sign' }));
  }
  if (has('inspection.decide')) for (const decision of DECISIONS) out.push(offer({ type: 'inspection.decide', decision }, DECISION_LABELS[decision]));
  if (snapshot.status === 'active') {
    out.push(offer({ type: 'time.advance', days: 1 }, '+1'));
    out.push(offer({ type: 'time.advance', days: 7 }, '+7'));
    out.push(offer({ type: 'time.advanceTo', date: addWorkingDays(ctx.date, 1) }, addWorkingDays(ctx.date, 1)));
    const deadline = nextDeadline(ctx);
    if (deadline && deadline !== ctx.date) out.push(offer({ type: 'time.advanceTo', date: deadline }, deadline));
  }
  return out;
}

export const inspectionDefinition: ProcedureDefinition<InspectionInput, InspectionEvent> = {
  id: 'inspection',
  title: { kk: 'Заңдылықтың сақталуын тексеру', ru: 'Проверка соблюдения законности', en: 'Inspection of compliance with legality' },
  citation: 'inspection.procedure',
  machine: inspectionMachine,
  inputSchema: inspectionInputSchema,
  eventSchema: inspectionEventSchema,
  explain: (snapshot, event) => explainInspection(snapshot, event),
  offers: inspectionOffers,
};
