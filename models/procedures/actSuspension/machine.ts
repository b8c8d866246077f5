/**
 * A resolution suspending an act or action (қаулы, CL art. 37) as an XState machine: suspended for at
 * most three working days, then lifted, handed over to a protest, or lapsed after its last day (an
 * eventless transition after a time event). A complaint does not stop the resolution, so no event does.
 */
import { produce } from 'immer';
import { assertEvent, assign, setup } from 'xstate';
import { TIME_TRANSITIONS, isTimeMoveAllowed, movedDate, today, wellFormedBy } from '../core/machine';
import { initialActSuspensionContext, type ActSuspensionContext } from './context';
import { checkSuspend, isSuspensionLapsed, suspensionLastDay } from './rules';
import { actSuspensionEventSchema, type ActSuspensionEvent, type ActSuspensionInput } from './schema';

const isWellFormed = wellFormedBy(actSuspensionEventSchema);

export const actSuspensionMachine = setup({
  types: {
    context: {} as ActSuspensionContext,
    events: {} as ActSuspensionEvent,
    input: {} as ActSuspensionInput,
  },
  guards: {
    isSuspensionAllowed: ({ context, event }) => {
      assertEvent(event, 'act.suspend');
      return isWellFormed({ event }) && checkSuspend(context, event).ok;
    },
    isTimeMoveAllowed,
    isSuspensionLapsed: ({ context }) => isSuspensionLapsed(context),
  },
  actions: {
    moveDate: assign({ date: movedDate }),
    recordSuspension: assign(({ context, event }) => {
      assertEvent(event, 'act.suspend');
      return produce(context, (d) => {
        d.suspendedOn = context.date;
        d.days = event.days;
        d.lastDay = suspensionLastDay(context.date, event.days);
      });
    }),
    recordLift: assign({ liftedOn: today }),
    recordProtest: assign({ protestedOn: today }),
    recordLapse: assign({ lapsedOn: today }),
  },
}).createMachine({
  id: 'actSuspension',
  initial: 'draft',
  context: ({ input }) => initialActSuspensionContext(input),
  on: TIME_TRANSITIONS,
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
