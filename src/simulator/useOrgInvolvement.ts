import { useMemo } from 'react';
import { higherProsecutors, unitOfRole, type ProsecutorRole } from '../../models/org/roles';
import type { OrgDocument, UnitId } from '../../models/org/types';
import type { ProcedureDefinition, Run } from '../../models/procedures/core/types';
import { actingProsecutorOf } from './model';

type AnyDef = ProcedureDefinition<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Involvement {
  /** The acting prosecutor's unit (the inspection's initiator, the protest's author). */
  author: UnitId | undefined;
  /** Prosecution offices above the author, where the procedure lets one of them act (a protest's withdrawal, CL art. 43.3). */
  higher: UnitId[];
  highlight: ReadonlySet<UnitId>;
}

/** The units a run involves, for the org diagram, read through the definition. */
export function useOrgInvolvement(doc: OrgDocument, def: AnyDef, run: Run): Involvement {
  return useMemo(() => {
    const who = actingProsecutorOf(def, run.input);
    const author = who ? unitOfRole(doc, who.role as ProsecutorRole, who.unitId) : undefined;
    const higher = def.superiorEvent && author ? higherProsecutors(doc, author) : [];
    const input = run.input as { body?: { permanentMembers?: string[]; invited?: string[] } };
    const members = [...(input.body?.permanentMembers ?? []), ...(input.body?.invited ?? [])].filter((id) => doc.units[id]);
    const highlight = new Set<UnitId>([...(author ? [author] : []), ...higher, ...members]);
    return { author, higher, highlight };
  }, [doc, def, run]);
}
