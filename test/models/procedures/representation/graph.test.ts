import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { stateValueString } from '../../../../models/procedures/core/replay';
import { representationDefinition, type RepresentationContext } from '../../../../models/procedures/representation';
import { PATH_TEST_TIMEOUT, checkModelPaths } from '../../../helpers/replay';
import { representationInput } from './helpers';

const LEAVES = ['draft', 'pending.awaitingHearing', 'pending.scheduled', 'considered.accepted', 'considered.partiallyAccepted', 'considered.rejected', 'notConsidered', 'inCourt', 'closed'];

describe('representation model paths', () => {
  it('reach every state and every declared transition, explain() agreeing with the machine', () => {
    const counts = checkModelPaths(representationDefinition, {
      inputs: [representationInput(), representationInput({ irreversibleHarm: true })],
      leaves: LEAVES,
      keyOf: (s: AnyMachineSnapshot) => {
        const c = s.context as RepresentationContext;
        return `${stateValueString(s)}${c.hearingDate !== null && c.date >= c.hearingDate ? '+hearingDue' : ''}`;
      },
      extraEvents: (s) => {
        const c = s.context as RepresentationContext;
        return [
          { type: 'representation.bring', term: { days: 10, unit: 'calendar' } },
          { type: 'hearing.notify', date: c.date },
          { type: 'hearing.notify', date: '2099-01-01' },
          { type: 'court.rule', outcome: 'obliged' },
          { type: 'time.advanceTo', date: '2000-01-01' },
          { type: 'representation.consider', outcome: 'maybe' },
          { type: 'nonsense' },
        ];
      },
    });
    console.log(`representation: ${counts.states} states, ${counts.transitions} transitions, ${counts.leafEvents} (state, event) pairs (not taken: ${counts.leafEventsMissing.join(", ") || "none"}), ${counts.paths} paths, ${counts.agreementChecks} explain/can checks`);
    expect(counts.states).toBe(LEAVES.length);
    expect(counts.transitions).toBeGreaterThanOrEqual(13);
  }, PATH_TEST_TIMEOUT);
});
