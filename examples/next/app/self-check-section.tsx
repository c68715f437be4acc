'use client';
import { useState } from 'react';
import type { Level } from 'myocheck';
// The wrappers, not the bare tags: React 19 does not attach `onmyo-…` listeners of bare custom
// elements while it hydrates server-rendered HTML (react#35446); the wrappers attach theirs.
import { ReferralBanner, SymptomChecklist } from 'myocheck/react';

export function SelfCheckSection() {
  const [symptoms, setSymptoms] = useState(0);
  const [level, setLevel] = useState<Level>('none');
  return (
    <>
      <SymptomChecklist
        sections="symptoms"
        mode="yes-no"
        headingLevel={2}
        onMyoChange={event => setSymptoms(event.detail.assessment.symptomCount)}
        onMyoLevelChange={event => setLevel(event.detail.level)}
      />
      <p id="app-state">
        symptoms: {symptoms}, level: {level}
      </p>
      <ReferralBanner ctaHref="/find-a-doctor" showWhen="self-care" />
    </>
  );
}
