/**
 * The pieces every procedure's machine shares: the time guard and action on the root, the check that
 * an event sent straight to an actor (the scenario parser skipped) has its schema's shape, and the
 * date of today for actions that record when something happened. Procedures spread them into their
 * own `setup()`; xstate's types see the context and events through the parameters.
 */
import { TIME_CITATION } from './explain';
import { checkTimeEvent, dateAfter, isTimeEvent, timeEventSchemas } from './time';
import type { DatedContext } from './types';

interface Parser {
  safeParse(value: unknown): { success: boolean };
}

interface GuardArgs {
  context: DatedContext;
  event: { type: string };
}

/**
 * A guard: the event has the shape its schema gives. Events sent to an actor skip the parser, so a
 * guard that reads a payload asks this first and a malformed event is refused instead of reaching the
 * date arithmetic.
 * @example const isWellFormed = wellFormedBy(protestEventSchema); isWellFormed({ event: { type: 'court.rule' } }) // false
 */
export function wellFormedBy(schema: Parser): (args: { event: { type: string } }) => boolean {
  return ({ event }) => schema.safeParse(event).success;
}

function isWellFormedTimeEvent(event: { type: string }): boolean {
  return timeEventSchemas.some((s) => s.safeParse(event).success);
}

/**
 * The guard of both time events: well formed, and never backwards (the only rule time obeys; the same
 * check explainWith() gives its refusal).
 */
export function isTimeMoveAllowed({ context, event }: GuardArgs): boolean {
  return isTimeEvent(event) && isWellFormedTimeEvent(event) && checkTimeEvent(context.date, event, TIME_CITATION).ok;
}

/** The simulated date after a time event (any other event leaves it); the `moveDate` actions assign it. */
export function movedDate({ context, event }: GuardArgs): string {
  return isTimeEvent(event) ? dateAfter(context.date, event) : context.date;
}

/** Today's simulated date: `assign({ lapsedOn: today })` records that something happened today. */
export function today({ context }: { context: DatedContext }): string {
  return context.date;
}

/**
 * The two time events on a machine's root, taken in every live state: the date moves, the state stays
 * (design.md, "Time in simulations"). The machine names the guard `isTimeMoveAllowed` and the action `moveDate`.
 */
export const TIME_TRANSITIONS = {
  'time.advance': { guard: 'isTimeMoveAllowed', actions: 'moveDate' },
  'time.advanceTo': { guard: 'isTimeMoveAllowed', actions: 'moveDate' },
} as const;
