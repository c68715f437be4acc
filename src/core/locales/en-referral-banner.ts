import { addEnglishDefaults } from '../i18n.js';

/** English interface text used only by `<myo-referral-banner>`; registered when its module loads. */
export const referralBannerUi = {
  bannerHeading: 'Your next step',
  ctaDefault: 'Find a doctor',
  emergencyCall: 'Emergency number: {number}',
  sources: 'Sources',
  selfCareTips: 'Tips that may help',
};

addEnglishDefaults(referralBannerUi);
