import { addMonthsMovedOff } from '../core/time';
import type { ComplaintCourtOutcome, ComplaintInput, DecideOutcome } from './schema';

/** Three months to file, from the day the person learned of the act (CL art. 25). */
export const FILING_MONTHS = 3;

export interface ComplaintContext {
  /** The simulated date; moves only with time events. */
  date: string;
  startDate: string;
  learnedOn: string;
  prosecutor?: ComplaintInput['prosecutor'];
  /** The last day to file: three months after `learnedOn`, moved off a day off. */
  fileBy: string;
  restoration: { reason: string; on: string } | null;
  filedOn: string | null;
  /** Twenty working days from filing. */
  decideBy: string | null;
  outcome: DecideOutcome | null;
  decidedOn: string | null;
  /** The day the twenty working days were seen to have passed undecided. */
  lapsedOn: string | null;
  courtFiledOn: string | null;
  courtOutcome: ComplaintCourtOutcome | null;
  closedOn: string | null;
}

export type ComplaintPhase = 'draft' | 'filed' | 'upheld' | 'partiallyUpheld' | 'rejected' | 'notDecided' | 'inCourt' | 'closed';

export function initialComplaintContext(input: ComplaintInput): ComplaintContext {
  return {
    date: input.startDate,
    startDate: input.startDate,
    learnedOn: input.learnedOn,
    ...(input.prosecutor ? { prosecutor: { ...input.prosecutor } } : {}),
    fileBy: addMonthsMovedOff(input.learnedOn, FILING_MONTHS),
    restoration: null,
    filedOn: null,
    decideBy: null,
    outcome: null,
    decidedOn: null,
    lapsedOn: null,
    courtFiledOn: null,
    courtOutcome: null,
    closedOn: null,
  };
}
