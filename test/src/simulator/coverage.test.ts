import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getProcedure, tryParseScenario } from '../../../models/procedures';
import { initialSnapshot, replay, stateValueString } from '../../../models/procedures/core';
import { chartOf, coverageOf, isActiveState } from '../../../src/simulator/statechart/buildGraph';

function valuesOf(file: string): { values: string[]; procedure: ReturnType<typeof getProcedure> } {
  const parsed = tryParseScenario(readFileSync(join(import.meta.dirname, '../../../public/scenarios', file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  const def = getProcedure(parsed.value.procedure);
  const steps = replay(def, parsed.value.input, parsed.value.steps.map((s) => s.event));
  return { procedure: def, values: [stateValueString(initialSnapshot(def, parsed.value.input)), ...steps.map((s) => stateValueString(s.snapshot))] };
}

describe('statechart coverage: what a run has been through', () => {
  it('a run that has not moved has visited its initial state only, and no transition', () => {
    const { procedure, values } = valuesOf('inspection-routine.json');
    const chart = chartOf(procedure.machine);
    const c = coverageOf(chart, values.slice(0, 1));
    expect([...c.states].every((id) => isActiveState(id, values[0] ?? ""))).toBe(true);
    expect(c.edges.size).toBe(0);
  });

  for (const file of ['inspection-routine.json', 'protest-withdrawn.json', 'council-casting-vote.json']) {
    it(`${file}: every state it was in is marked, every marked transition joins two states it was in, one per change of state at least`, () => {
      const { procedure, values } = valuesOf(file);
      const chart = chartOf(procedure.machine);
      const c = coverageOf(chart, values);
      for (const v of values) for (const leaf of v.split(',')) expect(c.states.has(leaf), `${file}: ${leaf}`).toBe(true);
      const byId = new Map(chart.edges.map((e) => [e.id, e]));
      for (const id of c.edges) {
        const e = byId.get(id)!;
        expect(c.states.has(e.source) && c.states.has(e.target)).toBe(true);
      }
      const changes = values.filter((v, i) => i > 0 && v !== values[i - 1]).length;
      expect(c.edges.size).toBeGreaterThan(0);
      expect(c.edges.size).toBeLessThanOrEqual(chart.edges.length);
      expect(changes).toBeGreaterThan(0);
      // States never entered stay unmarked.
      const never = chart.states.filter((s) => !values.some((v) => isActiveState(s.id, v)));
      for (const s of never) expect(c.states.has(s.id)).toBe(false);
    });
  }
});
