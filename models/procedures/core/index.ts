/** The shared simulation core: replay, time, scenario files and share links. See types.ts for the contract. */
export * from './types';
export * from './time';
export * from './replay';
export * from './scenario';
export * from './share';
export * from './explain';
export * from './input';
export * from './themes';
export * from './machine';
