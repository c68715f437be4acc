/**
 * myocheck/core: the content pack, validation and the rules engine. No DOM, no Lit.
 * @module
 */
// Spanish for the interface and the default pack (a side effect: it extends both tables).
import './locales/es.js';
// English text of the elements that ship it with their own modules (complete `uiStrings.en`).
import './locales/en-body-map.js';
import './locales/en-referral-banner.js';

export * from './types.js';
export * from './default-pack.js';
export {
  assess,
  compareLevels,
  computeFacts,
  evaluate,
  isPresent,
  normalizeAnswers,
  referralReasons,
} from './engine.js';
export { validatePack, isValidPack, type PackProblem } from './validate.js';
export { localize, formatMessage, formatList, pickLang } from './text.js';
export { ui, uiStrings, registerUiStrings, type UiKey, type UiTable } from './i18n.js';
export { addPackLanguage, type PackTranslation } from './locale.js';
export { warnOnce, warnAttribute, resetWarnings } from './warn.js';
export * from './fhir.js';
export {
  summary,
  summaryText,
  summaryToText,
  type Summary,
  type SummaryItem,
  type SummaryOptions,
  type SummarySection,
} from './summary.js';
