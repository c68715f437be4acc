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

export type MyoChangeEvent = CustomEvent<MyoChangeDetail>;
export type MyoLevelChangeEvent = CustomEvent<MyoLevelChangeDetail>;
export type MyoCompleteEvent = CustomEvent<MyoChangeDetail>;
export type MyoCtaEvent = CustomEvent<MyoCtaDetail>;

declare global {
  interface HTMLElementEventMap {
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
