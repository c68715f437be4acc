import { css } from 'lit';

/**
 * The quiz's result step beyond the banner: the summary for the doctor, its actions and their
 * status. Part of the result's module (loaded when the quiz nears its result), adopted with it,
 * so the quiz's first steps do not carry these rules.
 */
export const summaryStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  /* the summary below carries the disclaimer on every level (and on paper) */
  myo-referral-banner::part(disclaimer) {
    display: none;
  }
  .summary {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_myo-space) * 0.75);
    padding: var(--_myo-space);
    border: 1px solid var(--_myo-border);
    border-radius: var(--_myo-radius);
    background: var(--_myo-surface-raised);
  }
  .summary__heading {
    margin: 0;
  }
  .summary__meta {
    margin: 0;
    color: var(--_myo-muted);
  }
  .summary__list {
    display: grid;
    gap: calc(var(--_myo-space) * 0.75);
    margin: 0;
  }
  .summary__section {
    display: grid;
    gap: 0.25em;
    min-inline-size: 0;
  }
  .summary__term {
    font-weight: 700;
  }
  .summary__details {
    margin: 0;
    min-inline-size: 0;
  }
  .summary__items,
  .summary__sublist {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .summary__items {
    list-style: none;
    padding-inline-start: 0;
    display: grid;
    gap: 0.25em;
  }
  .summary__value {
    font-weight: 600;
  }
  .summary__note {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    font-weight: 600;
  }
  .summary__note::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .summary__figure {
    --_body: var(--myo-self-check-figure-body, transparent);
    --_area: transparent;
    --_area-stroke: var(--_myo-muted);
    display: flex;
    gap: 0.75rem;
    margin-block: 0.5em;
  }
  .summary__view {
    display: grid;
    justify-items: center;
    gap: 0.125em;
    inline-size: 4.5rem;
    font-size: 0.8125em;
    color: var(--_myo-muted);
  }
  .summary__figure svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  .summary__figure .body,
  .summary__figure .shape {
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .summary__figure .body {
    fill: var(--_body);
    stroke: var(--_area-stroke);
    stroke-width: 1px;
  }
  .summary__figure .spine {
    fill: none;
    stroke: var(--_area-stroke);
    stroke-width: 1px;
    stroke-dasharray: 2 3;
    vector-effect: non-scaling-stroke;
  }
  .summary__figure .shape {
    fill: var(--_area);
    stroke: var(--_area-stroke);
    stroke-width: 1px;
  }
  .summary__figure .area--selected .shape {
    fill: var(--_myo-accent);
    stroke: currentColor;
    stroke-width: 2px;
  }
  .summary__figure .check {
    fill: none;
    stroke: var(--_myo-accent-contrast);
    stroke-width: 2px;
    stroke-linecap: round;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .disclaimer {
    margin: 0;
    padding-block-start: calc(var(--_myo-space) * 0.5);
    border-block-start: 1px solid var(--_myo-border);
    font-size: 0.9375em;
  }
  .status {
    margin: 0;
  }
  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_myo-accent);
    background: var(--_myo-surface-raised);
  }
  .undo--empty {
    position: absolute;
    padding: 0;
    border: 0;
  }
  .more__summary {
    display: flex;
    align-items: center;
    gap: 0.5em;
    inline-size: fit-content;
    min-block-size: var(--_myo-target);
    color: var(--_myo-accent);
    font-weight: 600;
    cursor: pointer;
  }
  .more__summary::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
  }
  .more[open] > .more__summary::before {
    transform: rotate(45deg);
  }
  .more__summary::-webkit-details-marker {
    display: none;
  }
  .more > .actions {
    margin-block-start: 0.5rem;
  }
  /* a details' content box does not pass box-sizing down */
  .more * {
    box-sizing: border-box;
  }
  .more > .more__summary {
    list-style: none;
  }
  .status:empty {
    display: none;
  }
  .status--failed {
    color: var(--_myo-notice);
  }
  .copy-fallback {
    display: grid;
    gap: 0.25em;
  }
  .copy-fallback textarea {
    font: inherit;
    font-size: 0.875em;
    inline-size: 100%;
    min-block-size: 10em;
    padding: 0.5em;
    border: 1px solid var(--_myo-border);
    border-radius: var(--_myo-radius);
    background: transparent;
    color: inherit;
    resize: vertical;
  }

  /* Narrow boxes (a sidebar, a phone): actions take the whole line, one under the other. */
  @container (max-width: 26rem) {
    .summary {
      padding: min(var(--_myo-space), 2.5cqi);
    }
    .actions {
      display: grid;
      grid-template-columns: 1fr;
    }
  }
  /* Wide boxes: the summary reads as a two-column table. */
  @container (min-width: 36rem) {
    .summary__section {
      grid-template-columns: minmax(8rem, 12rem) 1fr;
      gap: var(--_myo-space);
    }
    .summary__lead {
      display: flex;
      flex-wrap: wrap;
      column-gap: calc(var(--_myo-space) * 2);
      align-items: flex-start;
    }
  }

  @media (forced-colors: active) {
    .summary,
    .undo {
      border-color: CanvasText;
    }
    .more__summary {
      color: LinkText;
    }
    .summary__figure .shape,
    .summary__figure .body {
      fill: Canvas;
      stroke: CanvasText;
    }
    .summary__figure .area--selected .shape {
      fill: Highlight;
    }
    .summary__figure .check {
      stroke: HighlightText;
    }
  }
`;
