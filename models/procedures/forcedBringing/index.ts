/**
 * Forced bringing (привод, CL art. 26 as the manual gives it; theme 8): schemas, rules, machine and its
 * ProcedureDefinition. explain() answers with the checks the machine's guards use.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { addDays } from '../../calendar';
import type { CitationId } from '../../law';
import type { LocalizedText } from '../../law/types';
import { isTimeEvent } from '../core/time';
import { EDITION_FIELD, roleField } from '../core/input';
import { CORE_CODE_LABELS, explainWith } from '../core/explain';
import type { CounterView, DeadlineView, EventOffer, ProcedureDefinition, Verdict } from '../core/types';
import type { ForcedBringingContext, ForcedBringingPhase } from './context';
import { forcedBringingMachine } from './machine';
import { ADULT_AGE, checkEvent, refusalOutsideState } from './rules';
import { forcedBringingEventSchema, forcedBringingInputSchema, type ForcedBringingDomainEvent, type ForcedBringingEvent, type ForcedBringingInput } from './schema';
import { CODE_LABELS, EVENT_LABELS, FIELD_LABELS, STATE_LABELS, VIEW_LABELS } from './strings';

export * from './schema';
export * from './context';
export * from './rules';
export * from './strings';
export { forcedBringingMachine, type ForcedBringingMachine } from './machine';

export function forcedBringingPhase(snapshot: AnyMachineSnapshot): ForcedBringingPhase {
  return snapshot.value as ForcedBringingPhase;
}

/**
 * May this event happen now? The core's pipeline (finished, malformed, time, not in this state with the
 * procedure's telling codes), then its own checks. Agrees with the machine for every valid event.
 */
export const explainForcedBringing: (snapshot: AnyMachineSnapshot, event: ForcedBringingEvent) => Verdict = explainWith<ForcedBringingContext, ForcedBringingDomainEvent>({
  citation: 'forcedBringing.order',
  eventSchema: forcedBringingEventSchema,
  whyNotHere: (ctx, snapshot, type) => refusalOutsideState(ctx, forcedBringingPhase(snapshot), type),
  check: (ctx, e) => checkEvent(ctx, e),
});

function offer(event: ForcedBringingEvent, label: LocalizedText): EventOffer<ForcedBringingEvent> {
  return { event, label };
}

function executeOffer(time: string): EventOffer<ForcedBringingEvent> {
  return offer({ type: 'bringing.execute', time }, { kk: `Күштеп әкелу, сағат ${time}`, ru: `Привод в ${time}`, en: `Bring at ${time}` });
}

export function forcedBringingOffers(snapshot: AnyMachineSnapshot): EventOffer<ForcedBringingEvent>[] {
  if (snapshot.status !== 'active') return [];
  const ctx = snapshot.context as ForcedBringingContext;
  const phase = forcedBringingPhase(snapshot);
  const list: EventOffer<ForcedBringingEvent>[] = [];
  if (phase === 'draft') list.push(offer({ type: 'summons.serve' }, EVENT_LABELS['summons.serve']));
  if (phase === 'summoned') {
    list.push(offer({ type: 'summons.miss', goodReason: false }, { kk: 'Дәлелсіз себеппен келмеді', ru: 'Не явился без уважительной причины', en: 'Stays away without a good reason' }));
    list.push(offer({ type: 'summons.miss', goodReason: true }, { kk: 'Дәлелді себеппен келмеді', ru: 'Не явился по уважительной причине', en: 'Stays away for a good reason' }));
  }
  if (phase === 'summoned' || phase === 'missed') list.push(offer({ type: 'bringing.order' }, EVENT_LABELS['bringing.order']));
  if (phase !== 'draft' && ctx.person.age < ADULT_AGE) list.push(offer({ type: 'representative.notify' }, EVENT_LABELS['representative.notify']));
  if (phase === 'ordered') for (const time of ['10:00', '21:59', '22:00', '05:59', '06:00']) list.push(executeOffer(time));
  list.push(offer({ type: 'time.advance', days: 1 }, { kk: '+1 күн', ru: '+1 дн.', en: '+1 day' }));
  if (phase === 'draft') {
    const next = addDays(ctx.date, 1);
    list.push(offer({ type: 'time.advanceTo', date: next }, { kk: `${next} күніне өту`, ru: `Перейти к ${next}`, en: `Go to ${next}` }));
  }
  return list;
}

/** Forced bringing has no term in days: nothing on the calendar strip. */
export function forcedBringingDeadlines(_context: unknown): DeadlineView[] {
  return [];
}

export function forcedBringingCounters(context: unknown): CounterView[] {
  const ctx = context as ForcedBringingContext;
  const out: CounterView[] = [{ key: 'age', label: VIEW_LABELS.age, value: ctx.person.age, citation: ctx.person.age < ADULT_AGE ? 'forcedBringing.representative' : 'forcedBringing.order' }];
  if (ctx.person.age < ADULT_AGE) out.push({ key: 'representative', label: VIEW_LABELS.representative, value: ctx.representativeNotifiedOn ?? '—', citation: 'forcedBringing.representative' });
  return out;
}

const EVENT_CITATIONS: Record<ForcedBringingDomainEvent['type'], CitationId> = {
  'summons.serve': 'forcedBringing.summons',
  'summons.miss': 'forcedBringing.duty',
  'bringing.order': 'forcedBringing.order',
  'representative.notify': 'forcedBringing.representative',
  'bringing.execute': 'forcedBringing.noNight',
};

export const FORCED_BRINGING_SAMPLES = ['forced-bringing-night-refused.json', 'forced-bringing-minor.json', 'forced-bringing-excluded.json', 'forced-bringing-good-reason.json'];

/** Forced bringing (theme 8). */
export const forcedBringingDefinition: ProcedureDefinition<ForcedBringingInput, ForcedBringingDomainEvent> = {
  id: 'forcedBringing',
  title: { kk: 'Күштеп әкелу', ru: 'Привод', en: 'Forced bringing' },
  citation: 'forcedBringing.order',
  machine: forcedBringingMachine,
  inputSchema: forcedBringingInputSchema,
  eventSchema: forcedBringingEventSchema,
  explain: explainForcedBringing,
  offers: (snapshot) => forcedBringingOffers(snapshot),
  theme: 8,
  defaultInput: { startDate: '2025-06-02', person: { age: 35 }, orderedBy: { role: 'districtProsecutor' } },
  inputFields: [
    EDITION_FIELD,
    { path: ['startDate'], kind: 'date', label: FIELD_LABELS.startDate },
    { path: ['person', 'age'], kind: 'number', label: FIELD_LABELS.age },
    { path: ['person', 'pregnant'], kind: 'boolean', label: FIELD_LABELS.pregnant, optional: true },
    { path: ['person', 'medicalCertificate'], kind: 'boolean', label: FIELD_LABELS.medicalCertificate, optional: true },
    roleField(['orderedBy', 'role'], FIELD_LABELS.role),
  ],
  actingProsecutor: { role: ['orderedBy', 'role'], unit: ['orderedBy', 'unitId'] },
  deadlines: forcedBringingDeadlines,
  counters: forcedBringingCounters,
  eventCitation: (type) => (isTimeEvent({ type }) ? null : (EVENT_CITATIONS[type as ForcedBringingDomainEvent['type']] ?? null)),
  eventLabels: EVENT_LABELS,
  stateLabels: STATE_LABELS,
  codeLabels: { ...CORE_CODE_LABELS, ...CODE_LABELS },
  meetingView: false,
  samples: FORCED_BRINGING_SAMPLES,
  openedFrom: [],
};
