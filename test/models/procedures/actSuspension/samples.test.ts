import { describe } from 'vitest';
import { sampleTests } from '../sampleHarness';

describe('actSuspension sample scenarios', () => {
  sampleTests('actSuspension', {
    'actSuspension-lifted.json': { verdicts: ['notSuspended', 'suspensionTooLong', 'ok', 'ok', 'ok'], state: 'lifted', date: '2025-06-03' },
    'actSuspension-lapsed-nauryz.json': { verdicts: ['ok', 'ok', 'alreadySuspended', 'ok'], state: 'lapsed', date: '2025-03-29' },
    'actSuspension-protested.json': { verdicts: ['notSuspended', 'ok', 'ok', 'ok'], state: 'protested', date: '2025-09-16' },
  });
});
