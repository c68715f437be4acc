import type { Area, ContentPack, Text } from './types.js';

/**
 * The default content pack, encoded from the article "Inomyalgia: Understanding the Hidden
 * Pain Behind the Term" (symptoms: "Common Symptoms of Inomyalgia"; tips: "Living with
 * Inomyalgia"; thresholds: "When to See a Doctor").
 *
 * "Inomyalgia" is the article's own term, not an established diagnosis: it stays out of
 * everything a reader or a clinician's system sees (the FHIR Questionnaire's `name` and
 * `title` are "MusclePainSelfCheck" and "Muscle pain self-check").
 *
 * Added content, each with its source in `sources`:
 * - the red-flag and medicine questions: Mayo Clinic, "Muscle pain: When to see a doctor";
 * - the chest note (`notes`): NHS, "Chest pain";
 * - the 19 pain areas, 5 regions and the generalised-pain definition: the Widespread Pain
 *   Index of the 2016 ACR fibromyalgia criteria (Wolfe et al. 2016). The criteria's authors
 *   say the self-report form is not for diagnosing an individual; we only count areas.
 */

/** English text; other languages are added by locale modules (`src/core/locales/`). */
const t = (en: string): Text => ({ en });

/** Symptom ids, in the article's order. */
export const SYMPTOM_IDS = [
  'widespread-pain',
  'fatigue',
  'stiffness',
  'sleep-problems',
  'brain-fog',
  'mood-changes',
] as const;
export type SymptomId = (typeof SYMPTOM_IDS)[number];

/** The 19 Widespread Pain Index areas (ACR 2016). Left and right are the person's own. */
export const AREA_IDS = [
  'jaw-left',
  'jaw-right',
  'shoulder-left',
  'shoulder-right',
  'upper-arm-left',
  'upper-arm-right',
  'lower-arm-left',
  'lower-arm-right',
  'hip-left',
  'hip-right',
  'upper-leg-left',
  'upper-leg-right',
  'lower-leg-left',
  'lower-leg-right',
  'neck',
  'upper-back',
  'lower-back',
  'chest',
  'abdomen',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

export const REGION_IDS = [
  'left-upper',
  'right-upper',
  'left-lower',
  'right-lower',
  'axial',
] as const;
export type RegionId = (typeof REGION_IDS)[number];

export const DURATION_IDS = [
  'under-1-month',
  '1-to-3-months',
  '3-to-6-months',
  '6-to-12-months',
  'over-12-months',
] as const;
export type DurationId = (typeof DURATION_IDS)[number];

/** Red-flag option ids (Mayo Clinic). */
export const RED_FLAG_IDS = [
  'breathing-dizziness',
  'extreme-weakness',
  'fever-stiff-neck',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

/** Well-known question ids of the default pack. */
export const QUESTION_IDS = {
  painAreas: 'pain-areas',
  duration: 'duration',
  sleepImpact: 'sleep-impact',
  dailyTasksImpact: 'daily-tasks-impact',
  redFlags: 'red-flags',
  medicationStart: 'medication-start',
} as const;

const side = { left: t('Left'), right: t('Right') };
const sided = (part: string, en: string, region: 'upper' | 'lower', view: Area['view']): Area[] =>
  (['left', 'right'] as const).map(s => ({
    id: `${part}-${s}`,
    label: t(`${side[s].en} ${en}`),
    region: `${s}-${region}`,
    view,
  }));

export const defaultPack: ContentPack = {
  id: 'inomyalgia',
  version: '1.0.0',
  url: 'https://myocheck.dev/fhir/Questionnaire/inomyalgia',
  codeSystem: 'https://myocheck.dev/fhir/CodeSystem/inomyalgia',
  title: t('Muscle pain self-check'),
  languages: ['en'],
  params: { thresholdMonths: 3 },
  questions: [
    {
      id: 'widespread-pain',
      section: 'symptoms',
      type: 'symptom',
      label: t('Widespread muscle pain'),
      description: t(
        'Deep, lasting muscle pain that may move from one area to another. It can be sharp, dull or throbbing. It is often worse in the morning or after activity.',
      ),
    },
    {
      id: 'fatigue',
      section: 'symptoms',
      type: 'symptom',
      label: t('Fatigue and low energy'),
      description: t('Feeling worn out in body, mind or mood, even after a full night’s sleep.'),
    },
    {
      id: 'stiffness',
      section: 'symptoms',
      type: 'symptom',
      label: t('Stiffness and tender points'),
      description: t(
        'Stiff or knotted muscles, mostly in the neck, shoulders and lower back. Some spots are very sore to touch.',
      ),
    },
    {
      id: 'sleep-problems',
      section: 'symptoms',
      type: 'symptom',
      label: t('Sleep disturbances'),
      description: t('Restless sleep, waking up often, or trouble falling asleep.'),
    },
    {
      id: 'brain-fog',
      section: 'symptoms',
      type: 'symptom',
      label: t('Brain fog'),
      description: t(
        'Trouble with memory or focus, or not thinking clearly. You may feel “foggy-headed”.',
      ),
    },
    {
      id: 'mood-changes',
      section: 'symptoms',
      type: 'symptom',
      label: t('Mood changes'),
      description: t('Anxiety, a short temper or low mood that can come with long-term pain.'),
    },
    {
      id: 'pain-areas',
      section: 'areas',
      type: 'areas',
      label: t('Where does it hurt?'),
      description: t('Choose every area where you have had pain.'),
      source: 'acr-2016',
    },
    {
      id: 'duration',
      section: 'duration',
      type: 'choice',
      label: t('How long have you had this pain?'),
      short: t('how long'),
      options: [
        { id: 'under-1-month', label: t('Less than 1 month'), value: 0, max: 1 },
        { id: '1-to-3-months', label: t('1 to 3 months'), value: 1, max: 3 },
        {
          id: '3-to-6-months',
          label: t('More than 3 months, up to 6'),
          value: 3,
          max: 6,
        },
        { id: '6-to-12-months', label: t('6 to 12 months'), value: 6, max: 12 },
        { id: 'over-12-months', label: t('More than 12 months'), value: 12 },
      ],
    },
    {
      id: 'sleep-impact',
      section: 'impact',
      type: 'boolean',
      label: t('Does the pain disrupt your sleep?'),
      short: t('sleep'),
    },
    {
      id: 'daily-tasks-impact',
      section: 'impact',
      type: 'boolean',
      label: t('Does it stop you from doing daily tasks?'),
      short: t('daily tasks'),
    },
    {
      id: 'red-flags',
      section: 'safety',
      type: 'multi-choice',
      label: t('Along with the muscle pain, do you have any of these?'),
      short: t('warning signs'),
      options: [
        {
          id: 'breathing-dizziness',
          label: t('Trouble breathing or dizziness'),
        },
        {
          id: 'extreme-weakness',
          label: t('Extreme muscle weakness'),
        },
        {
          id: 'fever-stiff-neck',
          label: t('A high fever and a stiff neck'),
        },
      ],
      source: 'mayo-muscle-pain',
    },
    {
      id: 'medication-start',
      section: 'safety',
      type: 'boolean',
      label: t(
        'Did the pain start after you began a medicine or took a higher dose of it? For example, a statin (a cholesterol medicine).',
      ),
      short: t('medicine'),
      source: 'mayo-muscle-pain',
    },
  ],
  regions: [
    { id: 'left-upper', label: t('Left upper body') },
    { id: 'right-upper', label: t('Right upper body') },
    { id: 'left-lower', label: t('Left lower body') },
    { id: 'right-lower', label: t('Right lower body') },
    { id: 'axial', label: t('Neck, back and trunk') },
  ],
  areas: [
    ...sided('jaw', 'jaw', 'upper', 'front'),
    ...sided('shoulder', 'shoulder', 'upper', 'both'),
    ...sided('upper-arm', 'upper arm', 'upper', 'both'),
    ...sided('lower-arm', 'lower arm', 'upper', 'both'),
    ...sided('hip', 'hip', 'lower', 'both'),
    ...sided('upper-leg', 'upper leg', 'lower', 'both'),
    ...sided('lower-leg', 'lower leg', 'lower', 'both'),
    { id: 'neck', label: t('Neck'), region: 'axial', view: 'both' },
    {
      id: 'upper-back',
      label: t('Upper back'),
      region: 'axial',
      view: 'back',
    },
    { id: 'lower-back', label: t('Lower back'), region: 'axial', view: 'back' },
    { id: 'chest', label: t('Chest'), region: 'axial', view: 'front' },
    { id: 'abdomen', label: t('Abdomen'), region: 'axial', view: 'front' },
  ],
  widespread: { minRegions: 4, excludeAreas: ['jaw-left', 'jaw-right', 'chest', 'abdomen'] },
  rules: [
    {
      id: 'self-care',
      level: 'self-care',
      when: {
        any: [
          { fact: 'symptomCount', atLeast: 1 },
          { fact: 'areaCount', atLeast: 1 },
        ],
      },
      message: t('symptoms or painful areas that self-care may help with'),
    },
    {
      id: 'duration',
      level: 'see-doctor',
      when: { question: 'duration', atLeast: { param: 'thresholdMonths' } },
      message: {
        en: { one: 'pain for more than # month', other: 'pain for more than # months' },
      },
    },
    {
      id: 'sleep',
      level: 'see-doctor',
      when: { question: 'sleep-impact', equals: true },
      message: t('pain that disrupts your sleep'),
    },
    {
      id: 'daily-tasks',
      level: 'see-doctor',
      when: { question: 'daily-tasks-impact', equals: true },
      message: t('pain that stops you from doing daily tasks'),
    },
    {
      id: 'medication',
      level: 'see-doctor',
      when: { question: 'medication-start', equals: true },
      message: t('pain that started after you began a medicine or a higher dose'),
      source: 'mayo-muscle-pain',
    },
    {
      id: 'red-flags',
      level: 'urgent',
      when: {
        question: 'red-flags',
        in: ['breathing-dizziness', 'extreme-weakness', 'fever-stiff-neck'],
      },
      message: t('a warning sign that needs medical care now'),
      emergencyMessage: t('a warning sign that needs medical care now: call {emergencyNumber}'),
      source: 'mayo-muscle-pain',
    },
  ],
  notes: [
    {
      id: 'chest',
      when: { question: 'pain-areas', in: ['chest'] },
      message: t(
        'Chest pain can have other causes. Get emergency help now if it is sudden and does not go away, spreads to your arm, neck, jaw or back, or comes with sweating, feeling sick or short of breath.',
      ),
      source: 'nhs-chest-pain',
    },
  ],
  levels: {
    'self-care': {
      title: t('Self-care may help'),
      body: {
        en: {
          one: 'See a doctor if your pain lasts more than # month, disrupts your sleep, or stops you from doing daily tasks.',
          other:
            'See a doctor if your pain lasts more than # months, disrupts your sleep, or stops you from doing daily tasks.',
        },
      },
    },
    'see-doctor': {
      title: t('Consider seeing a doctor'),
      body: t('Your answers include signs the article says are worth discussing with a doctor:'),
    },
    urgent: {
      title: t('Get medical care now'),
      body: t(
        'You reported a sign that needs prompt medical attention. Do not wait to finish this self-check.',
      ),
    },
  },
  selfCare: {
    title: t('Daily tips from the article'),
    tips: [
      t('Pace yourself: do not overdo it on good days. Rest is as important as activity.'),
      t('Stay hydrated: not drinking enough makes muscle cramps and tiredness worse.'),
      t('Use heat: warm baths or heating pads ease stiff muscles.'),
      t('Track symptoms: a daily diary of pain and activity helps you find what sets it off.'),
      t('Seek support: groups for people with long-term pain can help you feel less alone.'),
    ],
  },
  disclaimer: t('This self-check is just for information. It does not diagnose any condition.'),
  publisher: 'myocheck',
  updated: '2026-12-02',
  sources: [
    {
      id: 'article',
      title: 'Inomyalgia: Understanding the Hidden Pain Behind the Term',
      publisher: 'Source article',
      url: 'https://myocheck.dev/content/source-article',
      note: '“Inomyalgia” is the article’s term, not an established diagnosis.',
    },
    {
      id: 'nhs-chest-pain',
      title: 'Chest pain',
      publisher: 'NHS',
      url: 'https://www.nhs.uk/conditions/chest-pain/',
    },
    {
      id: 'mayo-muscle-pain',
      title: 'Muscle pain: When to see a doctor',
      publisher: 'Mayo Clinic',
      url: 'https://www.mayoclinic.org/symptoms/muscle-pain/basics/when-to-see-doctor/sym-20050866',
    },
    {
      id: 'acr-2016',
      title:
        'Wolfe F, et al. 2016 Revisions to the 2010/2011 fibromyalgia diagnostic criteria. Semin Arthritis Rheum. 2016;46(3):319-329. doi:10.1016/j.semarthrit.2016.08.012',
      publisher: 'American College of Rheumatology',
      url: 'https://doi.org/10.1016/j.semarthrit.2016.08.012',
    },
  ],
};
