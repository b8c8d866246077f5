import { describe } from 'vitest';
import { sampleTests } from '../../../helpers/replay';

describe('actSuspension sample scenarios', () => {
  sampleTests('actSuspension', {
    'act-suspension-lifted.json': { verdicts: ['notSuspended', 'suspensionTooLong', 'ok', 'ok', 'ok'], state: 'lifted', date: '2025-06-03' },
    'act-suspension-lapsed-nauryz.json': { verdicts: ['ok', 'ok', 'alreadySuspended', 'ok'], state: 'lapsed', date: '2025-03-29' },
    'act-suspension-protested.json': { verdicts: ['notSuspended', 'ok', 'ok', 'ok'], state: 'protested', date: '2025-09-16' },
  });
});
