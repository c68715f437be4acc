import { css } from 'lit';

/**
 * Styles of `<myo-symptom-checklist>`. Rows are the click/touch targets (at least
 * `--myo-target-size`, 44px by default); selection is shown by the native check mark or dot,
 * a thicker border and bold text, never by colour alone. Logical properties only, so
 * `dir="rtl"` mirrors the layout.
 */
export const symptomChecklistStyles = css`
  :host {
    --_myo-checklist-gap: var(--myo-checklist-gap, calc(var(--_myo-space) * 0.5));
    --_myo-checklist-option-background: var(
      --myo-checklist-option-background,
      var(--_myo-surface-raised)
    );
    --_myo-checklist-option-border: var(--myo-checklist-option-border, var(--_myo-border));
    --_myo-checklist-checked-border: var(--myo-checklist-checked-border, var(--_myo-accent));
    --_myo-checklist-input-size: var(--myo-checklist-input-size, 1.25em);
    /* native check boxes and radio buttons follow the light or dark tokens */
    color-scheme: light dark;
  }

  .section,
  .group {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }

  .section {
    margin-block-end: var(--_myo-space);
  }

  .section:disabled,
  .group:disabled {
    opacity: 0.65;
  }

  .legend {
    padding: 0;
    font-weight: 700;
    font-size: 1.0625em;
    line-height: 1.3;
    margin-block-end: calc(var(--_myo-space) * 0.25);
  }

  .group {
    margin-block-end: calc(var(--_myo-space) * 0.75);
  }

  .group-legend {
    padding: 0;
    font-weight: 600;
    line-height: 1.35;
    margin-block-end: calc(var(--_myo-space) * 0.25);
  }

  .list,
  .options {
    display: flex;
    flex-direction: column;
    gap: var(--_myo-checklist-gap);
    margin: 0;
    padding: 0;
  }

  .options--inline {
    flex-direction: row;
    flex-wrap: wrap;
  }

  .options--inline .card {
    flex: 1 1 8em;
  }

  .card {
    border: 1px solid var(--_myo-checklist-option-border);
    border-radius: var(--_myo-radius);
    background: var(--_myo-checklist-option-background);
  }

  .card--checked {
    border-color: var(--_myo-checklist-checked-border);
    box-shadow: inset 0 0 0 1px var(--_myo-checklist-checked-border);
  }

  .card--checked .label {
    font-weight: 600;
  }

  /* less room around the words in a narrow row (large text), so they stay whole */
  .choice {
    display: flex;
    align-items: center;
    gap: min(0.75em, 4%);
    min-block-size: var(--_myo-target);
    padding-block: 0.375em;
    padding-inline: min(0.75em, 3%);
    cursor: pointer;
  }
  .choice > .label {
    min-inline-size: 0;
  }

  .question--checkbox .choice {
    padding-block-end: 0.125em;
  }

  .input {
    font: inherit;
    flex: none;
    inline-size: var(--_myo-checklist-input-size);
    block-size: var(--_myo-checklist-input-size);
    margin: 0;
    accent-color: var(--_myo-accent);
    cursor: inherit;
  }

  .input:disabled,
  .input:disabled + .label {
    cursor: not-allowed;
  }

  .description {
    display: block;
    color: var(--_myo-muted);
    font-size: 0.875em;
    line-height: 1.4;
    margin: 0;
  }

  /* lines the description up with the label text, after the check box */
  .aside {
    padding-block: 0 0.5em;
    padding-inline: calc(1.5em + var(--_myo-checklist-input-size)) 0.75em;
  }

  .group > .description {
    margin-block-end: calc(var(--_myo-space) * 0.375);
  }

  .clear {
    margin-block-start: calc(var(--_myo-space) * 0.25);
    font-weight: 400;
    font-size: 0.9375em;
  }

  .disclaimer {
    margin: calc(var(--_myo-space) * 0.75) 0 0;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
      background: Canvas;
    }
    .card--checked {
      border-color: Highlight;
      box-shadow: inset 0 0 0 2px Highlight;
    }
    .description {
      color: CanvasText;
    }
    .section:disabled,
    .group:disabled {
      opacity: 1;
      color: GrayText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .card {
      transition: none;
    }
  }
`;
