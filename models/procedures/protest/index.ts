/** The protest procedure (CL art. 33): schemas, rules, machine and its ProcedureDefinition. */
export * from './schema';
export * from './types';
export * from './rules';
export { initialProtestContext, protestMachine, type ProtestMachine } from './machine';
export { explainProtest, protestDefinition, protestOffers, protestPhase } from './definition';
