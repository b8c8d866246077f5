/**
 * The protest (наразылық, CL art. 33) as an XState machine: brought, heard within the term or left
 * unconsidered, withdrawn before consideration, and taken to court when rejected (CL art. 39).
 * Time moves only with `time.advance` / `time.advanceTo`; the deadline is a date in context.
 */
import { produce } from 'immer';
import { and, assertEvent, assign, setup } from 'xstate';
import { TIME_TRANSITIONS, isTimeMoveAllowed, movedDate, today, wellFormedBy } from '../core/machine';
import { protestEventSchema, type ProtestEvent, type ProtestInput } from './schema';
import {
  DEFAULT_TERM,
  checkBring,
  checkConsider,
  checkCourtFile,
  checkHearingDate,
  checkSuspend,
  checkWithdraw,
  isDeadlinePassed,
  termDeadline,
} from './rules';
import { initialProtestContext, type ProtestContext } from './context';

const isWellFormed = wellFormedBy(protestEventSchema);

/**
 * @example
 * let s = initialTransition(protestMachine, input)[0];
 * [s] = transition(protestMachine, s, { type: 'protest.bring' }); // s.value: { pending: 'awaitingHearing' }
 */
export const protestMachine = setup({
  types: {
    context: {} as ProtestContext,
    events: {} as ProtestEvent,
    input: {} as ProtestInput,
  },
  guards: {
    isBringAllowed: ({ context, event }) => {
      assertEvent(event, 'protest.bring');
      return isWellFormed({ event }) && checkBring(context, event).ok;
    },
    isSuspensionAllowed: ({ context, event }) => {
      assertEvent(event, 'act.suspend');
      return isWellFormed({ event }) && checkSuspend(context, event).ok;
    },
    isHearingDateAllowed: ({ context, event }) => {
      assertEvent(event, 'hearing.notify');
      return isWellFormed({ event }) && checkHearingDate(context, event).ok;
    },
    isWithdrawalAllowed: ({ context, event }) => {
      assertEvent(event, 'protest.withdraw');
      return isWellFormed({ event }) && checkWithdraw(context, event).ok;
    },
    isConsiderationAllowed: ({ context, event }) => isWellFormed({ event }) && checkConsider(context).ok,
    isClaimAllowed: ({ context }) => checkCourtFile(context).ok,
    isTimeMoveAllowed,
    isDeadlinePassed: ({ context }) => isDeadlinePassed(context),
    isRulingWellFormed: isWellFormed,
    isSatisfied: ({ event }) => event.type === 'protest.consider' && event.outcome === 'satisfied',
    isPartiallySatisfied: ({ event }) => event.type === 'protest.consider' && event.outcome === 'partiallySatisfied',
  },
  actions: {
    moveDate: assign({ date: movedDate }),
    recordBringing: assign(({ context, event }) => {
      assertEvent(event, 'protest.bring');
      return produce(context, (d) => {
        const term = event.term ?? DEFAULT_TERM;
        d.broughtOn = context.date;
        d.term = { days: term.days, unit: term.unit, custom: event.term !== undefined };
        d.deadline = termDeadline(context.date, term);
      });
    }),
    recordSuspension: assign(({ context, event }) => {
      assertEvent(event, 'act.suspend');
      return produce(context, (d) => {
        d.suspended = true;
        d.suspendedBy = event.by ?? context.prosecutor.role;
        d.suspendedOn = context.date;
      });
    }),
    recordHearing: assign(({ context, event }) => {
      assertEvent(event, 'hearing.notify');
      return produce(context, (d) => {
        d.hearingDate = event.date;
        d.notifiedOn = context.date;
      });
    }),
    recordWithdrawal: assign(({ context, event }) => {
      assertEvent(event, 'protest.withdraw');
      return produce(context, (d) => {
        d.withdrawnBy = event.by;
        d.withdrawnOn = context.date;
      });
    }),
    recordOutcome: assign(({ context, event }) => {
      assertEvent(event, 'protest.consider');
      return produce(context, (d) => {
        d.outcome = event.outcome;
        d.consideredOn = context.date;
      });
    }),
    recordLapse: assign({ lapsedOn: today }),
    recordClaim: assign({ courtFiledOn: today }),
    recordRuling: assign(({ context, event }) => {
      assertEvent(event, 'court.rule');
      return produce(context, (d) => {
        d.courtOutcome = event.outcome;
        d.closedOn = context.date;
      });
    }),
  },
}).createMachine({
  id: 'protest',
  initial: 'draft',
  context: ({ input }) => initialProtestContext(input),
  // Time events in every live state: the simulated date moves, the state stays (design.md).
  on: TIME_TRANSITIONS,
  states: {
    draft: {
      on: {
        'protest.bring': { guard: 'isBringAllowed', target: 'pending', actions: 'recordBringing' },
      },
    },
    pending: {
      initial: 'awaitingHearing',
      // The deadline passes with no consideration: left unconsidered (CL art. 33.3, 39).
      always: { guard: 'isDeadlinePassed', target: 'notConsidered', actions: 'recordLapse' },
      on: {
        'act.suspend': { guard: 'isSuspensionAllowed', actions: 'recordSuspension' },
        'hearing.notify': { guard: 'isHearingDateAllowed', target: '.scheduled', actions: 'recordHearing' },
        'protest.withdraw': { guard: 'isWithdrawalAllowed', target: 'withdrawn', actions: 'recordWithdrawal' },
        'protest.consider': [
          { guard: and(['isConsiderationAllowed', 'isSatisfied']), target: 'considered.satisfied', actions: 'recordOutcome' },
          { guard: and(['isConsiderationAllowed', 'isPartiallySatisfied']), target: 'considered.partiallySatisfied', actions: 'recordOutcome' },
          { guard: 'isConsiderationAllowed', target: 'considered.rejected', actions: 'recordOutcome' },
        ],
      },
      states: {
        awaitingHearing: {},
        scheduled: {},
      },
    },
    withdrawn: { type: 'final' },
    considered: {
      // Required by XState; never used: every transition into `considered` names the outcome.
      initial: 'rejected',
      states: {
        satisfied: {},
        partiallySatisfied: {
          on: { 'court.file': { guard: 'isClaimAllowed', target: '#protest.inCourt', actions: 'recordClaim' } },
        },
        rejected: {
          on: { 'court.file': { guard: 'isClaimAllowed', target: '#protest.inCourt', actions: 'recordClaim' } },
        },
      },
    },
    notConsidered: {
      on: {
        // Not yet considered, so still withdrawable (CL art. 33.3 speaks of "before consideration").
        'protest.withdraw': { guard: 'isWithdrawalAllowed', target: 'withdrawn', actions: 'recordWithdrawal' },
        'court.file': { guard: 'isClaimAllowed', target: 'inCourt', actions: 'recordClaim' },
      },
    },
    inCourt: {
      on: {
        'court.rule': { guard: 'isRulingWellFormed', target: 'closed', actions: 'recordRuling' },
      },
    },
    closed: { type: 'final' },
  },
});

export type ProtestMachine = typeof protestMachine;
