import type { AnyMachineSnapshot } from 'xstate';
import { replay, stateValueString, type Step } from '../../../../models/procedures/core';
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

export function run(inp: InspectionInput, events: InspectionEvent[]): Step<InspectionEvent>[] {
  return replay(inspectionDefinition, inp, events);
}

export function last(steps: Step<InspectionEvent>[]): { snapshot: AnyMachineSnapshot; ctx: InspectionContext; state: string; step: Step<InspectionEvent> } {
  const step = steps.at(-1);
  if (!step) throw new Error('no steps');
  return { snapshot: step.snapshot, ctx: step.snapshot.context as InspectionContext, state: stateValueString(step.snapshot), step };
}

/** Appointed, handed, started and registered on the start date. */
export const STARTED: InspectionEvent[] = [APPOINT, { type: 'resolution.hand' }, { type: 'inspection.start' }, { type: 'inspection.register' }];
