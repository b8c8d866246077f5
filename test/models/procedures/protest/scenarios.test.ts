/**
 * The sample scenarios in public/scenarios/protest-*.json, replayed headless through the one harness as
 * `npm run scenario` does: each ends in the state it was written for, and every step is accepted or
 * rejected with the code its note announces.
 */
import { describe } from 'vitest';
import { sampleTests, type Expected } from '../../../helpers/replay';

/** For each sample: the state it ends in, the date, and each step's verdict ('ok' or the rejection code). */
const EXPECTED: Record<string, Expected> = {
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

describe('protest sample scenarios', () => {
  sampleTests('protest', EXPECTED, { atLeast: 5 });
});
