/**
 * Model-based tests through the one harness (test/helpers/replay.ts): xstate/graph's shortest paths to
 * every (state, incoming transition), the events tried being the procedure's own offers() (the buttons
 * the simulator shows are enough to reach everything), each path replayed through the shared core and on
 * a live actor, every snapshot on the way keeping the protest's invariants.
 */
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { stateValueString } from '../../../../models/procedures/core/replay';
import { protestDefinition, protestEventSchema, protestPhase, type ProtestContext } from '../../../../models/procedures/protest';
import { PATH_TEST_TIMEOUT, checkModelPaths } from '../../../helpers/replay';
import { protestInput } from './helpers';

const input = protestInput({ startDate: '2025-03-11' });

const LEAVES = [
  'draft',
  'pending.awaitingHearing',
  'pending.scheduled',
  'withdrawn',
  'considered.satisfied',
  'considered.partiallySatisfied',
  'considered.rejected',
  'notConsidered',
  'inCourt',
  'closed',
] as const;

/** The state plus the two facts that open new transitions: the act suspended, the hearing day reached. */
function keyOf(s: AnyMachineSnapshot): string {
  const c = s.context as ProtestContext;
  const due = c.hearingDate !== null && c.date >= c.hearingDate;
  return `${stateValueString(s)}${c.suspended ? '+suspended' : ''}${due ? '+hearingDue' : ''}`;
}

/** The invariants every reachable snapshot keeps. */
function checkInvariants(s: AnyMachineSnapshot): void {
  const c = s.context as ProtestContext;
  const phase = protestPhase(s);
  expect(c.date >= c.startDate).toBe(true);
  if (phase === 'draft') {
    expect(c.broughtOn).toBeNull();
    expect(c.deadline).toBeNull();
  } else {
    // Once brought, the deadline is in context for everyone to see.
    expect(c.broughtOn).not.toBeNull();
    expect(c.deadline).not.toBeNull();
    expect(c.term).not.toBeNull();
  }
  if (phase === 'awaitingHearing' || phase === 'scheduled') {
    expect(c.deadline !== null && c.date <= c.deadline).toBe(true);
    expect(c.outcome).toBeNull();
  }
  if (phase === 'scheduled') {
    expect(c.hearingDate).not.toBeNull();
    expect(c.deadline !== null && c.hearingDate !== null && c.hearingDate <= c.deadline).toBe(true);
  }
  if (phase === 'satisfied' || phase === 'partiallySatisfied' || phase === 'rejected') {
    expect(c.outcome).toBe(phase);
    expect(c.consideredOn !== null && c.deadline !== null && c.consideredOn <= c.deadline).toBe(true);
    expect(c.hearingDate !== null && c.consideredOn !== null && c.hearingDate <= c.consideredOn).toBe(true);
  }
  if (phase === 'notConsidered') {
    expect(c.outcome).toBeNull();
    expect(c.deadline !== null && c.date > c.deadline).toBe(true);
  }
  if (phase === 'withdrawn') expect(c.outcome).toBeNull();
  if (phase === 'inCourt' || phase === 'closed') {
    expect(c.courtFiledOn).not.toBeNull();
    expect(c.outcome === 'satisfied').toBe(false);
    expect(c.outcome !== null || c.lapsedOn !== null).toBe(true);
  }
  if (phase === 'closed') expect(c.courtOutcome).not.toBeNull();
  if (s.status === 'active') {
    for (const o of protestDefinition.offers(s)) {
      expect(protestEventSchema.safeParse(o.event).success).toBe(true);
      expect(protestDefinition.explain(s, o.event).ok).toBe(s.can(o.event));
    }
  } else {
    expect(protestDefinition.offers(s)).toEqual([]);
  }
}

describe('protest model paths', () => {
  it('reach every state and every declared transition, every snapshot keeping the invariants', () => {
    const counts = checkModelPaths(protestDefinition, { inputs: [input], leaves: LEAVES, keyOf, invariants: checkInvariants });
    console.log(`protest: ${counts.states} states, ${counts.transitions} transitions, ${counts.leafEvents} (state, event) pairs (not taken: ${counts.leafEventsMissing.join(", ") || "none"}), ${counts.paths} paths, ${counts.agreementChecks} explain/can checks`);
    expect(counts.transitions).toBeGreaterThanOrEqual(15);
  }, PATH_TEST_TIMEOUT);
});
