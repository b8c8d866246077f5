import { describe } from 'vitest';
import { sampleTests } from '../../../helpers/replay';

describe('complaint sample scenarios', () => {
  sampleTests('complaint', {
    'complaint-upheld.json': { verdicts: ['termNotMissed', 'ok', 'ok', 'ok', 'claimAfterUpheld'], state: 'decided.upheld', date: '2025-03-20' },
    'complaint-restored-term.json': { verdicts: ['filingTermMissed', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'], state: 'closed', date: '2025-03-28' },
    'complaint-not-decided.json': { verdicts: ['ok', 'claimBeforeDecision', 'ok', 'decisionTermPassed', 'ok', 'ok'], state: 'closed', date: '2025-04-18' },
  });
});
