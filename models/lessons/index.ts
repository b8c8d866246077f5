/**
 * Lessons as data (design.md, "Lessons and questions"): the `prokuratura.lesson` format, the
 * manual's review questions, its concept schemes, and what a stop shows against a document.
 */
export * from './types';
export * from './schema';
export * from './questions';
export * from './schemes';
export * from './view';
export * from './run';
export * from './schemeLayout';
export * from './authoring';
