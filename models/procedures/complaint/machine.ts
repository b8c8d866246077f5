/**
 * The complaint against a prosecutor's act or action (CL art. 25) as an XState machine: filed within
 * three months (or after the term was restored), decided by the higher prosecutor within twenty working
 * days or left undecided, then court. Time moves only with time events.
 */
import { produce } from 'immer';
import { and, assertEvent, assign, setup } from 'xstate';
import { TIME_TRANSITIONS, isTimeMoveAllowed, movedDate, today, wellFormedBy } from '../core/machine';
import { initialComplaintContext, type ComplaintContext } from './context';
import { checkFile, checkRestore, isReviewLapsed, reviewDeadline } from './rules';
import { complaintEventSchema, type ComplaintEvent, type ComplaintInput } from './schema';

const isWellFormed = wellFormedBy(complaintEventSchema);

export const complaintMachine = setup({
  types: {
    context: {} as ComplaintContext,
    events: {} as ComplaintEvent,
    input: {} as ComplaintInput,
  },
  guards: {
    isRestorationAllowed: ({ context, event }) => isWellFormed({ event }) && checkRestore(context).ok,
    isFilingAllowed: ({ context }) => checkFile(context).ok,
    isWellFormed,
    isUpheld: ({ event }) => event.type === 'complaint.decide' && event.outcome === 'upheld',
    isPartiallyUpheld: ({ event }) => event.type === 'complaint.decide' && event.outcome === 'partiallyUpheld',
    isRejected: ({ event }) => event.type === 'complaint.decide' && event.outcome === 'rejected',
    isTimeMoveAllowed,
    isReviewLapsed: ({ context }) => isReviewLapsed(context),
  },
  actions: {
    moveDate: assign({ date: movedDate }),
    recordRestoration: assign(({ context, event }) => {
      assertEvent(event, 'term.restore');
      return produce(context, (d) => {
        d.restoration = { reason: event.reason.trim(), on: context.date };
      });
    }),
    recordFiling: assign(({ context }) =>
      produce(context, (d) => {
        d.filedOn = context.date;
        d.decideBy = reviewDeadline(context.date);
      }),
    ),
    recordDecision: assign(({ context, event }) => {
      assertEvent(event, 'complaint.decide');
      return produce(context, (d) => {
        d.outcome = event.outcome;
        d.decidedOn = context.date;
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
  id: 'complaint',
  initial: 'draft',
  context: ({ input }) => initialComplaintContext(input),
  on: TIME_TRANSITIONS,
  states: {
    draft: {
      on: {
        'term.restore': { guard: 'isRestorationAllowed', actions: 'recordRestoration' },
        'complaint.file': { guard: 'isFilingAllowed', target: 'filed', actions: 'recordFiling' },
      },
    },
    filed: {
      always: { guard: 'isReviewLapsed', target: 'notDecided', actions: 'recordLapse' },
      on: {
        'complaint.decide': [
          { guard: and(['isWellFormed', 'isUpheld']), target: 'decided.upheld', actions: 'recordDecision' },
          { guard: and(['isWellFormed', 'isPartiallyUpheld']), target: 'decided.partiallyUpheld', actions: 'recordDecision' },
          { guard: and(['isWellFormed', 'isRejected']), target: 'decided.rejected', actions: 'recordDecision' },
        ],
      },
    },
    decided: {
      // Required by XState; never used: every transition into `decided` names the outcome.
      initial: 'rejected',
      states: {
        upheld: {},
        partiallyUpheld: {},
        rejected: { on: { 'court.file': { target: '#complaint.inCourt', actions: 'recordClaim' } } },
      },
    },
    notDecided: {
      on: { 'court.file': { target: 'inCourt', actions: 'recordClaim' } },
    },
    inCourt: {
      on: { 'court.rule': { guard: 'isWellFormed', target: 'closed', actions: 'recordRuling' } },
    },
    closed: { type: 'final' },
  },
});

export type ComplaintMachine = typeof complaintMachine;
