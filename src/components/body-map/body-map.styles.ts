import { css } from 'lit';

/**
 * `<myo-body-map>`: the figure (two views side by side, scaled to the container), the list
 * view, the count and the buttons. The figure is a picture of a body, so it is never mirrored
 * for right-to-left text: its side labels keep their physical places.
 */
export const bodyMapStyles = css`
  :host {
    --_area: var(--myo-body-map-area, #e3eaec);
    --_area-stroke: var(--myo-body-map-area-stroke, #56646a);
    --_area-hover: var(--myo-body-map-area-hover, #c5e6e3);
    --_area-selected: var(--myo-body-map-area-selected, var(--_myo-accent));
    --_check: var(--myo-body-map-check, var(--_myo-accent-contrast));
    --_body: var(--myo-body-map-body, #f5f7f8);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_area: var(--myo-body-map-area, #2b3640);
      --_area-stroke: var(--myo-body-map-area-stroke, #a3afba);
      --_area-hover: var(--myo-body-map-area-hover, #1f4d4a);
      --_body: var(--myo-body-map-body, #1b232b);
    }
  }

  .figure {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_myo-space);
    margin: 0;
  }
  .view {
    flex: 1 1 8.5rem;
    min-inline-size: 0;
    max-inline-size: var(--myo-body-map-max-width, 12rem);
    display: flex;
    flex-direction: column;
  }
  .view-caption {
    margin: 0;
    font-weight: 700;
    text-align: center;
  }
  .view-note {
    margin: 0 0 0.25em;
    color: var(--_myo-muted);
    font-size: 0.8125em;
    line-height: 1.35;
    text-align: center;
  }
  /* physical sides of the picture, whatever the text direction */
  .sides {
    display: flex;
    justify-content: space-between;
    gap: 0.5em;
    direction: ltr;
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.2;
  }
  .side-label {
    unicode-bidi: plaintext;
  }
  .side-label--end {
    text-align: right;
  }

  .body-svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
    touch-action: manipulation;
    -webkit-tap-highlight-color: transparent;
  }
  .body,
  .body *,
  .shape {
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .body {
    fill: var(--_body);
    stroke: var(--_area-stroke);
    stroke-width: 1px;
  }
  .spine {
    fill: none;
    stroke: var(--_area-stroke);
    stroke-width: 1px;
    stroke-dasharray: 2 3;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .shape {
    fill: var(--_area);
    stroke: var(--_area-stroke);
    stroke-width: 1.5px;
    /* no transition: a fading fill repaints the whole page for each of its frames (about 9
       frames of 2–4 ms on a phone-speed CPU after every tap); the new state shows at once */
  }
  .area {
    cursor: pointer;
  }
  /* the larger, invisible tap target of a small area */
  .hit {
    fill: transparent;
    stroke: none;
    pointer-events: fill;
  }
  .area:focus {
    outline: none;
  }
  .area--selected .shape {
    fill: var(--_area-selected);
    stroke: currentColor;
    stroke-width: 3px;
  }
  .check {
    fill: none;
    stroke: var(--_check);
    stroke-width: 2.5px;
    stroke-linecap: round;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  @media (hover: hover) {
    .area:not(.area--selected):hover .shape {
      fill: var(--_area-hover);
      stroke: var(--_myo-accent);
      stroke-width: 2.5px;
    }
  }
  /* focus: thicker, in the focus colour and dashed, so it never reads as the chosen outline */
  .area:focus-visible .shape {
    stroke: var(--_myo-focus);
    stroke-width: 4px;
    stroke-dasharray: 5 3;
  }
  .figure--disabled .area {
    cursor: not-allowed;
  }
  .figure--disabled .body-svg {
    opacity: 0.6;
  }

  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: calc(var(--_myo-space) * 0.75);
  }
  .group {
    margin: 0;
    min-inline-size: 0;
    padding: 0.25em 0.75em 0.5em;
    border: 1px solid var(--_myo-border);
    border-radius: var(--_myo-radius);
  }
  .legend {
    padding-inline: 0.25em;
    font-weight: 700;
  }
  .item {
    display: flex;
    align-items: center;
    gap: 0.625em;
    min-block-size: var(--_myo-target);
    cursor: pointer;
  }
  .checkbox {
    flex: none;
    inline-size: max(24px, 1.25em);
    block-size: max(24px, 1.25em);
    margin: 0;
    accent-color: var(--_myo-accent);
    cursor: inherit;
  }
  .item--disabled {
    cursor: not-allowed;
    color: var(--_myo-muted);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-start: var(--_myo-space);
  }
  .count {
    margin: 0;
    margin-inline-end: auto;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .disclaimer {
    margin: calc(var(--_myo-space) * 0.75) 0 0;
  }
  @media (forced-colors: active) {
    .body-svg {
      forced-color-adjust: none;
    }
    .shape {
      fill: Canvas;
      stroke: CanvasText;
    }
    .body {
      fill: Canvas;
      stroke: GrayText;
    }
    .spine {
      stroke: GrayText;
    }
    .area:not(.area--selected):hover .shape {
      fill: Canvas;
      stroke: Highlight;
    }
    .area--selected .shape {
      fill: Highlight;
      stroke: CanvasText;
    }
    .check {
      stroke: HighlightText;
    }
    /* on a chosen (Highlight) area, the dashes' outer half shows */
    .area:focus-visible .shape {
      stroke: Highlight;
      stroke-width: 6px;
    }
    .figure--disabled .shape {
      stroke: GrayText;
    }
  }
`;
