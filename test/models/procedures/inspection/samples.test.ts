import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario, tryParseScenario } from '../../../../models/procedures';

const DIR = join(import.meta.dirname, '../../../../public/scenarios');

/** The state each sample is written to end in, and a fact that shows why. */
const EXPECTED: Record<string, { state: string; check?: (context: Record<string, unknown>) => void }> = {
  'inspection-routine.json': { state: 'decided', check: (c) => expect(c).toMatchObject({ decision: 'representation', overdue: { registration: false }, deadlines: { registration: '2025-03-07' }, registration: { registeredOn: '2025-03-07' } }) },
  'inspection-extended-suspended.json': { state: 'decided', check: (c) => expect(c).toMatchObject({ extension: { days: 30 }, suspension: { workingDaysSpent: 6 }, overdue: { completion: false } }) },
  'inspection-business-consent.json': { state: 'decided', check: (c) => expect(c).toMatchObject({ input: { ground: 'irreversibleHarm', subject: { kind: 'business' } }, consent: { status: 'granted', infoRequested: true, late: false } }) },
  'inspection-refused-entry.json': { state: 'decided', check: (c) => expect(c).toMatchObject({ access: { refusals: 3, clearanceShown: true } }) },
  'inspection-expired.json': { state: 'completed', check: (c) => expect(c).toMatchObject({ overdue: { completion: true, certificate: true }, deadlines: { completion: '2025-09-15' } }) },
  'inspection-urgent-detention.json': { state: 'decided', check: (c) => expect(c).toMatchObject({ decision: 'pretrialInvestigation', overdue: { registration: false } }) },
  'inspection-consent-refused.json': { state: 'consentRefused', check: (c) => expect(c).toMatchObject({ consent: { status: 'refused', late: true }, overdue: { consent: true } }) },
};

const files = readdirSync(DIR).filter((f) => f.startsWith('inspection-') && f.endsWith('.json'));

describe('inspection sample scenarios', () => {
  it('at least six samples, each with an expected end written here', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(files.filter((f) => !EXPECTED[f])).toEqual([]);
  });
  for (const file of files) {
    it(`${file} parses, has notes in three languages and ends where intended`, () => {
      const parsed = tryParseScenario(readFileSync(join(DIR, file), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
      const { title, steps } = parsed.value;
      expect(Object.values(title).every((t) => t.length > 0)).toBe(true);
      const noted = steps.filter((s) => s.note);
      expect(noted.length).toBeGreaterThan(0);
      for (const s of noted) expect(Object.keys(s.note ?? {}).sort()).toEqual(['en', 'kk', 'ru']);
      const rows = runScenario(parsed.value);
      const end = rows.at(-1);
      const expected = EXPECTED[file];
      expect(end?.state).toBe(expected?.state);
      if (end) expected?.check?.(end.context);
    });
  }
});
