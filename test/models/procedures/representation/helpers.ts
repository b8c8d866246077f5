import { representationDefinition, type RepresentationContext, type RepresentationEvent, type RepresentationInput } from '../../../../models/procedures/representation';
import { player } from '../../../helpers/replay';

/** A district prosecutor's representation to an akimat, brought on Monday 3 March 2025. */
export function representationInput(overrides: Partial<RepresentationInput> = {}): RepresentationInput {
  return { startDate: '2025-03-03', prosecutor: { role: 'districtProsecutor' }, addressee: 'localExecutive', ...overrides };
}

/** The one harness (test/helpers/replay.ts) on the representation, its input, events and context typed. */
export const run = player<RepresentationInput, RepresentationEvent, RepresentationContext>(representationDefinition);
