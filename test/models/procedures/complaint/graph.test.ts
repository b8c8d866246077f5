import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { complaintDefinition, type ComplaintContext } from '../../../../models/procedures/complaint';
import { stateValueString } from '../../../../models/procedures/core/replay';
import { PATH_TEST_TIMEOUT, checkModelPaths } from '../../../helpers/replay';
import { complaintInput } from './helpers';

const LEAVES = ['draft', 'filed', 'decided.upheld', 'decided.partiallyUpheld', 'decided.rejected', 'notDecided', 'inCourt', 'closed'];

describe('complaint model paths', () => {
  it('reach every state and every declared transition, explain() agreeing with the machine', () => {
    const counts = checkModelPaths(complaintDefinition, {
      inputs: [complaintInput()],
      leaves: LEAVES,
      keyOf: (s: AnyMachineSnapshot) => {
        const c = s.context as ComplaintContext;
        return `${stateValueString(s)}${c.date > c.fileBy ? '+missed' : ''}${c.restoration ? '+restored' : ''}`;
      },
      extraEvents: () => [
        { type: 'term.restore', reason: '   ' },
        { type: 'complaint.decide', outcome: 'upheld' },
        { type: 'court.rule', outcome: 'actUnlawful' },
        { type: 'time.advanceTo', date: '2020-01-01' },
        { type: 'complaint.file', late: true },
      ],
    });
    console.log(`complaint: ${counts.states} states, ${counts.transitions} transitions, ${counts.leafEvents} (state, event) pairs (not taken: ${counts.leafEventsMissing.join(", ") || "none"}), ${counts.paths} paths, ${counts.agreementChecks} explain/can checks`);
    expect(counts.states).toBe(LEAVES.length);
    expect(counts.transitions).toBeGreaterThanOrEqual(11);
  }, PATH_TEST_TIMEOUT);
});
