/**
 * The sample scenarios in public/scenarios/protest-*.json, replayed headless through the shared
 * core as `npm run scenario` does: each ends in the state it was written for, and every step is
 * accepted or rejected with the code its note announces.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarioWith, tryParseScenarioWith, type ProcedureRegistry } from '../../../../models/procedures/core';
import { protestDefinition } from '../../../../models/procedures/protest';

const registry: ProcedureRegistry = { protest: protestDefinition };
const dir = join(import.meta.dirname, '../../../../public/scenarios');

/** For each sample: the state it ends in, the date, and each step's verdict ('ok' or the rejection code). */
const EXPECTED: Record<string, { state: string; date: string; verdicts: string[] }> = {
  'protest-satisfied.json': {
    state: 'considered.satisfied',
    date: '2025-06-09',
    verdicts: ['ok', 'ok', 'ok', 'ok', 'ok', 'claimAfterSatisfaction'],
  },
  'protest-term-nauryz.json': {
    state: 'considered.partiallySatisfied',
    date: '2025-03-27',
    verdicts: ['termTooShort', 'ok', 'hearingAfterDeadline', 'ok', 'ok', 'ok'],
  },
  'protest-withdrawn.json': {
    state: 'withdrawn',
    date: '2025-09-18',
    verdicts: ['ok', 'notEntitledToSuspend', 'ok', 'ok'],
  },
  'protest-ignored-court.json': {
    state: 'closed',
    date: '2025-04-24',
    verdicts: ['ok', 'ok', 'ok', 'deadlinePassed', 'ok', 'ok', 'ok'],
  },
  'protest-immune-act.json': {
    state: 'draft',
    date: '2025-05-05',
    verdicts: ['immunePresidentAct', 'immunePresidentAct'],
  },
  'protest-from-inspection-court.json': {
    state: 'closed',
    date: '2025-10-29',
    verdicts: ['ok', 'ok', 'ok', 'ok', 'withdrawAfterConsideration', 'ok', 'ok', 'ok'],
  },
};

const files = readdirSync(dir).filter((f) => /^protest-.*\.json$/.test(f)).sort();

describe('protest sample scenarios', () => {
  it('are the ones this test knows, at least five', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of files) {
    it(`${name} replays to its intended end`, () => {
      const parsed = tryParseScenarioWith(registry, readFileSync(join(dir, name), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
      const file = parsed.value;
      expect(file.procedure).toBe('protest');
      for (const lang of ['kk', 'ru', 'en'] as const) {
        expect(file.title[lang].length).toBeGreaterThan(0);
        for (const s of file.steps) expect(s.note?.[lang]?.length ?? 0).toBeGreaterThan(0);
      }
      const rows = runScenarioWith(registry, file);
      const want = EXPECTED[name];
      expect(want).toBeDefined();
      if (!want) return;
      expect(rows.map((r) => (r.accepted ? 'ok' : r.code))).toEqual(want.verdicts);
      const last = rows.at(-1);
      expect(last?.state).toBe(want.state);
      expect(last?.date).toBe(want.date);
    });
  }
});
