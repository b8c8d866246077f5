import { describe } from 'vitest';
import { sampleTests } from '../../../helpers/replay';

describe('representation sample scenarios', () => {
  sampleTests('representation', {
    'representation-accepted.json': { verdicts: ['ok', 'hearingNoticeTooShort', 'ok', 'ok', 'ok', 'ok'], state: 'closed', date: '2025-06-10' },
    'representation-ignored-court.json': { verdicts: ['ok', 'claimBeforeDecision', 'ok', 'deadlinePassed', 'ok', 'ok'], state: 'closed', date: '2025-10-02' },
    'representation-harm-term.json': { verdicts: ['ok', 'hearingAfterDeadline', 'ok', 'ok', 'ok', 'ok', 'ok'], state: 'closed', date: '2025-03-20' },
    'representation-from-inspection.json': { verdicts: ['ok', 'ok', 'ok', 'ok', 'claimAfterAcceptance', 'ok'], state: 'closed', date: '2025-04-21' },
  });
});
