import type { ProsecutorRole } from '../../org/roles';
import type {
  AffectedGroup,
  ActIssuer,
  ActType,
  CourtOutcome,
  ProtestInput,
  ProtestOutcome,
} from './schema';

/** The term in force once the protest is brought: the default ten calendar days or the prosecutor's own. */
export interface ProtestTermInForce {
  days: number;
  unit: 'working' | 'calendar';
  /** True when the prosecutor set it (CL art. 33.3, "another term"). */
  custom: boolean;
}

/**
 * The protest machine's context. Dates are ISO `YYYY-MM-DD`; `null` means "has not happened".
 * Every fact a history view needs is kept here, with the day it happened.
 */
export interface ProtestContext {
  /** The simulated date; moves only with time events. */
  date: string;
  startDate: string;
  prosecutor: { role: ProsecutorRole; unitId?: string };
  act: { issuer: ActIssuer; type: ActType; auditResult?: boolean; affects?: AffectedGroup[] };
  addressee: 'issuer' | 'superior';
  linkedRun?: ProtestInput['linkedRun'];
  broughtOn: string | null;
  term: ProtestTermInForce | null;
  /**
   * The last day on which the protest may be considered (inclusive). Once `date` is past it with no
   * consideration, the protest is left unconsidered.
   */
  deadline: string | null;
  suspended: boolean;
  suspendedBy: ProsecutorRole | null;
  suspendedOn: string | null;
  hearingDate: string | null;
  /** The day the body told the prosecutor the time and place. */
  notifiedOn: string | null;
  outcome: ProtestOutcome | null;
  consideredOn: string | null;
  withdrawnBy: 'author' | 'superior' | null;
  withdrawnOn: string | null;
  /** The day the deadline passed unconsidered was noticed (the day after the deadline or later). */
  lapsedOn: string | null;
  courtFiledOn: string | null;
  courtOutcome: CourtOutcome | null;
  closedOn: string | null;
}

/**
 * Where a run stands, one word per leaf state: what explain() and offers() switch on.
 * `pending` splits into `awaitingHearing` and `scheduled`, `considered` into its outcomes.
 */
export type ProtestPhase =
  | 'draft'
  | 'awaitingHearing'
  | 'scheduled'
  | 'withdrawn'
  | 'satisfied'
  | 'partiallySatisfied'
  | 'rejected'
  | 'notConsidered'
  | 'inCourt'
  | 'closed';

/** The context a fresh run starts with. */
export function initialProtestContext(input: ProtestInput): ProtestContext {
  return {
    date: input.startDate,
    startDate: input.startDate,
    prosecutor: { ...input.prosecutor },
    act: input.act.affects ? { ...input.act, affects: [...input.act.affects] } : { ...input.act },
    addressee: input.addressee,
    ...(input.linkedRun ? { linkedRun: { ...input.linkedRun } } : {}),
    broughtOn: null,
    term: null,
    deadline: null,
    suspended: false,
    suspendedBy: null,
    suspendedOn: null,
    hearingDate: null,
    notifiedOn: null,
    outcome: null,
    consideredOn: null,
    withdrawnBy: null,
    withdrawnOn: null,
    lapsedOn: null,
    courtFiledOn: null,
    courtOutcome: null,
    closedOn: null,
  };
}
