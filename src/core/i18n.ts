import { formatMessage, pickLang } from './text.js';
import type { PluralText } from './types.js';

/**
 * Interface text (buttons, counts, hints), English first with Spanish beside it. Health
 * wording lives in the content pack, not here. Missing languages fall back to English.
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
  requiredAreas: 'Please choose at least one area.',
  bodyMapHeading: 'Where does it hurt?',
  bodyMapHint: 'Choose every area where you have had pain.',
  front: 'Front',
  back: 'Back',
  frontNote: 'Front view: your left side is on the right of the picture.',
  backNote: 'Back view: your left side is on the left of the picture.',
  yourLeft: 'Your left',
  yourRight: 'Your right',
  showList: 'Show as a list',
  showMap: 'Show the body map',
  clearAreas: 'Clear all areas',
  areasCount: { one: '# of {total} areas', other: '# of {total} areas' } as PluralText | string,
  areasSelectedNone: 'No areas chosen',
  manyAreas: 'Pain in many areas',
  bannerHeading: 'Your next step',
  ctaDefault: 'Find a doctor',
  emergencyCall: 'Emergency number: {number}',
  sources: 'Sources',
  selfCareTips: 'Tips that may help',
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

export type UiKey = keyof typeof en;
export type UiTable = Record<UiKey, string | PluralText>;

/** The interface-text tables, by language. */
export const uiStrings: Record<string, UiTable> = { en };

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
  const value = uiStrings[code]?.[key] ?? en[key];
  return formatMessage({ en: value, [code]: value } as never, code, vars, count);
}
