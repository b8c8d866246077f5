/**
 * The appeal (жолданым, CL art. 24) as an XState machine: registered on the day of arrival, fifteen
 * working days, one extension up to two months with the applicant told within three working days, an
 * inspection that makes the answer wait (then ten working days), the answer (late ones recorded), or a
 * dismissal of an anonymous or repeated appeal. Time moves only with time events.
 */
import { produce } from 'immer';
import { assertEvent, assign, setup } from 'xstate';
import { TIME_TRANSITIONS, isTimeMoveAllowed, movedDate, wellFormedBy } from '../core/machine';
import { answerDueBy, initialAppealContext, type AppealContext } from './context';
import {
  answerAfterInspection,
  checkAnswer,
  checkDismiss,
  checkExtend,
  checkInspectionFinish,
  checkNotify,
  checkRegister,
  noticeDeadline,
  termAfterRegistration,
} from './rules';
import { appealEventSchema, type AppealEvent, type AppealInput } from './schema';
import { compareIso } from '../../calendar';

const isWellFormed = wellFormedBy(appealEventSchema);

export const appealMachine = setup({
  types: {
    context: {} as AppealContext,
    events: {} as AppealEvent,
    input: {} as AppealInput,
  },
  guards: {
    isRegistrationAllowed: ({ context }) => checkRegister(context).ok,
    isExtensionAllowed: ({ context, event }) => {
      assertEvent(event, 'appeal.extend');
      return isWellFormed({ event }) && checkExtend(context, event).ok;
    },
    isNoticeAllowed: ({ context }) => checkNotify(context).ok,
    isInspectionFinishAllowed: ({ context }) => checkInspectionFinish(context).ok,
    isAnswerAllowed: ({ context, event }) => isWellFormed({ event }) && checkAnswer(context).ok,
    isDismissalAllowed: ({ context, event }) => {
      assertEvent(event, 'appeal.dismiss');
      return isWellFormed({ event }) && checkDismiss(context, event).ok;
    },
    isTimeMoveAllowed,
  },
  actions: {
    moveDate: assign({ date: movedDate }),
    recordRegistration: assign(({ context }) =>
      produce(context, (d) => {
        d.registeredOn = context.date;
        d.deadline = termAfterRegistration(context.date);
      }),
    ),
    recordExtension: assign(({ context, event }) => {
      assertEvent(event, 'appeal.extend');
      return produce(context, (d) => {
        d.extension = { until: event.until, on: context.date, notifyBy: noticeDeadline(context.date) };
      });
    }),
    recordNotice: assign(({ context }) =>
      produce(context, (d) => {
        d.applicantNotifiedOn = context.date;
        d.noticeLate = context.extension !== null && compareIso(context.date, context.extension.notifyBy) > 0;
      }),
    ),
    recordInspection: assign(({ context }) =>
      produce(context, (d) => {
        d.inspection = { appointedOn: context.date, interimReplyOn: context.date, finishedOn: null, answerBy: null };
      }),
    ),
    recordInspectionEnd: assign(({ context }) =>
      produce(context, (d) => {
        if (d.inspection) {
          d.inspection.finishedOn = context.date;
          d.inspection.answerBy = answerAfterInspection(context.date);
        }
      }),
    ),
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, 'appeal.answer');
      return produce(context, (d) => {
        const dueBy = answerDueBy(context);
        d.answer = { outcome: event.outcome, on: context.date, dueBy, late: dueBy !== null && compareIso(context.date, dueBy) > 0 };
      });
    }),
    recordDismissal: assign(({ context, event }) => {
      assertEvent(event, 'appeal.dismiss');
      return produce(context, (d) => {
        d.dismissal = { reason: event.reason, on: context.date };
      });
    }),
  },
}).createMachine({
  id: 'appeal',
  initial: 'received',
  context: ({ input }) => initialAppealContext(input),
  on: TIME_TRANSITIONS,
  states: {
    received: {
      on: { 'appeal.register': { guard: 'isRegistrationAllowed', target: 'registered', actions: 'recordRegistration' } },
    },
    registered: {
      initial: 'ordinary',
      on: {
        'appeal.answer': { guard: 'isAnswerAllowed', target: 'answered', actions: 'recordAnswer' },
        'appeal.dismiss': { guard: 'isDismissalAllowed', target: 'dismissed', actions: 'recordDismissal' },
      },
      states: {
        ordinary: {
          on: {
            'appeal.extend': { guard: 'isExtensionAllowed', target: 'extended', actions: 'recordExtension' },
            'inspection.appoint': { target: 'awaitingInspection', actions: 'recordInspection' },
          },
        },
        extended: {
          on: {
            'applicant.notify': { guard: 'isNoticeAllowed', actions: 'recordNotice' },
            'inspection.appoint': { target: 'awaitingInspection', actions: 'recordInspection' },
          },
        },
        awaitingInspection: {
          on: { 'inspection.finish': { guard: 'isInspectionFinishAllowed', actions: 'recordInspectionEnd' } },
        },
      },
    },
    answered: { type: 'final' },
    dismissed: { type: 'final' },
  },
});

export type AppealMachine = typeof appealMachine;
