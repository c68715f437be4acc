import { css } from 'lit';

/**
 * Shared tokens and resets. Public hooks are `--myo-*` custom properties; each element may
 * add `--myo-<element>-*` hooks that fall back to these. Private working values: `--_myo-*`.
 * Colours inherit the page's by default; the accent and urgency colours meet WCAG AA on
 * white and on the dark surface.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--myo-text, inherit);
    font-family: var(--myo-font, inherit);
    font-size: var(--myo-font-size, 1rem);
    line-height: 1.5;
    overflow-wrap: break-word;
    --_myo-accent: var(--myo-accent, #0b6e69);
    --_myo-accent-contrast: var(--myo-accent-contrast, #ffffff);
    --_myo-surface: var(--myo-surface, transparent);
    --_myo-surface-raised: var(--myo-surface-raised, #f4f7f7);
    --_myo-muted: var(--myo-muted, #4b5563);
    --_myo-border: var(--myo-border, #8a9499);
    --_myo-radius: var(--myo-radius, 0.5rem);
    --_myo-space: var(--myo-spacing, 1rem);
    --_myo-focus: var(--myo-focus-ring, #1a56db);
    --_myo-urgent: var(--myo-urgent, #b42318);
    --_myo-urgent-surface: var(--myo-urgent-surface, #fef3f2);
    --_myo-notice: var(--myo-notice, #8a4b00);
    --_myo-notice-surface: var(--myo-notice-surface, #fffaeb);
    --_myo-target: max(24px, var(--myo-target-size, 44px));
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_myo-accent: var(--myo-accent, #5fd4cc);
      --_myo-accent-contrast: var(--myo-accent-contrast, #062523);
      --_myo-surface-raised: var(--myo-surface-raised, #1f2933);
      --_myo-muted: var(--myo-muted, #c3ccd3);
      --_myo-border: var(--myo-border, #7b8794);
      --_myo-focus: var(--myo-focus-ring, #8ab4ff);
      --_myo-urgent: var(--myo-urgent, #ffb4ab);
      --_myo-urgent-surface: var(--myo-urgent-surface, #3b1512);
      --_myo-notice: var(--myo-notice, #ffd591);
      --_myo-notice-surface: var(--myo-notice-surface, #33270f);
    }
  }
  .heading {
    font-size: var(--myo-heading-size, 1.25em);
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 calc(var(--_myo-space) * 0.5);
  }
  .hint {
    color: var(--_myo-muted);
    font-size: 0.9375em;
    margin: 0 0 calc(var(--_myo-space) * 0.5);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_myo-focus);
    outline-offset: 2px;
  }
  .button {
    font: inherit;
    min-height: var(--_myo-target);
    min-width: var(--_myo-target);
    padding: 0.5em 1em;
    border-radius: var(--_myo-radius);
    border: 2px solid var(--_myo-accent);
    background: var(--_myo-accent);
    color: var(--_myo-accent-contrast);
    cursor: pointer;
    font-weight: 600;
    transition: filter 120ms ease;
  }
  .button:hover {
    filter: brightness(1.1);
  }
  .button--secondary {
    background: transparent;
    color: var(--_myo-accent);
  }
  .button--text {
    background: transparent;
    border-color: transparent;
    color: var(--_myo-accent);
    text-decoration: underline;
    padding-inline: 0.25em;
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .persist-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    color: var(--_myo-muted);
    font-size: 0.875em;
    margin: var(--_myo-space) 0 0;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
