/**
 * myocheck/core: the content pack, validation and the rules engine. No DOM, no Lit.
 * @module
 */
import { addSpanish } from './locales/es.js';

// Spanish for the interface and the default pack: called, not a bare import, so a bundler
// that drops modules without side effects keeps it.
addSpanish();

export * from './types.js';
export * from './default-pack.js';
export {
  assess,
  compareLevels,
  computeFacts,
  evaluate,
  isPresent,
  normalizeAnswers,
  referralQuestions,
  referralReasons,
  thresholdChoices,
} from './engine.js';
export { unansweredText } from './unanswered.js';
export { validatePack, isValidPack, type PackProblem } from './validate.js';
export { localize, formatMessage, formatList, pickLang } from './text.js';
export { ui, uiStrings, registerUiStrings, type UiKey, type UiTable } from './i18n.js';
export { addPackLanguage, type PackTranslation } from './locale.js';
export { registerLanguageLoader } from './languages.js';
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
