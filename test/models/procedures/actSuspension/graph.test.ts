import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { actSuspensionDefinition, type ActSuspensionContext } from '../../../../models/procedures/actSuspension';
import { stateValueString } from '../../../../models/procedures/core/replay';
import { PATH_TEST_TIMEOUT, checkModelPaths } from '../../../helpers/replay';
import { suspensionInput } from './helpers';

const LEAVES = ['draft', 'suspended', 'lifted', 'lapsed', 'protested'];

describe('actSuspension model paths', () => {
  it('reach every state and every declared transition, explain() agreeing with the machine', () => {
    const counts = checkModelPaths(actSuspensionDefinition, {
      inputs: [suspensionInput(), suspensionInput({ prosecutor: { role: 'president' } })],
      leaves: LEAVES,
      keyOf: (s: AnyMachineSnapshot) => {
        const c = s.context as ActSuspensionContext;
        return `${stateValueString(s)}${c.lastDay !== null && c.date === c.lastDay ? '+lastDay' : ''}`;
      },
      extraEvents: () => [
        { type: 'act.suspend', days: 1 },
        { type: 'act.suspend', days: 0 },
        { type: 'time.advance', days: -2 },
        { type: 'time.advance', days: 10 },
      ],
    });
    console.log(`actSuspension: ${counts.states} states, ${counts.transitions} transitions, ${counts.leafEvents} (state, event) pairs (not taken: ${counts.leafEventsMissing.join(", ") || "none"}), ${counts.paths} paths, ${counts.agreementChecks} explain/can checks`);
    expect(counts.states).toBe(LEAVES.length);
    expect(counts.transitions).toBeGreaterThanOrEqual(6);
  }, PATH_TEST_TIMEOUT);
});
