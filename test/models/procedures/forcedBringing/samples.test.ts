import { describe } from 'vitest';
import { sampleTests } from '../sampleHarness';

describe('forcedBringing sample scenarios', () => {
  sampleTests('forcedBringing', {
    'forcedBringing-night-refused.json': { verdicts: ['noUnexcusedMiss', 'ok', 'ok', 'ok', 'ok', 'nightTime', 'nightTime', 'ok'], state: 'brought', date: '2025-06-04' },
    'forcedBringing-minor.json': { verdicts: ['ok', 'ok', 'ok', 'representativeNotNotified', 'ok', 'ok'], state: 'brought', date: '2025-09-08' },
    'forcedBringing-excluded.json': { verdicts: ['ok', 'ok', 'personPregnant'], state: 'missed', date: '2025-10-06' },
    'forcedBringing-good-reason.json': { verdicts: ['ok', 'notMinor', 'ok'], state: 'refused', date: '2025-11-03' },
  });
});
