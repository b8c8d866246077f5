import { replay, stateValueString } from '../../../../models/procedures/core/replay';
import { representationDefinition, type RepresentationContext, type RepresentationEvent, type RepresentationInput } from '../../../../models/procedures/representation';

/** A district prosecutor's representation to an akimat, brought on Monday 3 March 2025. */
export function representationInput(overrides: Partial<RepresentationInput> = {}): RepresentationInput {
  return { startDate: '2025-03-03', prosecutor: { role: 'districtProsecutor' }, addressee: 'localExecutive', ...overrides };
}

/** Replays through the shared core; the verdicts as 'ok' or the code, and the last state and context. */
export function run(input: RepresentationInput, events: RepresentationEvent[]) {
  const steps = replay(representationDefinition, input, events);
  const last = steps.at(-1);
  if (!last) throw new Error('no events');
  return {
    verdicts: steps.map((s) => (s.verdict.ok ? 'ok' : s.verdict.code)),
    verdict: last.verdict,
    state: stateValueString(last.snapshot),
    context: last.snapshot.context as RepresentationContext,
  };
}
