import type { PluralText } from '../types.js';

/**
 * English (`en`): the interface text (buttons, counts, hints) of every element. Health
 * wording lives in the content pack (`default-pack.ts` holds its English), not here. Every
 * other language's table has the same keys; a missing key falls back to English.
 */
export const enUi = {
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
  noneOfThese: 'None of these',
  checklistHeading: 'Your symptoms',
  skipHint: 'You can skip any question.',
  clearAnswers: 'Clear my answers',
  clearChoice: 'Clear this answer',
  /** the referral questions not answered yet: `{list}` is their short names, as a list */
  unanswered: 'You have not answered: {list}.',
  storedSession: 'Your answers are kept in this browser tab until you close it.',
  storedLocal: 'Your answers are saved on this device until you clear them.',
  requiredChecklist: 'Please answer at least one question.',
  front: 'Front',
  back: 'Back',
  areasCount: { one: '# of {total} areas', other: '# of {total} areas' } as PluralText | string,
  stepOf: 'Step {current} of {total}',
  next: 'Next',
  previous: 'Back',
  seeResult: 'See my result',
  startAgain: 'Start again',
  stepSafety: 'Warning signs',
  stepSymptoms: 'Symptoms',
  stepAreas: 'Where it hurts',
  stepImpact: 'How long and how it affects you',
  stepResult: 'Your result',
  selfCheckHeading: 'Muscle pain self-check',
  progressLabel: 'Progress',
  // <myo-body-map>
  // <myo-referral-banner>
  sources: 'Sources',
};
