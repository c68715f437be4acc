// The content every questionnaire candidate renders, in English: the default pack's six symptom
// questions, its duration question and its two impact questions (src/core/default-pack.ts).
// run.mjs checks these labels against dist/core/default-pack.js so they cannot drift apart.

export const SYMPTOMS = [
  {
    id: 'widespread-pain',
    label: 'Widespread muscle pain',
    description:
      'Deep, lasting muscle pain that may move from one area to another. It can be sharp, dull or throbbing. It is often worse in the morning or after activity.',
  },
  {
    id: 'fatigue',
    label: 'Fatigue and low energy',
    description: 'Feeling worn out in body, mind or mood, even after a full night’s sleep.',
  },
  {
    id: 'stiffness',
    label: 'Stiffness and tender points',
    description:
      'Stiff or knotted muscles, mostly in the neck, shoulders and lower back. Some spots are very sore to touch.',
  },
  {
    id: 'sleep-problems',
    label: 'Sleep disturbances',
    description: 'Restless sleep, waking up often, or trouble falling asleep.',
  },
  {
    id: 'brain-fog',
    label: 'Brain fog',
    description:
      'Trouble with memory or focus, or not thinking clearly. You may feel “foggy-headed”.',
  },
  {
    id: 'mood-changes',
    label: 'Mood changes',
    description: 'Anxiety, a short temper or low mood that can come with long-term pain.',
  },
];

export const DURATION = {
  id: 'duration',
  label: 'How long have you had this pain?',
  options: [
    { id: 'under-1-month', label: 'Less than 1 month' },
    { id: '1-to-3-months', label: '1 to 3 months' },
    { id: '3-to-6-months', label: 'More than 3 months, up to 6' },
    { id: '6-to-12-months', label: '6 to 12 months' },
    { id: 'over-12-months', label: 'More than 12 months' },
  ],
};

export const IMPACT = [
  { id: 'sleep-impact', label: 'Does the pain disrupt your sleep?' },
  { id: 'daily-tasks-impact', label: 'Does it stop you from doing daily tasks?' },
];
