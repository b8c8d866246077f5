/**
 * A resolution suspending an act or action (қаулы, CL art. 37) as an XState machine: suspended for at
 * most three working days, then lifted, handed over to a protest, or lapsed after its last day (an
 * eventless transition after a time event). A complaint does not stop the resolution, so no event does.
 */
import { produce } from 'immer';
import { assertEvent, assign, setup } from 'xstate';
import { dateAfter } from '../core/time';
import { initialActSuspensionContext, type ActSuspensionContext } from './context';
import { checkSuspend, checkTime, isSuspensionLapsed, suspensionLastDay } from './rules';
import { actSuspensionEventSchema, type ActSuspensionEvent, type ActSuspensionInput } from './schema';

function isWellFormed(event: ActSuspensionEvent): boolean {
  return actSuspensionEventSchema.safeParse(event).success;
}

export const actSuspensionMachine = setup({
  types: {
    context: {} as ActSuspensionContext,
    events: {} as ActSuspensionEvent,
    input: {} as ActSuspensionInput,
  },
  guards: {
    isSuspensionAllowed: ({ context, event }) => {
      assertEvent(event, 'act.suspend');
      return isWellFormed(event) && checkSuspend(context, event).ok;
    },
    isTimeMoveAllowed: ({ context, event }) => {
      assertEvent(event, ['time.advance', 'time.advanceTo']);
      return isWellFormed(event) && checkTime(context, event).ok;
    },
    isSuspensionLapsed: ({ context }) => isSuspensionLapsed(context),
  },
  actions: {
    moveDate: assign(({ context, event }) => {
      assertEvent(event, ['time.advance', 'time.advanceTo']);
      return produce(context, (d) => {
        d.date = dateAfter(context.date, event);
      });
    }),
    recordSuspension: assign(({ context, event }) => {
      assertEvent(event, 'act.suspend');
      return produce(context, (d) => {
        d.suspendedOn = context.date;
        d.days = event.days;
        d.lastDay = suspensionLastDay(context.date, event.days);
      });
    }),
    recordLift: assign(({ context }) =>
      produce(context, (d) => {
        d.liftedOn = context.date;
      }),
    ),
    recordProtest: assign(({ context }) =>
      produce(context, (d) => {
        d.protestedOn = context.date;
      }),
    ),
    recordLapse: assign(({ context }) =>
      produce(context, (d) => {
        d.lapsedOn = context.date;
      }),
    ),
  },
}).createMachine({
  id: 'actSuspension',
  initial: 'draft',
  context: ({ input }) => initialActSuspensionContext(input),
  on: {
    'time.advance': { guard: 'isTimeMoveAllowed', actions: 'moveDate' },
    'time.advanceTo': { guard: 'isTimeMoveAllowed', actions: 'moveDate' },
  },
  states: {
    draft: {
      on: { 'act.suspend': { guard: 'isSuspensionAllowed', target: 'suspended', actions: 'recordSuspension' } },
    },
    suspended: {
      always: { guard: 'isSuspensionLapsed', target: 'lapsed', actions: 'recordLapse' },
      on: {
        'suspension.lift': { target: 'lifted', actions: 'recordLift' },
        'protest.bring': { target: 'protested', actions: 'recordProtest' },
      },
    },
    lifted: { type: 'final' },
    lapsed: { type: 'final' },
    protested: { type: 'final' },
  },
});

export type ActSuspensionMachine = typeof actSuspensionMachine;
