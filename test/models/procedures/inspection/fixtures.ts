import { play, type Played } from '../../../helpers/replay';
import { inspectionDefinition, type InspectionContext, type InspectionEvent, type InspectionInput } from '../../../../models/procedures/inspection';

/** A routine inspection: a district prosecutor's decision to protect minors at an organisation. */
export function input(overrides: Partial<InspectionInput> = {}): InspectionInput {
  return {
    startDate: '2025-03-03',
    initiator: { role: 'districtProsecutor' },
    basis: 'decision',
    ground: 'minors',
    subject: { kind: 'organisation' },
    area: 'general',
    ...overrides,
  };
}

export const APPOINT: InspectionEvent = { type: 'inspection.appoint', inspectors: ['Inspector A'] };
export const to = (date: string): InspectionEvent => ({ type: 'time.advanceTo', date });

/** The shared harness on the inspection, its context typed. */
export function inspect(inp: InspectionInput, events: InspectionEvent[]): Played<InspectionEvent, InspectionContext> {
  return play<InspectionEvent, InspectionContext>(inspectionDefinition, inp, events);
}

/** Appointed, handed, started and registered on the start date. */
export const STARTED: InspectionEvent[] = [APPOINT, { type: 'resolution.hand' }, { type: 'inspection.start' }, { type: 'inspection.register' }];
