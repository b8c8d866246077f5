/** The org model: document types and schema, the kind table, rules, queries and operations. */
export * from './types';
export * from './schema';
export * from './kinds';
export * from './rules';
export * from './queries';
export * from './operations';
export * from './consent';
