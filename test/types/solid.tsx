// myocheck/jsx/solid, with the library's types checked too (skipLibCheck: false). Each
// expect-error line below must meet an error, or tsc fails ("Unused directive").
import type {} from 'myocheck/jsx/solid';

export const fine = (
  <myo-self-check
    cta-href="/doctor"
    mode="severity"
    class="quiz"
    prop:thresholdMonths={6}
    attr:cta-label="Find a doctor"
    bool:disabled={false}
    on:myo-complete={event => event.detail.assessment.level}
  />
);
// @ts-expect-error: "bogus" is not a mode
export const badMode = <myo-symptom-checklist mode="bogus" />;
// @ts-expect-error: a misspelled attribute
export const misspelled = <myo-symptom-checklist sectons="symptoms" />;
// @ts-expect-error: myo-change's detail has no `level`
export const badDetail = <myo-self-check on:myo-change={event => event.detail.level} />;
