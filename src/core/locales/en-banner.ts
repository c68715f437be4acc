/** English (`en`) interface text of `<myo-referral-banner>`, registered by its module. */
export const enBannerUi = {
  ctaDefault: 'Find a doctor',
  // at urgent (Mayo Clinic and NHS: get care right away; see renderEmergency in referral-banner.ts)
  emergencyCall: 'Call {number}',
  emergencyOrGo: 'or go to the nearest emergency department',
  emergencyNow: 'Call your local emergency number or go to the nearest emergency department now.',
};
