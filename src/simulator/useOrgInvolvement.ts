import { useMemo } from 'react';
import type { OrgDocument, UnitId } from '../../models/org/types';
import type { InitiatorRole } from '../../models/procedures/inspection/schema';
import type { Run } from '../../models/procedures/core/types';
import { higherProsecutors, unitOfRole } from './model';

interface Involvement {
  /** The prosecutor's unit (the inspection's initiator, the protest's author). */
  author: UnitId | undefined;
  /** Prosecution offices above the author: who may withdraw a protest (CL art. 43.3). */
  higher: UnitId[];
  highlight: ReadonlySet<UnitId>;
}

/** The units a run involves, for the org diagram. */
export function useOrgInvolvement(doc: OrgDocument, run: Run): Involvement {
  return useMemo(() => {
    const input = run.input as { initiator?: { role: InitiatorRole; unitId?: string }; prosecutor?: { role: InitiatorRole; unitId?: string }; body?: { permanentMembers?: string[]; invited?: string[] } };
    const who = input.initiator ?? input.prosecutor;
    const author = who ? unitOfRole(doc, who.role, who.unitId) : undefined;
    const higher = run.procedure === 'protest' && author ? higherProsecutors(doc, author) : [];
    const members = [...(input.body?.permanentMembers ?? []), ...(input.body?.invited ?? [])].filter((id) => doc.units[id]);
    const highlight = new Set<UnitId>([...(author ? [author] : []), ...higher, ...members]);
    return { author, higher, highlight };
  }, [doc, run]);
}
