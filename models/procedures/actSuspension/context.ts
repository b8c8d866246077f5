import type { ActSuspensionInput } from './schema';
import type { ProsecutorRole } from '../../org/roles';

export interface ActSuspensionContext {
  /** The simulated date; moves only with time events. */
  date: string;
  startDate: string;
  prosecutor: { role: ProsecutorRole; unitId?: string };
  linkedRun?: ActSuspensionInput['linkedRun'];
  suspendedOn: string | null;
  /** Working days of the suspension, as the resolution says. */
  days: number | null;
  /** The suspension's last day (inclusive); the day after, it lapses. */
  lastDay: string | null;
  liftedOn: string | null;
  lapsedOn: string | null;
  protestedOn: string | null;
}

export type ActSuspensionPhase = 'draft' | 'suspended' | 'lifted' | 'lapsed' | 'protested';

export function initialActSuspensionContext(input: ActSuspensionInput): ActSuspensionContext {
  return {
    date: input.startDate,
    startDate: input.startDate,
    prosecutor: { ...input.prosecutor },
    ...(input.linkedRun ? { linkedRun: { ...input.linkedRun } } : {}),
    suspendedOn: null,
    days: null,
    lastDay: null,
    liftedOn: null,
    lapsedOn: null,
    protestedOn: null,
  };
}
