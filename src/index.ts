/**
 * myocheck: registers every element and re-exports the public API (classes and the core).
 * @module
 */
export * from './core/index.js';
