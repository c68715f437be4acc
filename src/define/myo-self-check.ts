/**
 * Registers `<myo-self-check>` and the elements it renders. Guarded: a second copy of the
 * library on the page does not throw, and importing it where there is no
 * `customElements` (server rendering in Node) does nothing.
 * @module
 */
import { MyoSelfCheck } from '../components/self-check/self-check.js';
// what it renders
import './myo-symptom-checklist.js';
import './myo-body-map.js';
import './myo-referral-banner.js';

export { MyoSelfCheck };
export type * from '../events.js';

if (typeof customElements !== 'undefined' && !customElements.get('myo-self-check'))
  customElements.define('myo-self-check', MyoSelfCheck);

declare global {
  interface HTMLElementTagNameMap {
    'myo-self-check': MyoSelfCheck;
  }
}
