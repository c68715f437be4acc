import { useState } from 'react';
import type { Level } from 'myocheck';
import { ReferralBanner, SymptomChecklist } from 'myocheck/react';

export function App() {
  const [symptoms, setSymptoms] = useState(0);
  const [level, setLevel] = useState<Level>('none');
  return (
    <main>
      <h1>How are your muscles?</h1>
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
    </main>
  );
}
