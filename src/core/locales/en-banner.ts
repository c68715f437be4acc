/** English (`en`) interface text of `<myo-referral-banner>`, registered by its module. */
export const enBannerUi = {
  ctaDefault: 'Find a doctor',
  emergencyCall: 'Emergency number: {number}',
};
