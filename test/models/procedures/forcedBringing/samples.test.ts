import { describe } from 'vitest';
import { sampleTests } from '../../../helpers/replay';

describe('forcedBringing sample scenarios', () => {
  sampleTests('forcedBringing', {
    'forced-bringing-night-refused.json': { verdicts: ['noUnexcusedMiss', 'ok', 'ok', 'ok', 'ok', 'nightTime', 'nightTime', 'ok'], state: 'brought', date: '2025-06-04' },
    'forced-bringing-minor.json': { verdicts: ['ok', 'ok', 'ok', 'representativeNotNotified', 'ok', 'ok'], state: 'brought', date: '2025-09-08' },
    'forced-bringing-excluded.json': { verdicts: ['ok', 'ok', 'personPregnant'], state: 'missed', date: '2025-10-06' },
    'forced-bringing-good-reason.json': { verdicts: ['ok', 'notMinor', 'ok'], state: 'refused', date: '2025-11-03' },
  });
});
