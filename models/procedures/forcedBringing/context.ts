import type { ProsecutorRole } from '../../org/roles';
import type { ForcedBringingInput } from './schema';

export interface ForcedBringingContext {
  /** The simulated date; moves only with time events. */
  date: string;
  startDate: string;
  person: ForcedBringingInput['person'];
  orderedBy: { role: ProsecutorRole; unitId?: string };
  summonedOn: string | null;
  missedOn: string | null;
  /** Whether the person gave a good reason for not coming; null until the miss. */
  goodReason: boolean | null;
  orderedOn: string | null;
  representativeNotifiedOn: string | null;
  broughtOn: string | null;
  /** `HH:MM` of the bringing. */
  broughtAt: string | null;
  /** The day the miss was excused: no forced bringing. */
  refusedOn: string | null;
}

export type ForcedBringingPhase = 'draft' | 'summoned' | 'missed' | 'ordered' | 'brought' | 'refused';

export function initialForcedBringingContext(input: ForcedBringingInput): ForcedBringingContext {
  return {
    date: input.startDate,
    startDate: input.startDate,
    person: { ...input.person },
    orderedBy: { ...input.orderedBy },
    summonedOn: null,
    missedOn: null,
    goodReason: null,
    orderedOn: null,
    representativeNotifiedOn: null,
    broughtOn: null,
    broughtAt: null,
    refusedOn: null,
  };
}
