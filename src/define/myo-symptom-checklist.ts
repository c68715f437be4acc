/**
 * Registers `<myo-symptom-checklist>`. Guarded: a second copy of the
 * library on the page does not throw, and importing it where there is no
 * `customElements` (server rendering in Node) does nothing.
 * @module
 */
import { MyoSymptomChecklist } from '../components/symptom-checklist/symptom-checklist.js';

export { MyoSymptomChecklist };
export type * from '../events.js';

if (typeof customElements !== 'undefined' && !customElements.get('myo-symptom-checklist'))
  customElements.define('myo-symptom-checklist', MyoSymptomChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'myo-symptom-checklist': MyoSymptomChecklist;
  }
}
