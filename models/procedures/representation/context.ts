import type { ProsecutorRole } from '../../org/roles';
import type { Addressee, ConsiderOutcome, RepresentationCourtOutcome, RepresentationInput } from './schema';

/** The term in force once the representation is brought: thirty calendar days, or the prosecutor's own. */
export interface TermInForce {
  days: number;
  unit: 'working' | 'calendar';
  /** True when the prosecutor set it (irreparable harm threatens). */
  custom: boolean;
}

/**
 * The representation machine's context. Dates are ISO `YYYY-MM-DD`; `null` means "has not happened".
 */
export interface RepresentationContext {
  /** The simulated date; moves only with time events. */
  date: string;
  startDate: string;
  prosecutor: { role: ProsecutorRole; unitId?: string };
  addressee: Addressee;
  irreversibleHarm: boolean;
  linkedRun?: RepresentationInput['linkedRun'];
  broughtOn: string | null;
  term: TermInForce | null;
  /** The last day to consider it (inclusive); past it unconsidered, the representation is left unconsidered. */
  deadline: string | null;
  hearingDate: string | null;
  /** The day the body told the prosecutor the time and place. */
  notifiedOn: string | null;
  outcome: ConsiderOutcome | null;
  consideredOn: string | null;
  /** The day the term was seen to have passed unconsidered. */
  lapsedOn: string | null;
  measuresReportedOn: string | null;
  courtFiledOn: string | null;
  courtOutcome: RepresentationCourtOutcome | null;
  closedOn: string | null;
}

/** One word per leaf state: what explain() and offers() switch on. */
export type RepresentationPhase =
  | 'draft'
  | 'awaitingHearing'
  | 'scheduled'
  | 'accepted'
  | 'partiallyAccepted'
  | 'rejected'
  | 'notConsidered'
  | 'inCourt'
  | 'closed';

/** The context a fresh run starts with. */
export function initialRepresentationContext(input: RepresentationInput): RepresentationContext {
  return {
    date: input.startDate,
    startDate: input.startDate,
    prosecutor: { ...input.prosecutor },
    addressee: input.addressee,
    irreversibleHarm: input.irreversibleHarm === true,
    ...(input.linkedRun ? { linkedRun: { ...input.linkedRun } } : {}),
    broughtOn: null,
    term: null,
    deadline: null,
    hearingDate: null,
    notifiedOn: null,
    outcome: null,
    consideredOn: null,
    lapsedOn: null,
    measuresReportedOn: null,
    courtFiledOn: null,
    courtOutcome: null,
    closedOn: null,
  };
}
