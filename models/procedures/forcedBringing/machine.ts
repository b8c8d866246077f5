/**
 * Forced bringing (привод, CL art. 26 as the manual gives it) as an XState machine: a summons, a miss
 * without a good reason (an excused one ends it), a reasoned resolution of an entitled head, the legal
 * representative of a minor told, and the bringing carried out by day. Time moves only with time events;
 * the time of day is the payload of `bringing.execute`.
 */
import { produce } from 'immer';
import { assertEvent, assign, setup } from 'xstate';
import { TIME_TRANSITIONS, isTimeMoveAllowed, movedDate, today, wellFormedBy } from '../core/machine';
import { initialForcedBringingContext, type ForcedBringingContext } from './context';
import { checkExecute, checkOrder, checkRepresentativeNotice } from './rules';
import { forcedBringingEventSchema, type ForcedBringingEvent, type ForcedBringingInput } from './schema';

const isWellFormed = wellFormedBy(forcedBringingEventSchema);

export const forcedBringingMachine = setup({
  types: {
    context: {} as ForcedBringingContext,
    events: {} as ForcedBringingEvent,
    input: {} as ForcedBringingInput,
  },
  guards: {
    isMissExcused: ({ event }) => event.type === 'summons.miss' && isWellFormed({ event }) && event.goodReason,
    isMissUnexcused: ({ event }) => event.type === 'summons.miss' && isWellFormed({ event }) && !event.goodReason,
    isOrderAllowed: ({ context }) => checkOrder(context).ok,
    isNoticeAllowed: ({ context }) => checkRepresentativeNotice(context).ok,
    isBringingAllowed: ({ context, event }) => {
      assertEvent(event, 'bringing.execute');
      return isWellFormed({ event }) && checkExecute(context, event).ok;
    },
    isTimeMoveAllowed,
  },
  actions: {
    moveDate: assign({ date: movedDate }),
    recordSummons: assign({ summonedOn: today }),
    recordMiss: assign(({ context, event }) => {
      assertEvent(event, 'summons.miss');
      return produce(context, (d) => {
        d.missedOn = context.date;
        d.goodReason = event.goodReason;
        if (event.goodReason) d.refusedOn = context.date;
      });
    }),
    recordOrder: assign({ orderedOn: today }),
    recordNotice: assign({ representativeNotifiedOn: today }),
    recordBringing: assign(({ context, event }) => {
      assertEvent(event, 'bringing.execute');
      return produce(context, (d) => {
        d.broughtOn = context.date;
        d.broughtAt = event.time;
      });
    }),
  },
}).createMachine({
  id: 'forcedBringing',
  initial: 'draft',
  context: ({ input }) => initialForcedBringingContext(input),
  on: TIME_TRANSITIONS,
  states: {
    draft: {
      on: { 'summons.serve': { target: 'summoned', actions: 'recordSummons' } },
    },
    summoned: {
      on: {
        'summons.miss': [
          { guard: 'isMissUnexcused', target: 'missed', actions: 'recordMiss' },
          // A good reason excuses the miss: no forced bringing on this summons.
          { guard: 'isMissExcused', target: 'refused', actions: 'recordMiss' },
        ],
        'representative.notify': { guard: 'isNoticeAllowed', actions: 'recordNotice' },
      },
    },
    missed: {
      on: {
        'bringing.order': { guard: 'isOrderAllowed', target: 'ordered', actions: 'recordOrder' },
        'representative.notify': { guard: 'isNoticeAllowed', actions: 'recordNotice' },
      },
    },
    ordered: {
      on: {
        'representative.notify': { guard: 'isNoticeAllowed', actions: 'recordNotice' },
        'bringing.execute': { guard: 'isBringingAllowed', target: 'brought', actions: 'recordBringing' },
      },
    },
    brought: { type: 'final' },
    refused: { type: 'final' },
  },
});

export type ForcedBringingMachine = typeof forcedBringingMachine;
