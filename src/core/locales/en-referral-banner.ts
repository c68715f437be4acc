import { addEnglishDefaults } from '../i18n.js';

/** English interface text used only by `<myo-referral-banner>`; registered when its module loads. */
export const referralBannerUi = {
  ctaDefault: 'Find a doctor',
  emergencyCall: 'Emergency number: {number}',
  sources: 'Sources',
};

addEnglishDefaults(referralBannerUi);
