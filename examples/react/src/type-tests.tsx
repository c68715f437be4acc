// Compile-time checks that the myocheck/jsx types are strict: each @ts-expect-error below must
// meet an error, or `tsc` fails with "Unused '@ts-expect-error' directive".
import type {} from 'myocheck/jsx';

export const checks = (
  <>
    {/* @ts-expect-error: "bogus" is not a mode ('yes-no' | 'severity') */}
    <myo-symptom-checklist mode="bogus" />
    {/* @ts-expect-error: a misspelled attribute ("sectons") */}
    <myo-symptom-checklist sectons="symptoms" />
    {/* @ts-expect-error: a number where the attribute takes a view name */}
    <myo-body-map view={3} />
    <myo-referral-banner
      // @ts-expect-error: the myo-cta detail has `level`, not `levl`
      onmyo-cta={event => event.detail.levl}
    />
    <myo-self-check
      // @ts-expect-error: myo-change's detail has no `level` (it is in detail.assessment)
      onmyo-change={event => event.detail.level}
      // @ts-expect-error: "maybe" is not a boolean
      disabled="maybe"
    />
    {/* these are fine: attributes as text, properties, numbers as text, typed details */}
    <myo-self-check
      cta-href="/doctor"
      threshold-months="6"
      persist="session"
      mode="severity"
      onmyo-complete={event => event.detail.assessment.level satisfies string}
      onmyo-cta={event => event.detail.href satisfies string}
    />
  </>
);
