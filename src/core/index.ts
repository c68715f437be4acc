/**
 * myocheck/core: the content pack, validation and the rules engine. No DOM, no Lit.
 * @module
 */
export * from './types.js';
export * from './default-pack.js';
export {
  assess,
  compareLevels,
  computeFacts,
  evaluate,
  isPresent,
  normalizeAnswers,
} from './engine.js';
export { validatePack, isValidPack, type PackProblem } from './validate.js';
export { localize, formatMessage, formatList, pickLang } from './text.js';
export { ui, uiStrings, UI_LANGUAGES, type UiKey, type UiTable } from './i18n.js';
export { warnOnce, warnAttribute, resetWarnings } from './warn.js';
export * from './fhir.js';
