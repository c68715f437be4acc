/**
 * Registers `<myo-referral-banner>`. Guarded: a second copy of the
 * library on the page does not throw, and importing it where there is no
 * `customElements` (server rendering in Node) does nothing.
 * @module
 */
import { MyoReferralBanner } from '../components/referral-banner/referral-banner.js';

export { MyoReferralBanner };
export type * from '../events.js';

if (typeof customElements !== 'undefined' && !customElements.get('myo-referral-banner'))
  customElements.define('myo-referral-banner', MyoReferralBanner);

declare global {
  interface HTMLElementTagNameMap {
    'myo-referral-banner': MyoReferralBanner;
  }
}
