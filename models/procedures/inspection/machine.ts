import { produce, type Draft } from 'immer';
import { assertEvent, assign, setup } from 'xstate';
import { TIME_TRANSITIONS, isTimeMoveAllowed, movedDate } from '../core/machine';
import { frozenWorkingDays, initialContext, refreshTerms, type InspectionContext } from './context';
import {
  checkAccessRefusal,
  checkAppoint,
  checkClearance,
  checkExtension,
  checkHandResolution,
  checkRegister,
  checkRequestConsent,
  checkRequestInfo,
  checkRestore,
  checkSuspend,
} from './rules';
import type { InspectionEvent, InspectionInput } from './schema';

/** Applies a recipe with immer and recomputes the terms, so deadlines never go stale. */
function update(context: InspectionContext, recipe: (draft: Draft<InspectionContext>) => void): InspectionContext {
  return produce(context, (draft) => {
    recipe(draft);
    refreshTerms(draft);
  });
}

/**
 * The inspection of compliance with legality (CL art. 18–19; Rules items 9, 11, 26, 28).
 * Guards call the same checks as `explain()`; no timers: time moves with `time.*` events.
 */
export const inspectionMachine = setup({
  types: {
    context: {} as InspectionContext,
    events: {} as InspectionEvent,
    input: {} as InspectionInput,
  },
  guards: {
    isTimeMoveAllowed,
    isConsentRequestAllowed: ({ context }) => checkRequestConsent(context).ok,
    isInfoRequestAllowed: ({ context }) => checkRequestInfo(context).ok,
    isAppointmentAllowed: ({ context, event }) => {
      assertEvent(event, 'inspection.appoint');
      return checkAppoint(context, event).ok;
    },
    isResolutionHandingAllowed: ({ context }) => checkHandResolution(context).ok,
    isRegistrationAllowed: ({ context }) => checkRegister(context).ok,
    isAccessRefusalFounded: ({ context, event }) => {
      assertEvent(event, 'access.refuse');
      return checkAccessRefusal(context, event).ok;
    },
    isClearanceShowable: ({ context }) => checkClearance(context).ok,
    isAccessRestorable: ({ context }) => checkRestore(context).ok,
    isExtensionAllowed: ({ context, event }) => {
      assertEvent(event, 'inspection.extend');
      return checkExtension(context, event).ok;
    },
    isSuspensionAllowed: ({ context }) => checkSuspend(context).ok,
  },
  actions: {
    moveDate: assign(({ context, event }) =>
      update(context, (d) => {
        d.date = movedDate({ context, event });
      }),
    ),
    recordConsentRequest: assign(({ context }) =>
      update(context, (d) => {
        d.consent.status = 'pending';
        d.consent.requestedOn = context.date;
      }),
    ),
    recordInfoRequest: assign(({ context }) =>
      update(context, (d) => {
        d.consent.infoRequested = true;
      }),
    ),
    recordConsentAnswer: assign(({ context, event }) => {
      assertEvent(event, ['consent.grant', 'consent.refuse']);
      return update(context, (d) => {
        d.consent.status = event.type === 'consent.grant' ? 'granted' : 'refused';
        d.consent.answeredOn = context.date;
        d.consent.late = context.deadlines.consent !== null && context.date > context.deadlines.consent;
      });
    }),
    recordAppointment: assign(({ context, event }) => {
      assertEvent(event, 'inspection.appoint');
      return update(context, (d) => {
        d.inspectors = [...event.inspectors];
        d.appointedOn = context.date;
      });
    }),
    recordResolutionHanded: assign(({ context }) =>
      update(context, (d) => {
        d.resolutionHandedOn = context.date;
      }),
    ),
    recordRegistration: assign(({ context }) =>
      update(context, (d) => {
        d.registration.registeredOn = context.date;
      }),
    ),
    recordStart: assign(({ context }) =>
      update(context, (d) => {
        d.startedOn = context.date;
      }),
    ),
    recordAccessRefusal: assign(({ context, event }) => {
      assertEvent(event, 'access.refuse');
      return update(context, (d) => {
        d.access.refusedFor = event.reason;
        d.access.refusedOn = context.date;
        d.access.person = event.person ?? null;
        d.access.refusals += 1;
      });
    }),
    recordClearance: assign(({ context }) =>
      update(context, (d) => {
        d.access.clearanceShown = true;
      }),
    ),
    recordAccessRestored: assign(({ context }) =>
      update(context, (d) => {
        d.access.refusedFor = null;
        d.access.person = null;
      }),
    ),
    recordExtension: assign(({ context, event }) => {
      assertEvent(event, 'inspection.extend');
      return update(context, (d) => {
        d.extension = { days: event.days, reason: event.reason, on: context.date };
      });
    }),
    recordSuspension: assign(({ context, event }) => {
      assertEvent(event, 'inspection.suspend');
      return update(context, (d) => {
        d.suspension.since = context.date;
        d.suspension.reason = event.reason;
        d.suspension.count += 1;
      });
    }),
    recordResumption: assign(({ context }) =>
      update(context, (d) => {
        // The working days strictly between suspension and resumption are frozen; today counts again.
        if (context.suspension.since) d.suspension.workingDaysSpent += frozenWorkingDays(context.suspension.since, context.date);
        d.suspension.since = null;
        d.suspension.reason = null;
      }),
    ),
    recordCompletion: assign(({ context }) =>
      update(context, (d) => {
        d.completedOn = context.date;
      }),
    ),
    recordCertificate: assign(({ context, event }) => {
      assertEvent(event, 'certificate.hand');
      return update(context, (d) => {
        d.certificate = { handedOn: context.date, signed: event.signed };
      });
    }),
    recordDecision: assign(({ context, event }) => {
      assertEvent(event, 'inspection.decide');
      return update(context, (d) => {
        d.decision = event.decision;
        d.decidedOn = context.date;
      });
    }),
  },
}).createMachine({
  id: 'inspection',
  context: ({ input }) => initialContext(input),
  initial: 'draft',
  on: TIME_TRANSITIONS,
  states: {
    draft: {
      on: {
        'inspection.requestConsent': { guard: 'isConsentRequestAllowed', target: 'awaitingConsent', actions: 'recordConsentRequest' },
        'inspection.appoint': { guard: 'isAppointmentAllowed', target: 'appointed', actions: 'recordAppointment' },
      },
    },
    awaitingConsent: {
      on: {
        'consent.requestInfo': { guard: 'isInfoRequestAllowed', actions: 'recordInfoRequest' },
        'consent.grant': { target: 'draft', actions: 'recordConsentAnswer' },
        'consent.refuse': { target: 'consentRefused', actions: 'recordConsentAnswer' },
      },
    },
    consentRefused: { type: 'final' },
    appointed: {
      on: {
        'resolution.hand': { guard: 'isResolutionHandingAllowed', actions: 'recordResolutionHanded' },
        'inspection.register': { guard: 'isRegistrationAllowed', actions: 'recordRegistration' },
        'inspection.start': { target: 'inProgress', actions: 'recordStart' },
      },
    },
    inProgress: {
      initial: 'active',
      on: {
        'resolution.hand': { guard: 'isResolutionHandingAllowed', actions: 'recordResolutionHanded' },
        'inspection.register': { guard: 'isRegistrationAllowed', actions: 'recordRegistration' },
        'clearance.show': { guard: 'isClearanceShowable', actions: 'recordClearance' },
        'inspection.extend': { guard: 'isExtensionAllowed', actions: 'recordExtension' },
      },
      states: {
        active: {
          on: {
            'access.refuse': { guard: 'isAccessRefusalFounded', target: 'accessRefused', actions: 'recordAccessRefusal' },
            'inspection.suspend': { guard: 'isSuspensionAllowed', target: 'suspended', actions: 'recordSuspension' },
            'inspection.complete': { target: '#inspection.completed', actions: 'recordCompletion' },
          },
        },
        suspended: {
          on: {
            'inspection.resume': { target: 'active', actions: 'recordResumption' },
          },
        },
        accessRefused: {
          on: {
            'access.restore': { guard: 'isAccessRestorable', target: 'active', actions: 'recordAccessRestored' },
            'inspection.complete': { target: '#inspection.completed', actions: 'recordCompletion' },
          },
        },
      },
    },
    completed: {
      on: {
        'certificate.hand': { target: 'certificateHanded', actions: 'recordCertificate' },
      },
    },
    certificateHanded: {
      on: {
        'inspection.decide': { target: 'decided', actions: 'recordDecision' },
      },
    },
    decided: { type: 'final' },
  },
});
