import { useState } from 'react';
import type { Level } from 'myocheck';
import 'myocheck/define/myo-symptom-checklist.js';
import 'myocheck/define/myo-referral-banner.js';
import type {} from 'myocheck/jsx';

export function App() {
  const [symptoms, setSymptoms] = useState(0);
  const [level, setLevel] = useState<Level>('none');
  return (
    <main>
      <h1>How are your muscles?</h1>
      <myo-symptom-checklist
        sections="symptoms"
        mode="yes-no"
        heading-level={2}
        onmyo-change={event => setSymptoms(event.detail.assessment.symptomCount)}
        onmyo-level-change={event => setLevel(event.detail.level)}
      />
      <p id="app-state">
        symptoms: {symptoms}, level: {level}
      </p>
      <myo-referral-banner cta-href="/find-a-doctor" show-when="self-care" />
    </main>
  );
}
