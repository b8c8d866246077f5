/**
 * A session of a Coordination Council (domain.md §8) or a collegium (§3, CL art. 30), item
 * by item: convene, register attendance, check the quorum, open an item, discuss, vote, record.
 * Guards ask the checks of ./rules; the simulated date moves only with time events.
 */
import { produce } from 'immer';
import { assertEvent, assign, setup } from 'xstate';
import { TIME_TRANSITIONS, isTimeMoveAllowed, movedDate } from '../core/machine';
import {
  checkAttendance,
  checkItemOpen,
  checkQuorum,
  checkVoteCast,
  checkVoteClose,
  checkVoteOpen,
  decisionOf,
  quorumStatus,
} from './rules';
import { initialContext, type CouncilVoteContext } from './context';
import type { CouncilVoteEvent, CouncilVoteInput } from './schema';

export const councilVoteMachine = setup({
  types: {
    context: {} as CouncilVoteContext,
    events: {} as CouncilVoteEvent,
    input: {} as CouncilVoteInput,
  },
  guards: {
    isKnownParticipant: ({ context, event }) => event.type === 'attendance.mark' && checkAttendance(context, event.memberId).ok,
    isQuorumMet: ({ context }) => checkQuorum(context).ok,
    isItemNew: ({ context, event }) => event.type === 'item.open' && checkItemOpen(context, event.itemId).ok,
    isItemUndecided: ({ context }) => checkVoteOpen(context).ok,
    isVoteAllowed: ({ context, event }) => event.type === 'vote.cast' && checkVoteCast(context, event.memberId).ok,
    isStillQuorate: ({ context }) => checkVoteClose(context).ok,
    // Shape-checked too: an event that skipped the schema (no days, no date) must not reach the date arithmetic.
    isTimeMoveAllowed,
  },
  actions: {
    recordSessionKind: assign(({ context, event }) => {
      assertEvent(event, 'session.convene');
      return produce(context, (d) => {
        d.sessionKind = event.kind;
      });
    }),
    markAttendance: assign(({ context, event }) => {
      assertEvent(event, 'attendance.mark');
      return produce(context, (d) => {
        const i = d.present.indexOf(event.memberId);
        if (event.present && i < 0) d.present.push(event.memberId);
        if (!event.present && i >= 0) {
          d.present.splice(i, 1);
          // Only present members vote: one who leaves mid-vote takes the vote along.
          delete d.votes[event.memberId];
        }
        d.quorum = quorumStatus(d, d.present);
      });
    }),
    openItem: assign(({ context, event }) => {
      assertEvent(event, 'item.open');
      return produce(context, (d) => {
        d.currentItem = event.title === undefined ? { itemId: event.itemId } : { itemId: event.itemId, title: event.title };
        d.openedItems.push(event.itemId);
        d.votes = {};
      });
    }),
    clearVotes: assign(({ context }) =>
      produce(context, (d) => {
        d.votes = {};
      }),
    ),
    recordVote: assign(({ context, event }) => {
      assertEvent(event, 'vote.cast');
      return produce(context, (d) => {
        d.votes[event.memberId] = event.choice;
      });
    }),
    recordDecision: assign(({ context }) => {
      const decision = decisionOf(context);
      return produce(context, (d) => {
        d.decisions.push(decision);
      });
    }),
    leaveItem: assign(({ context }) =>
      produce(context, (d) => {
        d.currentItem = null;
        d.votes = {};
      }),
    ),
    moveDate: assign({ date: movedDate }),
  },
}).createMachine({
  id: 'councilVote',
  context: ({ input }) => initialContext(input),
  initial: 'idle',
  on: TIME_TRANSITIONS,
  states: {
    idle: {
      on: {
        'session.convene': { target: 'registration', actions: 'recordSessionKind' },
      },
    },
    registration: {
      on: {
        'attendance.mark': { guard: 'isKnownParticipant', actions: 'markAttendance' },
        'quorum.check': [{ guard: 'isQuorumMet', target: 'agenda' }, { target: 'inquorate' }],
        'session.adjourn': { target: 'adjourned' },
      },
    },
    // Members may still arrive: a later quorum.check that finds a quorum opens the agenda.
    inquorate: {
      on: {
        'attendance.mark': { guard: 'isKnownParticipant', actions: 'markAttendance' },
        'quorum.check': [{ guard: 'isQuorumMet', target: 'agenda' }, { target: 'inquorate' }],
        'session.adjourn': { target: 'adjourned' },
      },
    },
    agenda: {
      on: {
        'attendance.mark': { guard: 'isKnownParticipant', actions: 'markAttendance' },
        'quorum.check': [{ guard: 'isQuorumMet', target: 'agenda' }, { target: 'inquorate' }],
        'item.open': { guard: 'isItemNew', target: 'discussion', actions: 'openItem' },
        'session.adjourn': { target: 'adjourned' },
        'session.close': { target: 'closed' },
      },
    },
    discussion: {
      on: {
        'attendance.mark': { guard: 'isKnownParticipant', actions: 'markAttendance' },
        'vote.open': { guard: 'isItemUndecided', target: 'voting', actions: 'clearVotes' },
        'item.next': { target: 'agenda', actions: 'leaveItem' },
        'session.adjourn': { target: 'adjourned' },
        'session.close': { target: 'closed' },
      },
    },
    voting: {
      on: {
        'attendance.mark': { guard: 'isKnownParticipant', actions: 'markAttendance' },
        'vote.cast': { guard: 'isVoteAllowed', actions: 'recordVote' },
        'vote.close': { guard: 'isStillQuorate', target: 'discussion', actions: 'recordDecision' },
        // An abandoned vote (e.g. the quorum walked out) records nothing.
        'session.adjourn': { target: 'adjourned' },
      },
    },
    adjourned: { type: 'final' },
    closed: { type: 'final' },
  },
});

export type CouncilVoteMachine = typeof councilVoteMachine;
