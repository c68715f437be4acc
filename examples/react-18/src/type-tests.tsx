// Compile-time checks that the myocheck/react wrappers are strict: each @ts-expect-error below
// must meet an error, or `tsc` fails with "Unused '@ts-expect-error' directive".
import { BodyMap, SelfCheck, SymptomChecklist } from 'myocheck/react';

export const checks = (
  <>
    {/* @ts-expect-error: "bogus" is not a mode ('yes-no' | 'severity') */}
    <SymptomChecklist mode="bogus" />
    {/* @ts-expect-error: a misspelled prop ("sectons") */}
    <SymptomChecklist sectons="symptoms" />
    {/* @ts-expect-error: a number where the prop takes a view name */}
    <BodyMap view={3} />
    <SelfCheck
      // @ts-expect-error: myo-change's detail has no `level` (it is in detail.assessment)
      onMyoChange={event => event.detail.level}
    />
    {/* these are fine */}
    <SelfCheck
      ctaHref="/doctor"
      thresholdMonths={6}
      persist="session"
      mode="severity"
      onMyoComplete={event => event.detail.assessment.level satisfies string}
      onMyoCta={event => event.detail.href satisfies string}
    />
  </>
);
