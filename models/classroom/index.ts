/** The live classroom's shared state, messages, roles and results (design.md, "The live classroom"). */
export * from './schema';
export * from './decide';
export * from './throttle';
export * from './code';
export * from './results';
export { readRoom, applyOps } from './yroom';
export * from './samples';
