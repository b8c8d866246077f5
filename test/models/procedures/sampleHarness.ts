/**
 * The sample-scenario check shared by the procedures of issue 10: the files in public/scenarios/<id>-*.json
 * are the ones a test knows, listed in the index, each title and note in kk, ru and en, each replayed
 * through the registry as `npm run scenario` does, ending where it was written to end.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PROCEDURES, runScenario, tryParseScenario } from '../../../models/procedures';
import { formatRow } from '../../../models/procedures/core';
import type { ProcedureId } from '../../../models/procedures/core/types';

export const SCENARIO_DIR = join(import.meta.dirname, '../../../public/scenarios');

export interface Expected {
  /** Each step: 'ok' or the rejection code. */
  verdicts: string[];
  state: string;
  date: string;
}

export function sampleTests(procedure: ProcedureId, expected: Record<string, Expected>): void {
  // File names are lower-case with hyphens (the index's rule): actSuspension -> act-suspension-*.json.
  const prefix = `${procedure.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-`;
  const files = readdirSync(SCENARIO_DIR).filter((f) => f.startsWith(prefix) && f.endsWith('.json')).sort();
  const index = JSON.parse(readFileSync(join(SCENARIO_DIR, 'index.json'), 'utf8')) as { scenarios: { file: string; procedure: string }[] };

  it('are the ones this test knows, at least three, listed in the index and in the definition', () => {
    expect(files).toEqual(Object.keys(expected).sort());
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) expect(index.scenarios.find((s) => s.file === f)?.procedure).toBe(procedure);
    expect([...(PROCEDURES[procedure]?.samples ?? [])].sort()).toEqual(files);
  });

  for (const name of files) {
    it(`${name} replays to its intended end`, () => {
      const parsed = tryParseScenario(readFileSync(join(SCENARIO_DIR, name), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
      const file = parsed.value;
      expect(file.procedure).toBe(procedure);
      for (const lang of ['kk', 'ru', 'en'] as const) {
        expect(file.title[lang].length).toBeGreaterThan(0);
        for (const s of file.steps) expect(s.note?.[lang]?.length ?? 0).toBeGreaterThan(0);
      }
      const rows = runScenario(file);
      const want = expected[name];
      if (!want) throw new Error(`no expectation for ${name}`);
      expect(rows.map((r) => (r.accepted ? 'ok' : r.code))).toEqual(want.verdicts);
      expect(rows.at(-1)?.state).toBe(want.state);
      expect(rows.at(-1)?.date).toBe(want.date);
      // What the CLI prints for each row.
      for (const r of rows) expect(formatRow(r).split('\t')).toHaveLength(5);
    });
  }
}
