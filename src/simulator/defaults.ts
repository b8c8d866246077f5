import type { ProcedureId } from '../../models/procedures/core/types';

/** A first input for each procedure, valid where it can be without a click on the diagram. */
export const DEFAULT_INPUTS: Partial<Record<ProcedureId, unknown>> = {
  inspection: {
    startDate: '2025-03-03',
    initiator: { role: 'districtProsecutor' },
    basis: 'decision',
    ground: 'minors',
    subject: { kind: 'stateBody' },
    area: 'general',
  },
  protest: {
    startDate: '2025-03-03',
    prosecutor: { role: 'districtProsecutor' },
    act: { issuer: 'localExecutive', type: 'individual' },
    addressee: 'issuer',
  },
  councilVote: { startDate: '2025-03-03' },
};

/** Where a procedure's input names its prosecutor's unit. */
export const UNIT_PATH: Partial<Record<ProcedureId, { role: string[]; unit: string[] }>> = {
  inspection: { role: ['initiator', 'role'], unit: ['initiator', 'unitId'] },
  protest: { role: ['prosecutor', 'role'], unit: ['prosecutor', 'unitId'] },
};
