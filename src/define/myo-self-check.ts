/**
 * Registers `<myo-self-check>` and the elements it renders (guarded: a second copy of the library does not throw).
 * @module
 */
import { MyoSelfCheck } from '../components/self-check/self-check.js';
// what it renders
import './myo-symptom-checklist.js';
import './myo-body-map.js';
import './myo-referral-banner.js';

export { MyoSelfCheck };

const tag = 'myo-self-check';
if (!customElements.get(tag)) customElements.define(tag, MyoSelfCheck);

declare global {
  interface HTMLElementTagNameMap {
    'myo-self-check': MyoSelfCheck;
  }
}
