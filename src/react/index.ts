/**
 * React components for React 18 and 19, made with `@lit/react`: the element's properties as
 * camelCase props, and its events as `onMyoChange`, `onMyoLevelChange`, `onMyoComplete` and
 * `onMyoCta`. Importing this module registers the four elements in the browser; on a server
 * (server rendering) it registers nothing and does not throw.
 * @module
 */
import * as React from 'react';
import { createComponent, type EventName, type Options, type ReactWebComponent } from '@lit/react';
import { MyoSymptomChecklist } from '../define/myo-symptom-checklist.js';
import { MyoBodyMap } from '../define/myo-body-map.js';
import { MyoReferralBanner } from '../define/myo-referral-banner.js';
import { MyoSelfCheck } from '../define/myo-self-check.js';
import type {
  MyoChangeEvent,
  MyoCompleteEvent,
  MyoCtaEvent,
  MyoLevelChangeEvent,
} from '../events.js';

const onMyoChange = 'myo-change' as EventName<MyoChangeEvent>;
const onMyoLevelChange = 'myo-level-change' as EventName<MyoLevelChangeEvent>;
const onMyoComplete = 'myo-complete' as EventName<MyoCompleteEvent>;
const onMyoCta = 'myo-cta' as EventName<MyoCtaEvent>;

/** A React component for one element: `Options` of `@lit/react` without the repetition. */
const component = <I extends HTMLElement, E extends Record<string, EventName>>(
  options: Omit<Options<I, E>, 'react'>,
): ReactWebComponent<I, E> => createComponent({ react: React, ...options });

/** `<myo-symptom-checklist>` as a React component. */
export const SymptomChecklist = component({
  tagName: 'myo-symptom-checklist',
  elementClass: MyoSymptomChecklist,
  events: { onMyoChange, onMyoLevelChange },
  displayName: 'SymptomChecklist',
});

/** `<myo-body-map>` as a React component. */
export const BodyMap = component({
  tagName: 'myo-body-map',
  elementClass: MyoBodyMap,
  events: { onMyoChange, onMyoLevelChange },
  displayName: 'BodyMap',
});

/** `<myo-referral-banner>` as a React component. */
export const ReferralBanner = component({
  tagName: 'myo-referral-banner',
  elementClass: MyoReferralBanner,
  events: { onMyoChange, onMyoLevelChange, onMyoCta },
  displayName: 'ReferralBanner',
});

/** `<myo-self-check>` as a React component. */
export const SelfCheck = component({
  tagName: 'myo-self-check',
  elementClass: MyoSelfCheck,
  events: { onMyoChange, onMyoLevelChange, onMyoComplete, onMyoCta },
  displayName: 'SelfCheck',
});

export type {
  MyoChangeDetail,
  MyoChangeEvent,
  MyoCompleteEvent,
  MyoCtaDetail,
  MyoCtaEvent,
  MyoLevelChangeDetail,
  MyoLevelChangeEvent,
} from '../events.js';
