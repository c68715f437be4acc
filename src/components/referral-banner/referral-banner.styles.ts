import { css } from 'lit';

/**
 * The banner paints its own surface, so it also sets its own text colour (never the page's
 * inherited one) to keep the contrast right in light and dark mode. The level is shown by an
 * icon, a title and a border shape, never by colour alone.
 */
export const referralBannerStyles = css`
  :host {
    --_myo-banner-text: var(--myo-banner-text, var(--myo-text, #1f2933));
    --_myo-banner-self-care: var(--myo-banner-self-care, var(--_myo-accent));
    --_myo-banner-self-care-surface: var(
      --myo-banner-self-care-surface,
      var(--_myo-surface-raised)
    );
    --_myo-banner-see-doctor: var(--myo-banner-see-doctor, var(--_myo-notice));
    --_myo-banner-see-doctor-surface: var(
      --myo-banner-see-doctor-surface,
      var(--_myo-notice-surface)
    );
    --_myo-banner-urgent: var(--myo-banner-urgent, var(--_myo-urgent));
    --_myo-banner-urgent-surface: var(--myo-banner-urgent-surface, var(--_myo-urgent-surface));
    --_myo-banner-color: var(--_myo-banner-self-care);
    --_myo-banner-surface: var(--_myo-banner-self-care-surface);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_myo-banner-text: var(--myo-banner-text, var(--myo-text, #f5f7fa));
    }
  }
  /* Nothing to show: no box and no margin, but the live regions stay in the accessibility
     tree so a later change is announced. */
  :host([level='none']) {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :host([level='see-doctor']) {
    --_myo-banner-color: var(--_myo-banner-see-doctor);
    --_myo-banner-surface: var(--_myo-banner-see-doctor-surface);
  }
  :host([level='urgent']) {
    --_myo-banner-color: var(--_myo-banner-urgent);
    --_myo-banner-surface: var(--_myo-banner-urgent-surface);
  }
  [hidden] {
    display: none !important;
  }
  .banner--shown {
    color: var(--_myo-banner-text);
    background: var(--_myo-banner-surface);
    border: 1px solid var(--_myo-banner-color);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_myo-radius);
    padding-block: var(--_myo-space);
    /* less in a narrow box (a sidebar, large text), so long words stay whole */
    padding-inline: min(calc(var(--_myo-space) * 1.25), 4%) min(var(--_myo-space), 3%);
  }
  .banner--urgent {
    border-width: 3px;
    border-inline-start-width: 0.5rem;
  }
  .banner--shown {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_myo-space) * 0.75);
  }
  .message > * + * {
    margin-block-start: calc(var(--_myo-space) * 0.5);
  }
  /* in a narrow box (large text, a sidebar) the title wraps under its icon, words whole */
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5em;
  }
  .icon {
    flex: none;
    display: inline-flex;
    inline-size: 1.75em;
    block-size: 1.75em;
    color: var(--_myo-banner-color);
  }
  .icon svg {
    inline-size: 100%;
    block-size: 100%;
  }
  .icon-mark {
    stroke: var(--_myo-banner-surface);
    fill: none;
  }
  .icon-mark--dot {
    stroke: none;
    fill: var(--_myo-banner-surface);
  }
  .title {
    flex: 1 1 8em;
    min-inline-size: 0;
    font-size: var(--myo-heading-size, 1.25em);
    font-weight: 700;
    line-height: 1.25;
    margin: 0;
    padding-block-start: 0.15em;
  }
  .title .heading {
    font-size: inherit;
    margin: 0;
  }
  .banner--urgent .title {
    color: var(--_myo-banner-color);
  }
  .body,
  .tips-title,
  .sources,
  .disclaimer {
    margin: 0;
  }
  .list {
    margin: 0;
    padding-inline-start: min(1.5em, 10%);
  }
  .list > li + li {
    margin-block-start: 0.25em;
  }
  .tips-title {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_myo-space) * 0.5);
  }
  .actions:empty {
    display: none;
  }
  a {
    color: inherit;
  }
  /* inline blocks, not flex: a word wider than the box wraps inside the link, never out */
  .cta,
  .emergency {
    display: inline-block;
    max-inline-size: 100%;
    text-align: center;
    text-decoration: none;
  }
  .cta:hover,
  .emergency:hover {
    text-decoration: underline;
  }
  .emergency {
    font: inherit;
    font-weight: 700;
    min-block-size: var(--_myo-target);
    padding: 0.5em min(1em, 5%);
    border-radius: var(--_myo-radius);
    border: 2px solid var(--_myo-banner-color);
    /* the first, main action at urgent: filled, in the urgent colour */
    background: var(--_myo-banner-color);
    color: var(--_myo-banner-surface);
  }
  /* the space after the icon lets a long label wrap after it, not inside a word */
  .emergency::before {
    content: '☎ ';
    content: '☎ ' / '';
  }
  .sources,
  .disclaimer {
    font-size: 0.875em;
  }
  .sources a {
    display: inline-block;
    min-block-size: 24px;
  }
  .disclaimer {
    font-style: italic;
  }
  @media (forced-colors: active) {
    .banner--shown {
      border-color: CanvasText;
    }
    .icon,
    .banner--urgent .title {
      color: CanvasText;
    }
    .icon-mark {
      stroke: Canvas;
    }
    .icon-mark--dot {
      fill: Canvas;
    }
    .banner--urgent {
      border-style: double;
      border-width: 6px;
      border-inline-start-width: 0.5rem;
    }
    a {
      color: LinkText;
    }
    .emergency {
      border-color: LinkText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .cta,
    .emergency {
      transition: none;
    }
  }
`;
