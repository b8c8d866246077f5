/** Every public/scenarios/council-*.json, replayed by the shared runner, ends where it says it does. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario, tryParseScenario } from '../../../../models/procedures';
import type { Decision } from '../../../../models/procedures/councilVote';

const DIR = join(import.meta.dirname, '../../../../public/scenarios');

interface Expected {
  state: string;
  decisions: Pick<Decision, 'itemId' | 'for' | 'against' | 'abstain' | 'present' | 'adopted' | 'rule'>[];
  /** The rejected steps, by 1-based step number, with their codes. */
  rejected: Record<number, string>;
}

const EXPECTED: Record<string, Expected> = {
  'council-republican-two-items.json': {
    state: 'closed',
    decisions: [
      { itemId: 'juvenile-crime', for: 6, against: 0, abstain: 1, present: 7, adopted: true, rule: 'ofPresent' },
      { itemId: 'online-fraud', for: 5, against: 1, abstain: 1, present: 7, adopted: true, rule: 'ofPresent' },
    ],
    rejected: { 20: 'invitedCannotVote', 32: 'voteAlreadyCast' },
  },
  'council-inquorate-adjourned.json': { state: 'adjourned', decisions: [], rejected: { 8: 'quorumNotEstablished' } },
  'council-tie.json': {
    state: 'closed',
    decisions: [{ itemId: 'rail-theft', for: 3, against: 3, abstain: 0, present: 6, adopted: false, rule: 'ofPresent' }],
    rejected: {},
  },
  'council-quorum-lost.json': { state: 'adjourned', decisions: [], rejected: { 15: 'quorumLost' } },
  'council-collegium-total-majority.json': {
    state: 'closed',
    decisions: [{ itemId: 'appeals-review', for: 5, against: 1, abstain: 1, present: 7, adopted: false, rule: 'ofTotal' }],
    rejected: {},
  },
  'council-casting-vote.json': {
    state: 'closed',
    decisions: [{ itemId: 'rail-theft', for: 3, against: 3, abstain: 0, present: 6, adopted: true, rule: 'ofPresent' }],
    rejected: {},
  },
};

const files = readdirSync(DIR).filter((f) => f.startsWith('council-') && f.endsWith('.json')).sort();

describe('council scenarios', () => {
  it('there are at least five, and each has an expectation here', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of files) {
    it(`${file} ends in its intended state and decisions`, () => {
      const parsed = tryParseScenario(readFileSync(join(DIR, file), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
      expect(parsed.value.procedure).toBe('councilVote');
      for (const lang of ['kk', 'ru', 'en'] as const) expect(parsed.value.title[lang].length).toBeGreaterThan(0);
      for (const s of parsed.value.steps) if (s.note) expect(Object.keys(s.note).sort()).toEqual(['en', 'kk', 'ru']);

      const rows = runScenario(parsed.value);
      const want = EXPECTED[file];
      if (!want) throw new Error(`no expectation for ${file}`);
      const last = rows.at(-1);
      expect(last?.state).toBe(want.state);
      const decisions = (last?.context.decisions ?? []) as Decision[];
      expect(decisions.map(({ itemId, for: f, against, abstain, present, adopted, rule }) => ({ itemId, for: f, against, abstain, present, adopted, rule }))).toEqual(want.decisions);
      const rejected = Object.fromEntries(rows.filter((r) => !r.accepted).map((r) => [r.step, r.code]));
      expect(rejected).toEqual(want.rejected);
      expect(last?.date).toBe((parsed.value.input as { startDate: string }).startDate);
    });
  }
});
