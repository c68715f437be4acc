import { MyoSymptomChecklist } from '../components/symptom-checklist/symptom-checklist.js';

export { MyoSymptomChecklist };

if (!customElements.get('myo-symptom-checklist'))
  customElements.define('myo-symptom-checklist', MyoSymptomChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'myo-symptom-checklist': MyoSymptomChecklist;
  }
}
