import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { appealDefinition, type AppealContext } from '../../../../models/procedures/appeal';
import { stateValueString } from '../../../../models/procedures/core/replay';
import { PATH_TEST_TIMEOUT, checkModelPaths } from '../../../helpers/replay';
import { appealInput } from './helpers';

const LEAVES = ['received', 'registered.ordinary', 'registered.extended', 'registered.awaitingInspection', 'answered', 'dismissed'];

describe('appeal model paths', () => {
  it('reach every state and every declared transition, explain() agreeing with the machine', () => {
    const counts = checkModelPaths(appealDefinition, {
      inputs: [appealInput(), appealInput({ anonymous: true, concerns: 'other' }), appealInput({ repeatedWithoutNewArguments: true }), appealInput({ anonymous: true, concerns: 'crime' })],
      leaves: LEAVES,
      keyOf: (s: AnyMachineSnapshot) => {
        const c = s.context as AppealContext;
        return `${stateValueString(s)}${c.date !== c.startDate ? '+later' : ''}${c.applicantNotifiedOn ? '+notified' : ''}${c.inspection?.finishedOn ? '+inspected' : ''}`;
      },
      extraEvents: (s) => {
        const c = s.context as AppealContext;
        return [
          { type: 'appeal.extend', until: c.date },
          { type: 'appeal.extend', until: '2025-04-30' },
          { type: 'applicant.notify' },
          { type: 'inspection.finish' },
          { type: 'appeal.register' },
          { type: 'time.advance', days: -1 },
          { type: 'appeal.dismiss', reason: 'tired' },
        ];
      },
    });
    console.log(`appeal: ${counts.states} states, ${counts.transitions} transitions, ${counts.leafEvents} (state, event) pairs (not taken: ${counts.leafEventsMissing.join(", ") || "none"}), ${counts.paths} paths, ${counts.agreementChecks} explain/can checks`);
    expect(counts.states).toBe(LEAVES.length);
    expect(counts.transitions).toBeGreaterThanOrEqual(10);
  }, PATH_TEST_TIMEOUT);
});
