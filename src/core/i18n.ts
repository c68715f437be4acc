import { formatMessage, pickLang } from './text.js';
import type { PluralText } from './types.js';
import type { bodyMapUi } from './locales/en-body-map.js';
import type { referralBannerUi } from './locales/en-referral-banner.js';

/**
 * Interface text (buttons, counts, hints) in English. Health wording lives in the content
 * pack, not here. Missing languages fall back to English. Text used by one element only
 * lives in `./locales/en-<element>.ts`, registered by that element's module (and by the core
 * entry), so a page loading one element does not download the others' words.
 */
const en = {
  yes: 'Yes',
  no: 'No',
  severityNone: 'None',
  severityMild: 'Mild',
  severityModerate: 'Moderate',
  severitySevere: 'Severe',
  sectionSymptoms: 'Which of these have you noticed?',
  sectionSymptomsHint: 'Tick any that apply. You can skip any question.',
  sectionSymptomsSeverityHint: 'Choose how strong each one is. You can skip any question.',
  sectionDuration: 'How long',
  sectionImpact: 'How it affects you',
  sectionSafety: 'Other signs',
  checklistHeading: 'Your symptoms',
  skipHint: 'You can skip any question.',
  clearAnswers: 'Clear my answers',
  clearChoice: 'Clear this answer',
  storedSession: 'Your answers are kept in this browser tab until you close it.',
  storedLocal: 'Your answers are saved on this device until you clear them.',
  requiredChecklist: 'Please answer at least one question.',
  front: 'Front',
  back: 'Back',
  areasCount: { one: '# of {total} areas', other: '# of {total} areas' } as PluralText | string,
  areasSelectedNone: 'No areas chosen',
  manyAreas: 'Pain in many areas',
  stepOf: 'Step {current} of {total}',
  next: 'Next',
  previous: 'Back',
  seeResult: 'See my result',
  startAgain: 'Start again',
  stepSymptoms: 'Symptoms',
  stepAreas: 'Where it hurts',
  stepImpact: 'How long and how it affects you',
  stepResult: 'Your result',
  summaryHeading: 'Summary for your doctor',
  summaryDate: 'Date',
  summarySymptoms: 'Symptoms',
  summaryAreas: 'Painful areas',
  summaryDuration: 'How long',
  summaryImpact: 'Impact',
  summarySafety: 'Other signs',
  notAnswered: 'Not answered',
  noneReported: 'None reported',
  print: 'Print',
  copyText: 'Copy as text',
  copied: 'Copied to the clipboard',
  copyFailed: 'Could not copy. Select the text and copy it instead.',
  downloadJson: 'Download JSON',
  downloadFhir: 'Download FHIR',
  selfCheckHeading: 'Muscle pain self-check',
  progressLabel: 'Progress',
  summaryResult: 'Result',
  summaryText: 'Summary as text',
};

/** The severity labels, for the values 0 (none) to 3 (severe). */
export const SEVERITY_KEYS = [
  'severityNone',
  'severityMild',
  'severityModerate',
  'severitySevere',
] as const;

export type UiKey = keyof typeof en | keyof typeof bodyMapUi | keyof typeof referralBannerUi;
export type UiTable = Record<UiKey, string | PluralText>;

/** The interface-text tables, by language. */
export const uiStrings: Record<string, UiTable> = { en: en as UiTable };

/**
 * Adds an element's English text without replacing any key already registered (a publisher's
 * own wording registered earlier wins).
 * @internal
 */
export function addEnglishDefaults(table: Partial<UiTable>): void {
  uiStrings.en = { ...table, ...uiStrings.en } as UiTable;
}

/**
 * Adds (or extends) the interface text of a language. Missing keys fall back to English.
 * Spanish is registered by `myocheck/core/locales/es.js`, which the main entry imports.
 */
export function registerUiStrings(lang: string, table: Partial<UiTable>): void {
  uiStrings[lang] = { ...en, ...uiStrings[lang], ...table } as UiTable;
}

/** Interface text for `key` in `lang` (English fallback), with `{name}` and plural `#` filled. */
export function ui(
  key: UiKey,
  lang: string | undefined,
  vars: Record<string, string | number> = {},
  count?: number,
): string {
  const code = pickLang(uiStrings, lang);
  const value = uiStrings[code]?.[key] ?? uiStrings.en[key];
  return formatMessage({ en: value, [code]: value } as never, code, vars, count);
}
