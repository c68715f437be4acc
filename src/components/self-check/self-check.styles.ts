import { css } from 'lit';

/**
 * Layout of the quiz. The host is a size container, so the layout follows the width of the
 * box the publisher gives it (a 320px sidebar or a wide column), not the viewport.
 */
export const selfCheckStyles = css`
  :host {
    container-type: inline-size;
    --_myo-self-check-padding: var(--myo-self-check-padding, var(--_myo-space));
    --_myo-self-check-border: var(--myo-self-check-border, 1px solid var(--_myo-border));
    --_myo-self-check-surface: var(--myo-self-check-surface, var(--_myo-surface));
    --_myo-progress-size: var(--myo-self-check-progress-size, 0.5rem);
  }
  .self-check {
    display: flex;
    flex-direction: column;
    gap: var(--_myo-space);
    padding: var(--_myo-self-check-padding);
    border: var(--_myo-self-check-border);
    border-radius: var(--_myo-radius);
    background: var(--_myo-self-check-surface);
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .self-check > .heading {
    margin: 0;
  }
  .progress {
    display: grid;
    gap: 0.375em;
  }
  .progress__text {
    margin: 0;
    color: var(--_myo-muted);
    font-size: 0.9375em;
  }
  .progress__bar {
    display: flex;
    gap: 0.25rem;
  }
  .progress__segment {
    flex: 1 1 0;
    block-size: var(--_myo-progress-size);
    border: 1px solid var(--_myo-border);
    border-radius: 999px;
    background: transparent;
  }
  .progress__segment--done {
    background: var(--_myo-accent);
    border-color: var(--_myo-accent);
  }
  .progress__segment--current {
    background: var(--_myo-accent);
    border-color: var(--_myo-accent);
    outline: 2px solid var(--_myo-accent);
    outline-offset: 1px;
  }
  .step {
    display: flex;
    flex-direction: column;
    gap: var(--_myo-space);
    min-inline-size: 0;
  }
  .step__heading {
    margin: 0;
    border-radius: 0.25rem;
  }
  .step__heading:focus {
    outline: none;
  }
  .step__heading:focus-visible {
    outline: 3px solid var(--_myo-focus);
    outline-offset: 2px;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .nav__forward {
    margin-inline-start: auto;
  }
  /* Narrow boxes (a sidebar, a phone): buttons take the whole line, in their tab order. */
  @container (max-width: 26rem) {
    /* less padding, and headings no wider than the box allows, so long words stay whole */
    .self-check {
      padding: var(--myo-self-check-padding, min(var(--_myo-space), 2.5cqi));
    }
    .heading {
      font-size: var(--myo-heading-size, min(1.25em, 9cqi));
    }
    .nav {
      flex-direction: column;
      align-items: stretch;
    }
    .nav__forward {
      margin-inline-start: 0;
    }
    .button {
      inline-size: 100%;
    }
  }
  @media (forced-colors: active) {
    .progress__segment {
      border-color: CanvasText;
    }
    .progress__segment--done,
    .progress__segment--current {
      background: Highlight;
      border-color: Highlight;
      outline-color: CanvasText;
    }
    .self-check {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .step__heading {
      scroll-behavior: auto;
    }
  }
`;
