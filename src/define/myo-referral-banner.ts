import { MyoReferralBanner } from '../components/referral-banner/referral-banner.js';

export { MyoReferralBanner };

// Guarded: a second copy of the library on the page must not throw.
if (!customElements.get('myo-referral-banner'))
  customElements.define('myo-referral-banner', MyoReferralBanner);

declare global {
  interface HTMLElementTagNameMap {
    'myo-referral-banner': MyoReferralBanner;
  }
}
