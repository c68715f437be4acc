/**
 * Registers `<myo-self-check>`, with the checklist it shows first; the body map and the banner
 * are registered when the quiz nears their steps (import their define modules to use them
 * alone). Guarded: a second copy of the library on the page does not throw, and importing it
 * where there is no `customElements` (server rendering in Node) does nothing.
 * @module
 */
import { MyoSelfCheck } from '../components/self-check/self-check.js';
// what it renders: the checklist (its first step) with it; the body map and the banner when the
// quiz nears their step, so a page pays for them only when a visitor goes on
import './myo-symptom-checklist.js';

MyoSelfCheck.stepElements = {
  areas: () => import('./myo-body-map.js'),
  result: () => import('./myo-referral-banner.js'),
};

export { MyoSelfCheck };
export type * from '../events.js';

if (typeof customElements !== 'undefined' && !customElements.get('myo-self-check'))
  customElements.define('myo-self-check', MyoSelfCheck);

declare global {
  interface HTMLElementTagNameMap {
    'myo-self-check': MyoSelfCheck;
  }
}
