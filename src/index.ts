/**
 * myocheck: registers every element and re-exports the public API (classes and the core).
 * @module
 */
export * from './core/index.js';
export type * from './events.js';
export { getGroupStore, type GroupStore, type PersistMode } from './store/group-store.js';
// Elements (each line: the define module registers the tag; the class is exported):
export { MyoSymptomChecklist } from './define/myo-symptom-checklist.js';
export { MyoBodyMap } from './define/myo-body-map.js';
export { MyoReferralBanner } from './define/myo-referral-banner.js';
export { MyoSelfCheck } from './define/myo-self-check.js';
