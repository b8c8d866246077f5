/**
 * What every procedure has in common when it answers "may this event happen now?": the machine's
 * own list of the events a state handles, the schema, the time guard and the finished run. A
 * procedure adds only its domain checks (and, where it can say more than "not here", a telling
 * code for an event its state does not take).
 */
import { __unsafe_getAllOwnEventDescriptors, type AnyMachineSnapshot } from 'xstate';
import type { z } from 'zod';
import type { CitationId } from '../../law';
import type { LocalizedText } from '../../law/types';
import { stateValueString } from './replay';
import { checkTimeEvent, isTimeEvent } from './time';
import type { TimeEvent, Verdict } from './types';

/**
 * The event types the snapshot's state (and its ancestors) has a transition for, guards aside,
 * read from the machine itself. Empty once the run is finished.
 * @example availableEventTypes(draftSnapshot).has('inspection.appoint') // true
 */
export function availableEventTypes(snapshot: AnyMachineSnapshot): Set<string> {
  if (snapshot.status !== 'active') return new Set();
  const descriptors = __unsafe_getAllOwnEventDescriptors(snapshot) as unknown[];
  return new Set(descriptors.filter((d): d is string => typeof d === 'string' && d !== '*' && !d.startsWith('xstate.')));
}

/** The citation every time refusal carries: the simulated calendar, never a procedure's article. */
export const TIME_CITATION: CitationId = 'calendar.simulatedTime';

/**
 * What a refusal of this event cites when the core refuses it: the calendar for a time step (its
 * type alone decides, so a malformed time step too), the procedure's own article otherwise.
 * @example refusalCitation({ type: 'time.advance' }, 'protest.definition') // 'calendar.simulatedTime'
 */
export function refusalCitation(event: unknown, procedureCitation: CitationId): CitationId {
  const type = (event as { type?: unknown } | null)?.type;
  return type === 'time.advance' || type === 'time.advanceTo' ? TIME_CITATION : procedureCitation;
}

/** The codes the core itself returns, whatever the procedure. */
export const CORE_CODES = ['procedureFinished', 'invalidEvent', 'timeBackwards', 'notAvailableHere'] as const;
export type CoreCode = (typeof CORE_CODES)[number];

/** kk/ru/en of the core codes; every definition's codeLabels includes them. `{{name}}` takes values.name. */
export const CORE_CODE_LABELS: Record<CoreCode, LocalizedText> = {
  procedureFinished: { kk: 'Рәсім аяқталды: бұдан әрі қадам жоқ', ru: 'Процедура завершена: дальнейших шагов нет', en: 'The procedure has ended: no further steps' },
  invalidEvent: { kk: 'Оқиға дұрыс жазылмаған ({{path}}: {{message}})', ru: 'Событие записано неверно ({{path}}: {{message}})', en: 'The event is malformed ({{path}}: {{message}})' },
  timeBackwards: { kk: '{{to}} — істің күнінен ({{date}}) бұрын: уақыт кері жүрмейді', ru: '{{to}} — раньше даты хода процедуры ({{date}}): время назад не идёт', en: '{{to}} is before the run\'s date, {{date}}: time does not go back' },
  notAvailableHere: { kk: 'Бұл кезеңде мұндай қадам жоқ', ru: 'На этом этапе такого шага нет', en: 'No such step at this stage' },
};

/** The parts a procedure gives the one explain() pipeline. */
export interface ExplainParts<TContext, TEvent extends { type: string }> {
  /** The article of the procedure as a whole (a finished run, a malformed event). */
  citation: CitationId;
  eventSchema: z.ZodType<TEvent | TimeEvent>;
  /** The domain checks of an event the state takes. */
  check(context: TContext, event: TEvent, snapshot: AnyMachineSnapshot): Verdict;
  /**
   * A more telling refusal for an event the state does not take (e.g. "already brought"),
   * or null for the core's `notAvailableHere`.
   */
  whyNotHere?(context: TContext, snapshot: AnyMachineSnapshot, type: TEvent['type']): Verdict | null;
}

/**
 * The one pipeline: finished run, malformed event (schema), time (never backwards), the
 * machine's events of this state, then the procedure's own checks.
 * @example const explain = explainWith({ citation: 'protest.definition', eventSchema, check });
 */
export function explainWith<TContext extends { date: string }, TEvent extends { type: string }>(
  parts: ExplainParts<TContext, TEvent>,
): (snapshot: AnyMachineSnapshot, event: TEvent | TimeEvent) => Verdict {
  return (snapshot, event) => {
    // A time step's refusal is about the calendar, whatever the procedure (bug 10: not its article).
    const citation = refusalCitation(event, parts.citation);
    if (snapshot.status !== 'active') {
      return { ok: false, code: 'procedureFinished', citation, values: { state: stateValueString(snapshot) } };
    }
    const parsed = parts.eventSchema.safeParse(event);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const type = (event as { type?: unknown } | null)?.type;
      return {
        ok: false,
        code: 'invalidEvent',
        citation,
        values: { type: typeof type === 'string' ? type : null, path: issue?.path.join('.') ?? '', message: issue?.message ?? '' },
      };
    }
    const e = parsed.data;
    const context = snapshot.context as TContext;
    if (isTimeEvent(e)) {
      const time = checkTimeEvent(context.date, e, TIME_CITATION);
      if (!time.ok) return time;
    }
    if (!availableEventTypes(snapshot).has(e.type)) {
      const why = isTimeEvent(e) ? null : (parts.whyNotHere?.(context, snapshot, e.type) ?? null);
      if (why && !why.ok) return why;
      return { ok: false, code: 'notAvailableHere', citation, values: { state: stateValueString(snapshot), event: e.type } };
    }
    if (isTimeEvent(e)) return { ok: true };
    return parts.check(context, e, snapshot);
  };
}

/** A value as it is: numbers, dates and codes; `—` for none. */
export function plainValue(_key: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * A label with `{{name}}` placeholders filled from a verdict's values (a value shown by `format`
 * where the caller has words for it; missing values stay as `—`).
 * @example fillLabel('{{present}} of {{needed}}', { present: 5, needed: 6 }) // '5 of 6'
 */
export function fillLabel(template: string, values: Record<string, unknown> = {}, format: (key: string, value: unknown) => string = plainValue): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => format(key, values[key]));
}
