import { describe } from 'vitest';
import { sampleTests } from '../../../helpers/replay';

describe('appeal sample scenarios', () => {
  sampleTests('appeal', {
    'appeal-answered-nauryz.json': { verdicts: ['ok', 'notAnonymous', 'ok', 'ok'], state: 'answered', date: '2025-04-10' },
    'appeal-extended.json': { verdicts: ['ok', 'ok', 'extensionTooLong', 'ok', 'alreadyExtended', 'ok', 'ok', 'ok', 'ok'], state: 'answered', date: '2025-06-30' },
    'appeal-inspection-late.json': { verdicts: ['ok', 'ok', 'inspectionNotFinished', 'ok', 'ok', 'ok', 'ok'], state: 'answered', date: '2025-10-31' },
    'appeal-anonymous.json': { verdicts: ['ok', 'anonymousNotConsidered', 'notRepeated', 'ok'], state: 'dismissed', date: '2025-11-03' },
  });
});
