import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAt } from '../../../models/lessons';
import { tryParseScenario } from '../../../models/procedures';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
function scenario(name: string) {
  const r = tryParseScenario(readFileSync(resolve(root, 'public/scenarios', name), 'utf8'));
  if (!r.ok) throw new Error(name);
  return r.value;
}

describe('a run view', () => {
  it('stands at the stop\'s step with its state, date and note', () => {
    const r = runAt(scenario('protest-satisfied.json'), 5);
    expect(r.rows).toHaveLength(5);
    expect(r.current?.type).toBe('protest.consider');
    expect(r.current?.accepted).toBe(true);
    expect(r.date).toBe('2025-06-09');
    expect(r.current?.note?.en).toMatch(/satisfied/);
  });

  it('shows a refusal with its code and citation', () => {
    const r = runAt(scenario('protest-immune-act.json'), 1);
    expect(r.current?.accepted).toBe(false);
    expect(r.current?.code).toBeTruthy();
    expect(r.current?.citation).toBe('protest.immunity');
  });

  it('at step 0 shows the state before any event, and clamps a step past the end', () => {
    const file = scenario('protest-satisfied.json');
    expect(runAt(file, 0).rows).toEqual([]);
    expect(runAt(file, 0).state).not.toBe('');
    expect(runAt(file, 99).rows).toHaveLength(file.steps.length);
  });
});
