// Compile-time checks that the myocheck/svelte types are strict: each @ts-expect-error below
// must meet an error, or svelte-check fails with "Unused '@ts-expect-error' directive".
// (Svelte markup has no expect-error comment, so these check the tags' attribute types as
// svelte-check applies them: SvelteHTMLElements['myo-…'].)
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'myocheck/svelte';

type Checklist = SvelteHTMLElements['myo-symptom-checklist'];
type SelfCheck = SvelteHTMLElements['myo-self-check'];

export const checks: [Checklist, Checklist, SelfCheck, SelfCheck, SelfCheck] = [
  // @ts-expect-error: "bogus" is not a mode ('yes-no' | 'severity')
  { mode: 'bogus' },
  // @ts-expect-error: a misspelled attribute ("sectons")
  { sectons: 'symptoms' },
  // @ts-expect-error: a misspelled kebab-case attribute ("cta-hre")
  { 'cta-hre': '/doctor' },
  // @ts-expect-error: myo-change's detail has no `level` (it is in detail.assessment)
  { 'onmyo-change': event => event.detail.level },
  // these are fine
  {
    'cta-href': '/doctor',
    'threshold-months': '6',
    persist: 'session',
    mode: 'severity',
    'onmyo-complete': event => event.detail.assessment.level,
  },
];
