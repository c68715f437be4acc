// myocheck/jsx/react, with the library's types checked too (skipLibCheck: false). Each
// expect-error line below must meet an error, or tsc fails ("Unused directive").
import type {} from 'myocheck/jsx/react';

export const fine = (
  <myo-self-check
    cta-href="/doctor"
    threshold-months="6"
    mode="severity"
    className="quiz"
    onmyo-complete={event => event.detail.assessment.level}
  />
);
// @ts-expect-error: "bogus" is not a mode
export const badMode = <myo-symptom-checklist mode="bogus" />;
// @ts-expect-error: a misspelled attribute
export const misspelled = <myo-symptom-checklist sectons="symptoms" />;
// @ts-expect-error: myo-change's detail has no `level`
export const badDetail = <myo-self-check onmyo-change={event => event.detail.level} />;
