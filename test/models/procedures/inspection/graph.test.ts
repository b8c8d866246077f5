/**
 * Model-based tests through the one harness (test/helpers/replay.ts): xstate/graph's shortest paths to
 * every (state, incoming transition), the events tried being the procedure's own offers() (the buttons
 * the simulator shows), each path replayed through the shared core and on a live actor, explain()
 * agreeing with the machine in every reached snapshot.
 */
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { stateValueString } from '../../../../models/procedures/core/replay';
import { inspectionDefinition, type InspectionContext } from '../../../../models/procedures/inspection';
import { PATH_TEST_TIMEOUT, checkModelPaths, declaredTransitions } from '../../../helpers/replay';
import { input } from './fixtures';

const LEAVES = ['draft', 'appointed', 'awaitingConsent', 'consentRefused', 'inProgress.active', 'inProgress.suspended', 'inProgress.accessRefused', 'certificateHanded', 'completed', 'decided'];

/** The invariants every reachable snapshot keeps. */
function checkInvariants(s: AnyMachineSnapshot): void {
  const c = s.context as InspectionContext;
  expect(c.date >= c.input.startDate, `${stateValueString(s)}: the clock never goes back`).toBe(true);
  if (c.remainingDays !== null && c.termDays !== null) expect(c.remainingDays).toBeLessThanOrEqual(c.termDays + c.suspension.workingDaysSpent);
  if (c.decision !== null) expect(c.decidedOn).not.toBeNull();
}

describe('inspection model paths', () => {
  it('reach every state and every declared transition, explain() agreeing with the machine', () => {
    const counts = checkModelPaths(inspectionDefinition, {
      // A business on a regional prosecutor's decision needs the GP's consent (awaitingConsent, consentRefused);
      // a district prosecutor's routine inspection of an organisation goes straight to work.
      inputs: [
        input({ initiator: { role: 'regionalProsecutor' }, ground: 'businessInterference', subject: { kind: 'business', secret: true } }),
        input(),
      ],
      leaves: LEAVES,
      invariants: checkInvariants,
      extraEvents: (s) => {
        const c = s.context as InspectionContext;
        return [
          { type: 'inspection.appoint', inspectors: [] },
          { type: 'inspection.extend', days: 31, reason: 'largeVolume' },
          { type: 'time.advanceTo', date: '2000-01-01' },
          { type: 'time.advanceTo', date: c.date },
          { type: 'inspection.decide', decision: 'maybe' },
          { type: 'nonsense' },
        ];
      },
    });
    console.log(
      `inspection: ${counts.states} states, ${counts.transitions} transitions (of ${declaredTransitions(inspectionDefinition).size} declared), ${counts.leafEvents} (state, event) pairs, ${counts.paths} paths, ${counts.agreementChecks} explain/can checks`,
    );
    expect(counts.states).toBe(LEAVES.length);
    // Every event in every working state, the root's time events included: 8 non-final leaves.
    expect(counts.leafEventsMissing).toEqual([]);
    expect(counts.leafEvents).toBe(44);
  }, PATH_TEST_TIMEOUT);
});
