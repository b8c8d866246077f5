/**
 * The representation (ұсыныс, CL art. 36) as an XState machine: brought, the hearing notified at least
 * three working days ahead, considered within the term or left unconsidered, measures reported, and a
 * claim in court on rejection or no consideration (CL art. 39). Time moves only with time events; the
 * term is a date in context and lapses through an eventless transition.
 */
import { produce } from 'immer';
import { and, assertEvent, assign, setup } from 'xstate';
import { initialRepresentationContext, type RepresentationContext } from './context';
import { TIME_TRANSITIONS, isTimeMoveAllowed, movedDate, today, wellFormedBy } from '../core/machine';
import { DEFAULT_TERM, checkBring, checkConsider, checkHearingDate, isTermLapsed, termDeadline } from './rules';
import { representationEventSchema, type RepresentationEvent, type RepresentationInput } from './schema';

const isWellFormed = wellFormedBy(representationEventSchema);

/**
 * @example
 * let [s] = initialTransition(representationMachine, input);
 * [s] = transition(representationMachine, s, { type: 'representation.bring' }); // s.value: { pending: 'awaitingHearing' }
 */
export const representationMachine = setup({
  types: {
    context: {} as RepresentationContext,
    events: {} as RepresentationEvent,
    input: {} as RepresentationInput,
  },
  guards: {
    isBringAllowed: ({ context, event }) => {
      assertEvent(event, 'representation.bring');
      return isWellFormed({ event }) && checkBring(context, event).ok;
    },
    isHearingDateAllowed: ({ context, event }) => {
      assertEvent(event, 'hearing.notify');
      return isWellFormed({ event }) && checkHearingDate(context, event).ok;
    },
    isConsiderationAllowed: ({ context, event }) => isWellFormed({ event }) && checkConsider(context).ok,
    isAccepted: ({ event }) => event.type === 'representation.consider' && event.outcome === 'accepted',
    isPartiallyAccepted: ({ event }) => event.type === 'representation.consider' && event.outcome === 'partiallyAccepted',
    isRejected: ({ event }) => event.type === 'representation.consider' && event.outcome === 'rejected',
    isTimeMoveAllowed,
    isTermLapsed: ({ context }) => isTermLapsed(context),
    isWellFormed,
  },
  actions: {
    moveDate: assign({ date: movedDate }),
    recordBringing: assign(({ context, event }) => {
      assertEvent(event, 'representation.bring');
      return produce(context, (d) => {
        const term = event.term ?? DEFAULT_TERM;
        d.broughtOn = context.date;
        d.term = { days: term.days, unit: term.unit, custom: event.term !== undefined };
        d.deadline = termDeadline(context.date, term);
      });
    }),
    recordHearing: assign(({ context, event }) => {
      assertEvent(event, 'hearing.notify');
      return produce(context, (d) => {
        d.hearingDate = event.date;
        d.notifiedOn = context.date;
      });
    }),
    recordOutcome: assign(({ context, event }) => {
      assertEvent(event, 'representation.consider');
      return produce(context, (d) => {
        d.outcome = event.outcome;
        d.consideredOn = context.date;
      });
    }),
    recordLapse: assign({ lapsedOn: today }),
    recordMeasures: assign({ measuresReportedOn: today, closedOn: today }),
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
  id: 'representation',
  initial: 'draft',
  context: ({ input }) => initialRepresentationContext(input),
  on: TIME_TRANSITIONS,
  states: {
    draft: {
      on: { 'representation.bring': { guard: 'isBringAllowed', target: 'pending', actions: 'recordBringing' } },
    },
    pending: {
      initial: 'awaitingHearing',
      always: { guard: 'isTermLapsed', target: 'notConsidered', actions: 'recordLapse' },
      on: {
        'hearing.notify': { guard: 'isHearingDateAllowed', target: '.scheduled', actions: 'recordHearing' },
        'representation.consider': [
          { guard: and(['isConsiderationAllowed', 'isAccepted']), target: '#representation.considered.accepted', actions: 'recordOutcome' },
          { guard: and(['isConsiderationAllowed', 'isPartiallyAccepted']), target: '#representation.considered.partiallyAccepted', actions: 'recordOutcome' },
          { guard: and(['isConsiderationAllowed', 'isRejected']), target: '#representation.considered.rejected', actions: 'recordOutcome' },
        ],
      },
      states: {
        awaitingHearing: {},
        scheduled: {},
      },
    },
    considered: {
      // Required by XState; never used: every transition into `considered` names the outcome.
      initial: 'rejected',
      states: {
        accepted: { on: { 'measures.report': { target: '#representation.closed', actions: 'recordMeasures' } } },
        partiallyAccepted: { on: { 'measures.report': { target: '#representation.closed', actions: 'recordMeasures' } } },
        rejected: { on: { 'court.file': { target: '#representation.inCourt', actions: 'recordClaim' } } },
      },
    },
    notConsidered: {
      on: { 'court.file': { target: 'inCourt', actions: 'recordClaim' } },
    },
    inCourt: {
      on: { 'court.rule': { guard: 'isWellFormed', target: 'closed', actions: 'recordRuling' } },
    },
    closed: { type: 'final' },
  },
});

export type RepresentationMachine = typeof representationMachine;
