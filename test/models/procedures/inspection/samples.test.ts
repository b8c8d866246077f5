/** The inspection's samples in public/scenarios/, replayed through the one harness as `npm run scenario` does. */
import { describe, expect } from 'vitest';
import { sampleTests, type Expected } from '../../../helpers/replay';

/** The state each sample is written to end in, and a fact that shows why. */
const EXPECTED: Record<string, Expected> = {
  'inspection-routine.json': { state: 'decided', check: (c) => expect(c).toMatchObject({ decision: 'representation', overdue: { registration: false }, deadlines: { registration: '2025-03-07' }, registration: { registeredOn: '2025-03-07' } }) },
  'inspection-extended-suspended.json': { state: 'decided', check: (c) => expect(c).toMatchObject({ extension: { days: 30 }, suspension: { workingDaysSpent: 6 }, overdue: { completion: false } }) },
  'inspection-business-consent.json': { state: 'decided', check: (c) => expect(c).toMatchObject({ input: { ground: 'irreversibleHarm', subject: { kind: 'business' } }, consent: { status: 'granted', infoRequested: true, late: false } }) },
  'inspection-refused-entry.json': { state: 'decided', check: (c) => expect(c).toMatchObject({ access: { refusals: 3, clearanceShown: true } }) },
  'inspection-expired.json': { state: 'completed', check: (c) => expect(c).toMatchObject({ overdue: { completion: true, certificate: true }, deadlines: { completion: '2025-09-15' } }) },
  'inspection-urgent-detention.json': { state: 'decided', check: (c) => expect(c).toMatchObject({ decision: 'pretrialInvestigation', overdue: { registration: false } }) },
  'inspection-consent-refused.json': { state: 'consentRefused', check: (c) => expect(c).toMatchObject({ consent: { status: 'refused', late: true }, overdue: { consent: true } }) },
};

describe('inspection sample scenarios', () => {
  sampleTests('inspection', EXPECTED, { notes: 'whereGiven', atLeast: 6 });
});
