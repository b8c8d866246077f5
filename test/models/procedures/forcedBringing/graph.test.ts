import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { stateValueString } from '../../../../models/procedures/core/replay';
import { forcedBringingDefinition, type ForcedBringingContext } from '../../../../models/procedures/forcedBringing';
import { PATH_TEST_TIMEOUT, checkModelPaths } from '../../../helpers/replay';
import { bringingInput } from './helpers';

const LEAVES = ['draft', 'summoned', 'missed', 'ordered', 'brought', 'refused'];

describe('forcedBringing model paths', () => {
  it('reach every state and every declared transition, explain() agreeing with the machine', () => {
    const counts = checkModelPaths(forcedBringingDefinition, {
      inputs: [
        bringingInput(),
        bringingInput({ person: { age: 16 } }),
        bringingInput({ person: { age: 13 } }),
        bringingInput({ person: { age: 30, pregnant: true } }),
        bringingInput({ person: { age: 30, medicalCertificate: true } }),
        bringingInput({ orderedBy: { role: 'staffProsecutor' } }),
      ],
      leaves: LEAVES,
      keyOf: (s: AnyMachineSnapshot) => {
        const c = s.context as ForcedBringingContext;
        return `${stateValueString(s)}${c.representativeNotifiedOn ? '+told' : ''}`;
      },
      extraEvents: () => [
        { type: 'bringing.execute', time: '24:00' },
        { type: 'bringing.execute', time: '12:30' },
        { type: 'summons.serve' },
        { type: 'summons.miss', goodReason: 'maybe' },
        { type: 'representative.notify' },
        { type: 'time.advanceTo', date: '2025-01-01' },
      ],
    });
    console.log(`forcedBringing: ${counts.states} states, ${counts.transitions} transitions, ${counts.leafEvents} (state, event) pairs (not taken: ${counts.leafEventsMissing.join(", ") || "none"}), ${counts.paths} paths, ${counts.agreementChecks} explain/can checks`);
    expect(counts.states).toBe(LEAVES.length);
    expect(counts.transitions).toBeGreaterThanOrEqual(10);
  }, PATH_TEST_TIMEOUT);
});
