/**
 * The events myocheck elements fire: bubbling, composed `CustomEvent`s named `myo-*`. Every
 * entry point of the package brings the `GlobalEventHandlersEventMap` declarations below (the
 * map `HTMLElementEventMap`, `DocumentEventMap` and `WindowEventMap` extend), so listeners on
 * an element, on `document` and on `window` are typed:
 * `document.addEventListener('myo-change', e => e.detail.answers)`.
 * @module
 */
import type { Answers, Assessment, Level, Reason } from './core/types.js';

/** Detail of `myo-change` and `myo-complete`. */
export interface MyoChangeDetail {
  group: string;
  answers: Answers;
  assessment: Assessment;
}

/** Detail of `myo-level-change`. */
export interface MyoLevelChangeDetail {
  level: Level;
  previous: Level;
  reasons: Reason[];
}

/** Detail of `myo-cta`. */
export interface MyoCtaDetail {
  href: string;
  level: Level;
}

/** Each myocheck event's detail, by event name. */
export interface MyoEventDetails {
  'myo-change': MyoChangeDetail;
  'myo-level-change': MyoLevelChangeDetail;
  'myo-complete': MyoChangeDetail;
  'myo-cta': MyoCtaDetail;
}

export type MyoEventName = keyof MyoEventDetails;
export type MyoChangeEvent = CustomEvent<MyoChangeDetail>;
export type MyoLevelChangeEvent = CustomEvent<MyoLevelChangeDetail>;
export type MyoCompleteEvent = CustomEvent<MyoChangeDetail>;
export type MyoCtaEvent = CustomEvent<MyoCtaDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    /** A visitor changed an answer. */
    'myo-change': MyoChangeEvent;
    /** The assessment level changed after a visitor's action. */
    'myo-level-change': MyoLevelChangeEvent;
    /** The quiz reached its result. */
    'myo-complete': MyoCompleteEvent;
    /** The call to action was used. */
    'myo-cta': MyoCtaEvent;
  }
}
