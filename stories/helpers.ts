import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/**
 * The public `--myo-*` tokens at dark values, as a publisher with a dark page sets them (the
 * elements also follow `prefers-color-scheme: dark` on their own). A token an element does
 * not use is simply ignored by it.
 */
export const DARK_TOKENS: Readonly<Record<string, string>> = {
  '--myo-text': '#f5f7fa',
  '--myo-muted': '#c3ccd3',
  '--myo-border': '#7b8794',
  '--myo-accent': '#5fd4cc',
  '--myo-accent-contrast': '#062523',
  '--myo-surface-raised': '#1f2933',
  '--myo-notice': '#ffd591',
  '--myo-notice-surface': '#33270f',
  '--myo-urgent': '#ffb4ab',
  '--myo-urgent-surface': '#3b1512',
  '--myo-focus-ring': '#8ab4ff',
};

/** Story parameters for a dark page: Storybook's dark background behind the story. */
export const darkParameters = { backgrounds: { default: 'dark' } };

/** `content` on a dark page, with the dark tokens plus an element's own (`tokens`). */
export const onDarkPage = (
  content: TemplateResult,
  tokens: Readonly<Record<string, string>> = {},
): TemplateResult =>
  html`<div
    style=${styleMap({
      background: '#111827',
      color: '#f5f7fa',
      padding: '1rem',
      ...DARK_TOKENS,
      ...tokens,
    })}
  >
    ${content}
  </div>`;

/** `content` in a right-to-left page (`dir="rtl"`). */
export const rightToLeft = (content: TemplateResult): TemplateResult =>
  html`<div dir="rtl">${content}</div>`;
