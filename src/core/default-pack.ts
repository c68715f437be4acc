import type { Area, ContentPack, Text } from './types.js';

/**
 * The default content pack, encoded from the article "Inomyalgia: Understanding the Hidden
 * Pain Behind the Term" (symptoms: "Common Symptoms of Inomyalgia"; tips: "Living with
 * Inomyalgia"; thresholds: "When to See a Doctor").
 *
 * Added content, each with its source in `sources`:
 * - the red-flag and medicine questions: Mayo Clinic, "Muscle pain: When to see a doctor";
 * - the 19 pain areas, 5 regions and the generalised-pain definition: the Widespread Pain
 *   Index of the 2016 ACR fibromyalgia criteria (Wolfe et al. 2016). The criteria's authors
 *   say the self-report form is not for diagnosing an individual; we only count areas.
 */

const t = (en: string, es: string): Text => ({ en, es });

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

const side = { left: t('Left', 'Izquierdo'), right: t('Right', 'Derecho') };
const sided = (
  part: string,
  en: string,
  esBase: string,
  esFem: boolean,
  region: 'upper' | 'lower',
  view: Area['view'],
): Area[] =>
  (['left', 'right'] as const).map(s => ({
    id: `${part}-${s}`,
    label: t(
      `${side[s].en} ${en}`,
      `${esBase} ${s === 'left' ? (esFem ? 'izquierda' : 'izquierdo') : esFem ? 'derecha' : 'derecho'}`,
    ),
    region: `${s}-${region}`,
    view,
  }));

export const defaultPack: ContentPack = {
  id: 'inomyalgia',
  version: '1.0.0',
  url: 'https://myocheck.dev/fhir/Questionnaire/inomyalgia',
  codeSystem: 'https://myocheck.dev/fhir/CodeSystem/inomyalgia',
  title: t('Muscle pain self-check', 'Autoevaluación del dolor muscular'),
  languages: ['en', 'es'],
  params: { thresholdMonths: 3 },
  questions: [
    {
      id: 'widespread-pain',
      section: 'symptoms',
      type: 'symptom',
      label: t('Widespread muscle pain', 'Dolor muscular generalizado'),
      description: t(
        'Deep, persistent muscle pain that may shift from one area to another; sharp, dull or throbbing, often worse in the morning or after activity.',
        'Dolor muscular profundo y persistente que puede pasar de una zona a otra; agudo, sordo o punzante, a menudo peor por la mañana o después de la actividad.',
      ),
    },
    {
      id: 'fatigue',
      section: 'symptoms',
      type: 'symptom',
      label: t('Fatigue and low energy', 'Cansancio y poca energía'),
      description: t(
        'Feeling drained even after a full night’s sleep, physically, mentally or emotionally.',
        'Sentirse agotado incluso después de dormir toda la noche, física, mental o emocionalmente.',
      ),
    },
    {
      id: 'stiffness',
      section: 'symptoms',
      type: 'symptom',
      label: t('Stiffness and tender points', 'Rigidez y puntos sensibles'),
      description: t(
        'Stiff or knotted muscles, especially in the neck, shoulders and lower back; spots that are very sensitive to touch.',
        'Músculos rígidos o con nudos, sobre todo en el cuello, los hombros y la zona lumbar; puntos muy sensibles al tacto.',
      ),
    },
    {
      id: 'sleep-problems',
      section: 'symptoms',
      type: 'symptom',
      label: t('Sleep disturbances', 'Problemas de sueño'),
      description: t(
        'Restless sleep, waking often, or difficulty falling asleep.',
        'Sueño inquieto, despertares frecuentes o dificultad para conciliar el sueño.',
      ),
    },
    {
      id: 'brain-fog',
      section: 'symptoms',
      type: 'symptom',
      label: t('Brain fog', 'Niebla mental'),
      description: t(
        'Trouble with memory, focus or mental clarity; feeling “foggy-headed”.',
        'Problemas de memoria, concentración o claridad mental; sensación de “cabeza nublada”.',
      ),
    },
    {
      id: 'mood-changes',
      section: 'symptoms',
      type: 'symptom',
      label: t('Mood changes', 'Cambios de humor'),
      description: t(
        'Anxiety, irritability or low mood that can come with living with long-term pain.',
        'Ansiedad, irritabilidad o ánimo bajo que pueden aparecer al vivir con dolor prolongado.',
      ),
    },
    {
      id: 'pain-areas',
      section: 'areas',
      type: 'areas',
      label: t('Where does it hurt?', '¿Dónde le duele?'),
      description: t(
        'Choose every area where you have had pain.',
        'Elija todas las zonas donde ha tenido dolor.',
      ),
      source: 'acr-2016',
    },
    {
      id: 'duration',
      section: 'duration',
      type: 'choice',
      label: t('How long have you had this pain?', '¿Cuánto tiempo hace que tiene este dolor?'),
      options: [
        { id: 'under-1-month', label: t('Less than 1 month', 'Menos de 1 mes'), value: 0, max: 1 },
        { id: '1-to-3-months', label: t('1 to 3 months', 'De 1 a 3 meses'), value: 1, max: 3 },
        {
          id: '3-to-6-months',
          label: t('More than 3 months, up to 6', 'Más de 3 meses, hasta 6'),
          value: 3,
          max: 6,
        },
        { id: '6-to-12-months', label: t('6 to 12 months', 'De 6 a 12 meses'), value: 6, max: 12 },
        { id: 'over-12-months', label: t('More than 12 months', 'Más de 12 meses'), value: 12 },
      ],
    },
    {
      id: 'sleep-impact',
      section: 'impact',
      type: 'boolean',
      label: t('Does the pain disrupt your sleep?', '¿El dolor altera su sueño?'),
    },
    {
      id: 'daily-tasks-impact',
      section: 'impact',
      type: 'boolean',
      label: t('Does it stop you from doing daily tasks?', '¿Le impide hacer sus tareas diarias?'),
    },
    {
      id: 'red-flags',
      section: 'safety',
      type: 'multi-choice',
      label: t(
        'Along with the muscle pain, do you have any of these?',
        'Además del dolor muscular, ¿tiene alguno de estos síntomas?',
      ),
      options: [
        {
          id: 'breathing-dizziness',
          label: t('Trouble breathing or dizziness', 'Dificultad para respirar o mareo'),
        },
        {
          id: 'extreme-weakness',
          label: t('Extreme muscle weakness', 'Debilidad muscular extrema'),
        },
        {
          id: 'fever-stiff-neck',
          label: t('A high fever and a stiff neck', 'Fiebre alta y rigidez de cuello'),
        },
      ],
      source: 'mayo-muscle-pain',
    },
    {
      id: 'medication-start',
      section: 'safety',
      type: 'boolean',
      label: t(
        'Did the pain start after you began, or increased the dose of, a medicine such as a statin?',
        '¿El dolor empezó después de comenzar un medicamento, o de aumentar su dosis, como una estatina?',
      ),
      source: 'mayo-muscle-pain',
    },
  ],
  regions: [
    { id: 'left-upper', label: t('Left upper body', 'Parte superior izquierda') },
    { id: 'right-upper', label: t('Right upper body', 'Parte superior derecha') },
    { id: 'left-lower', label: t('Left lower body', 'Parte inferior izquierda') },
    { id: 'right-lower', label: t('Right lower body', 'Parte inferior derecha') },
    { id: 'axial', label: t('Neck, back and trunk', 'Cuello, espalda y tronco') },
  ],
  areas: [
    ...sided('jaw', 'jaw', 'Mandíbula', true, 'upper', 'front'),
    ...sided('shoulder', 'shoulder', 'Hombro', false, 'upper', 'both'),
    ...sided('upper-arm', 'upper arm', 'Brazo', false, 'upper', 'both'),
    ...sided('lower-arm', 'lower arm', 'Antebrazo', false, 'upper', 'both'),
    ...sided('hip', 'hip', 'Cadera', true, 'lower', 'both'),
    ...sided('upper-leg', 'upper leg', 'Muslo', false, 'lower', 'both'),
    ...sided('lower-leg', 'lower leg', 'Pierna', true, 'lower', 'both'),
    { id: 'neck', label: t('Neck', 'Cuello'), region: 'axial', view: 'both' },
    {
      id: 'upper-back',
      label: t('Upper back', 'Parte alta de la espalda'),
      region: 'axial',
      view: 'back',
    },
    { id: 'lower-back', label: t('Lower back', 'Zona lumbar'), region: 'axial', view: 'back' },
    { id: 'chest', label: t('Chest', 'Pecho'), region: 'axial', view: 'front' },
    { id: 'abdomen', label: t('Abdomen', 'Abdomen'), region: 'axial', view: 'front' },
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
      message: t(
        'symptoms or painful areas that self-care may help with',
        'síntomas o zonas de dolor con los que el autocuidado puede ayudar',
      ),
    },
    {
      id: 'duration',
      level: 'see-doctor',
      when: { question: 'duration', atLeast: { param: 'thresholdMonths' } },
      message: {
        en: { one: 'pain for more than # month', other: 'pain for more than # months' },
        es: { one: 'dolor durante más de # mes', other: 'dolor durante más de # meses' },
      },
    },
    {
      id: 'sleep',
      level: 'see-doctor',
      when: { question: 'sleep-impact', equals: true },
      message: t('pain that disrupts your sleep', 'dolor que altera su sueño'),
    },
    {
      id: 'daily-tasks',
      level: 'see-doctor',
      when: { question: 'daily-tasks-impact', equals: true },
      message: t(
        'pain that stops you from doing daily tasks',
        'dolor que le impide hacer sus tareas diarias',
      ),
    },
    {
      id: 'medication',
      level: 'see-doctor',
      when: { question: 'medication-start', equals: true },
      message: t(
        'pain that started after beginning a medicine or a higher dose',
        'dolor que empezó tras comenzar un medicamento o una dosis mayor',
      ),
      source: 'mayo-muscle-pain',
    },
    {
      id: 'red-flags',
      level: 'urgent',
      when: {
        question: 'red-flags',
        in: ['breathing-dizziness', 'extreme-weakness', 'fever-stiff-neck'],
      },
      message: t(
        'a warning sign that needs medical care now',
        'una señal de alarma que necesita atención médica ahora',
      ),
      emergencyMessage: t(
        'a warning sign that needs medical care now: call {emergencyNumber}',
        'una señal de alarma que necesita atención médica ahora: llame al {emergencyNumber}',
      ),
      source: 'mayo-muscle-pain',
    },
  ],
  levels: {
    'self-care': {
      title: t('Self-care may help', 'El autocuidado puede ayudar'),
      body: t(
        'Your answers do not include the signs the article says are worth discussing with a doctor. See a doctor if your pain lasts more than {thresholdMonths} months, disrupts your sleep, or stops you from doing daily tasks.',
        'Sus respuestas no incluyen las señales que, según el artículo, conviene consultar con un médico. Consulte a un médico si el dolor dura más de {thresholdMonths} meses, altera su sueño o le impide hacer sus tareas diarias.',
      ),
    },
    'see-doctor': {
      title: t('Consider seeing a doctor', 'Considere consultar a un médico'),
      body: t(
        'Your answers include signs the article says are worth discussing with a doctor:',
        'Sus respuestas incluyen señales que, según el artículo, conviene consultar con un médico:',
      ),
    },
    urgent: {
      title: t('Get medical care now', 'Busque atención médica ahora'),
      body: t(
        'You reported a sign that needs prompt medical attention. Do not wait to finish this self-check.',
        'Ha indicado una señal que necesita atención médica inmediata. No espere a terminar esta autoevaluación.',
      ),
    },
  },
  selfCare: {
    title: t('Daily tips from the article', 'Consejos diarios del artículo'),
    tips: [
      t(
        'Pace yourself: avoid overexertion on good days; rest is as important as activity.',
        'Dosifique su energía: evite excederse en los días buenos; descansar es tan importante como moverse.',
      ),
      t(
        'Stay hydrated: dehydration worsens muscle cramps and fatigue.',
        'Manténgase hidratado: la deshidratación empeora los calambres y el cansancio.',
      ),
      t(
        'Use heat: warm baths or heating pads soothe muscle stiffness.',
        'Use calor: los baños tibios o las almohadillas térmicas alivian la rigidez muscular.',
      ),
      t(
        'Track symptoms: a daily pain and activity journal helps identify triggers.',
        'Anote sus síntomas: un diario de dolor y actividad ayuda a identificar desencadenantes.',
      ),
      t(
        'Seek support: chronic pain support groups can reduce feelings of isolation.',
        'Busque apoyo: los grupos de apoyo para el dolor crónico pueden reducir la sensación de aislamiento.',
      ),
    ],
  },
  disclaimer: t(
    'This self-check is for information only. It does not diagnose any condition.',
    'Esta autoevaluación es solo informativa. No diagnostica ninguna enfermedad.',
  ),
  sources: [
    {
      id: 'article',
      title: 'Inomyalgia: Understanding the Hidden Pain Behind the Term',
      publisher: 'Source article',
      url: 'https://myocheck.dev/content/source-article',
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
