/**
 * The inspection procedure (domain.md §5; design.md "inspection"): schema, context, rules, machine
 * and strings, gathered into one ProcedureDefinition.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { addWorkingDays, compareIso } from '../../calendar';
import type { CitationId } from '../../law';
import { availableEventTypes, CORE_CODE_LABELS, explainWith } from '../core/explain';
import { EDITION_FIELD, START_DATE_FIELD, TIME_EVENT_LABELS, roleField } from '../core/input';
import type { CounterView, DeadlineView, EventOffer, InputField, ProcedureDefinition, Verdict } from '../core/types';
import type { AppealContext } from '../appeal/context';
import { inspectionInputFromAppeal, isAwaitingInspection } from '../appeal';
import type { InspectionContext } from './context';
import { inspectionMachine } from './machine';
import { checkEvent } from './rules';
import {
  AREAS,
  BASES,
  DECISIONS,
  EXTENSION_REASONS,
  GROUNDS,
  REFUSAL_REASONS,
  SUBJECT_KINDS,
  SUSPENSION_REASONS,
  inspectionEventSchema,
  inspectionInputSchema,
  type InspectionEvent,
  type InspectionEventType,
  type InspectionInput,
} from './schema';
import {
  AREA_LABELS,
  BASIS_LABELS,
  CODE_LABELS,
  COUNTER_LABELS,
  DEADLINE_LABELS,
  DECISION_LABELS,
  EVENT_LABELS,
  EXTENSION_LABELS,
  FIELD_LABELS,
  GROUND_LABELS,
  REFUSAL_LABELS,
  STATE_LABELS,
  SUBJECT_LABELS,
  SUSPENSION_LABELS,
  withVariant,
} from './strings';

export * from './schema';
export * from './context';
export * from './rules';
export * from './strings';
export { inspectionMachine } from './machine';

/**
 * Accepted, or rejected with a code, a citation and the numbers behind it: the core's pipeline
 * (finished, malformed, time, not in this state) and then the inspection's rules.
 * @example explainInspection(snapshot, { type: 'inspection.extend', days: 31, reason: 'largeVolume' })
 * // { ok: false, code: 'extensionTooLong', citation: 'inspection.term', values: { days: 31, max: 30 } }
 */
export const explainInspection: (snapshot: AnyMachineSnapshot, event: InspectionEvent) => Verdict = explainWith<InspectionContext, InspectionEvent>({
  citation: 'inspection.procedure',
  eventSchema: inspectionEventSchema,
  check: (ctx, event) => checkEvent(ctx, event),
});

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

/** The provision behind each accepted event; time events cite nothing. */
const EVENT_CITATIONS: Record<Exclude<InspectionEventType, 'time.advance' | 'time.advanceTo'>, CitationId> = {
  'inspection.requestConsent': 'inspection.business',
  'consent.requestInfo': 'inspection.consentPetition',
  'consent.grant': 'inspection.consentPetition',
  'consent.refuse': 'inspection.consentPetition',
  'inspection.appoint': 'inspection.resolutionIssuers',
  'resolution.hand': 'inspection.access',
  'inspection.register': 'inspection.registrationReading',
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
};

const DEADLINE_CITATIONS: Record<keyof typeof DEADLINE_LABELS, CitationId> = {
  consent: 'inspection.consentPetition',
  registration: 'inspection.registrationReading',
  completion: 'inspection.term',
  certificate: 'inspection.certificate',
};

function deadlines(context: unknown): DeadlineView[] {
  const ctx = context as InspectionContext;
  return (['consent', 'registration', 'completion', 'certificate'] as const).flatMap((key) => {
    const date = ctx.deadlines[key];
    return date ? [{ key, label: DEADLINE_LABELS[key], date, overdue: ctx.overdue[key], metOn: metOn(ctx, key), citation: DEADLINE_CITATIONS[key] }] : [];
  });
}

/** The day a deadline was met: the GPO's answer (granted or refused), registration, the end, the certificate handed. */
function metOn(ctx: InspectionContext, key: keyof InspectionContext['deadlines']): string | null {
  if (key === 'consent') return ctx.consent.answeredOn;
  if (key === 'registration') return ctx.registration.registeredOn;
  if (key === 'completion') return ctx.completedOn;
  return ctx.certificate?.handedOn ?? null;
}

function counters(context: unknown): CounterView[] {
  const ctx = context as InspectionContext;
  const out: CounterView[] = [
    { key: 'termDays', label: COUNTER_LABELS.termDays, value: ctx.termDays ?? '—', citation: 'inspection.term' },
    { key: 'remainingDays', label: COUNTER_LABELS.remainingDays, value: ctx.remainingDays ?? '—', citation: 'inspection.term' },
  ];
  if (ctx.extension) out.push({ key: 'extension', label: COUNTER_LABELS.extension, value: `${ctx.extension.days} (${ctx.extension.on})`, citation: 'inspection.extensionOnce' });
  out.push(
    { key: 'suspensions', label: COUNTER_LABELS.suspensions, value: ctx.suspension.count, citation: 'inspection.suspension' },
    { key: 'refusals', label: COUNTER_LABELS.refusals, value: ctx.access.refusals, citation: 'inspection.access' },
  );
  return out;
}

const INPUT_FIELDS: InputField[] = [
  START_DATE_FIELD,
  roleField(['initiator', 'role'], FIELD_LABELS.role),
  { path: ['basis'], kind: 'enum', label: FIELD_LABELS.basis, options: BASES, optionLabels: BASIS_LABELS },
  { path: ['ground'], kind: 'enum', label: FIELD_LABELS.ground, options: GROUNDS, optionLabels: GROUND_LABELS, optional: true },
  { path: ['subject', 'kind'], kind: 'enum', label: FIELD_LABELS.subject, options: SUBJECT_KINDS, optionLabels: SUBJECT_LABELS },
  { path: ['subject', 'secret'], kind: 'boolean', label: FIELD_LABELS.secret, optional: true },
  { path: ['area'], kind: 'enum', label: FIELD_LABELS.area, options: AREAS, optionLabels: AREA_LABELS },
  { path: ['urgent'], kind: 'boolean', label: FIELD_LABELS.urgent, optional: true },
  { path: ['registrationAfterStart'], kind: 'boolean', label: FIELD_LABELS.registrationAfterStart, optional: true },
  EDITION_FIELD,
];

const DEFAULT_INPUT: InspectionInput = {
  startDate: '2025-03-03',
  initiator: { role: 'districtProsecutor' },
  basis: 'decision',
  ground: 'minors',
  subject: { kind: 'stateBody' },
  area: 'general',
};

export const inspectionDefinition: ProcedureDefinition<InspectionInput, InspectionEvent> = {
  id: 'inspection',
  title: { kk: 'Заңдылықтың сақталуын тексеру', ru: 'Проверка соблюдения законности', en: 'Inspection of compliance with legality' },
  citation: 'inspection.procedure',
  machine: inspectionMachine,
  inputSchema: inspectionInputSchema,
  eventSchema: inspectionEventSchema,
  explain: explainInspection,
  offers: inspectionOffers,
  theme: 4,
  defaultInput: DEFAULT_INPUT,
  inputFields: INPUT_FIELDS,
  actingProsecutor: { role: ['initiator', 'role'], unit: ['initiator', 'unitId'] },
  deadlines,
  counters,
  eventCitation: (type) => EVENT_CITATIONS[type as keyof typeof EVENT_CITATIONS] ?? null,
  eventLabels: { ...EVENT_LABELS, ...TIME_EVENT_LABELS },
  stateLabels: STATE_LABELS,
  codeLabels: { ...CORE_CODE_LABELS, ...CODE_LABELS },
  meetingView: false,
  samples: [
    'inspection-business-consent.json',
    'inspection-consent-refused.json',
    'inspection-expired.json',
    'inspection-extended-suspended.json',
    'inspection-refused-entry.json',
    'inspection-routine.json',
    'inspection-urgent-detention.json',
  ],
  openedFrom: [
    {
      from: 'appeal',
      when: (parent) => isAwaitingInspection(parent),
      input: (parent, title) => inspectionInputFromAppeal(parent as AppealContext, title),
      label: { kk: 'Тексеруді ашу', ru: 'Открыть проверку', en: 'Open the inspection' },
    },
  ],
};
