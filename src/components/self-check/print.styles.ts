import { css } from 'lit';

/**
 * On paper, the self-check shows only its summary for the doctor (on the result step) or
 * the current questions (elsewhere): no progress, buttons, banner or status. Black on white,
 * 11pt, sized by the page so it reads on A4 and on US Letter alike.
 *
 * A shadow root can only style the widget itself: the rest of the page prints as the page's
 * own print styles say. The host carries a `printing` attribute while its Print button's
 * dialog is open, for pages that want to print the summary alone (see the element's docs).
 */
export const printStyles = css`
  @media print {
    :host {
      container-type: normal;
      color: #000;
      background: none;
      font-size: 11pt;
      line-height: 1.4;
    }
    .self-check {
      display: block;
      border: none;
      padding: 0;
      background: none;
    }
    .self-check > .heading,
    .progress,
    .nav,
    .actions,
    .status,
    .undo,
    .copy-fallback,
    .persist-notice,
    .step--result > :not(.summary) {
      display: none !important;
    }
    .summary {
      display: block;
      max-inline-size: 100%;
      padding: 0;
      border: none;
      background: none;
      color: #000;
    }
    .summary__heading {
      font-size: 16pt;
      margin-block-end: 4pt;
    }
    .summary__meta {
      color: #000;
      margin-block-end: 10pt;
    }
    .summary__list {
      display: block;
    }
    .summary__section {
      display: grid;
      grid-template-columns: 38mm 1fr;
      gap: 4mm;
      padding-block: 3pt;
      border-block-start: 0.5pt solid #000;
      break-inside: avoid;
    }
    .summary__figure {
      color: #000;
    }
    .summary__view {
      inline-size: 22mm;
      color: #000;
    }
    .summary__figure .area--selected .shape {
      fill: #555;
      stroke: #000;
    }
    .summary__figure .check {
      stroke: #fff;
    }
    .disclaimer {
      margin-block-start: 10pt;
      border-block-start: 0.5pt solid #000;
      color: #000;
      break-inside: avoid;
    }
  }
`;
