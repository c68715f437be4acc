/**
 * Adds Spanish to the elements (`import 'myocheck/locales/es.js'`). The main entry and the
 * one-file bundle already include it.
 * @module
 */
export * from '../core/locales/es.js';
