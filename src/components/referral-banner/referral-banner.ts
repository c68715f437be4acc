import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { compareLevels, referralReasons } from '../../core/engine.js';
import { formatMessage, localize, prepareList } from '../../core/text.js';
import { unansweredText } from '../../core/unanswered.js';
import type { Assessment, Level, Reason, Source } from '../../core/types.js';
import { readCtaHref, readEnum, safeHref } from '../../shared/attributes.js';
import { MyoElement } from '../../shared/myo-element.js';
import { whenIdle } from '../../shared/render-budget.js';
import { baseStyles } from '../../styles/base.styles.js';
import { referralBannerStyles } from './referral-banner.styles.js';
import { addEnglish } from '../../core/i18n.js';
import { enBannerUi } from '../../core/locales/en-banner.js';

// this element's English interface text (the shared text loads with every element)
addEnglish(enBannerUi);

/** Values of `show-when`: the lowest level at which the banner appears. */
export const BANNER_SHOW_WHEN = ['self-care', 'see-doctor'] as const;
export type BannerShowWhen = (typeof BANNER_SHOW_WHEN)[number];

/** Values of `fixed-level`: the level a static banner always shows. */
export const BANNER_FIXED_LEVELS = ['self-care', 'see-doctor', 'urgent'] as const;
export type BannerFixedLevel = (typeof BANNER_FIXED_LEVELS)[number];

export { safeHref };

/** What the banner shows, derived from the assessment and the attributes in `willUpdate`. */
interface BannerView {
  level: Level;
  assessment?: Assessment;
  reasons: Reason[];
  notes: Assessment['notes'];
  sources: Source[];
}

const icons: Record<Exclude<Level, 'none'>, TemplateResult> = {
  // an "i" in a circle: information
  'self-care': svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/>
    <path d="M12 10.5v6" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/>
    <circle cx="12" cy="7" r="1.5" fill="currentColor"/>`,
  // a medical cross in a circle
  'see-doctor': svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/>
    <path d="M10 6.5h4v3.5h3.5v4H14v3.5h-4V14H6.5v-4H10z" fill="currentColor"/>`,
  // an exclamation mark in a triangle: warning
  urgent: svg`<path d="M12 2.5 22.5 21h-21z" fill="currentColor"/>
    <path class="icon-mark" d="M12 9v5.5" stroke-width="2.4" stroke-linecap="round"/>
    <circle class="icon-mark icon-mark--dot" cx="12" cy="17.6" r="1.4"/>`,
};

/**
 * The next step for the answers of its group: nothing, self-care tips, "Consider seeing a
 * doctor" with the reasons that led to it, or "Get medical care now". Display-only: it
 * updates live as any element of its group changes answers and fires no `myo-change`.
 *
 * @summary The next step — self-care tips, "see a doctor" with its reasons, or urgent care.
 * @tag myo-referral-banner
 *
 * @slot before - Publisher content above the message (shown only while the banner shows).
 * @slot after - Publisher content below the reasons or tips (shown only while the banner shows).
 * @slot cta - Replaces the default call to action (shown at `see-doctor`, and at `urgent` after
 * the emergency action, which stays first). A click on a link inside it fires `myo-cta` too.
 *
 * @csspart base - The banner box; also the element that holds the live regions.
 * @csspart icon - The level's icon.
 * @csspart title - The level's title ("Consider seeing a doctor"); holds the heading unless `heading` is set.
 * @csspart heading - The heading (the level title by default, or the `heading` text).
 * @csspart body - The level's explanation.
 * @csspart unanswered - At `self-care`, what is still unanswered among the questions that could point to a doctor.
 * @csspart note - A note of the pack whose condition holds (the chest note), at any level shown.
 * @csspart reasons - The list of reasons that led to `see-doctor` or `urgent`.
 * @csspart reason - One reason.
 * @csspart tips - The list of self-care tips (at `self-care`).
 * @csspart tip - One self-care tip.
 * @csspart emergency - "Call {number}", the button-styled `tel:` link that comes first at `urgent` (when `emergency-number` is set).
 * @csspart emergency-row - What to do now, at `urgent`: the emergency link and "or go to the nearest emergency department", or, without a number, "Call your local emergency number or go to the nearest emergency department now."
 * @csspart cta - The default call-to-action link. At `urgent` it comes after the emergency action, styled as a secondary link.
 * @csspart disclaimer - "This self-check is for information only…".
 * @csspart sources - The sources cited by the reasons shown.
 * @csspart persist-notice - The "answers are stored" note, when this banner carries `persist`.
 * @csspart clear-button - Its "Clear my answers" button.
 *
 * @cssprop --myo-banner-self-care - Colour of the self-care border and icon (default `--myo-accent`).
 * @cssprop --myo-banner-self-care-surface - Background at self-care (default `--myo-surface-raised`).
 * @cssprop --myo-banner-see-doctor - Colour of the see-doctor border and icon (default `--myo-notice`).
 * @cssprop --myo-banner-see-doctor-surface - Background at see-doctor (default `--myo-notice-surface`).
 * @cssprop --myo-banner-urgent - Colour of the urgent border, icon and title (default `--myo-urgent`).
 * @cssprop --myo-banner-urgent-surface - Background at urgent (default `--myo-urgent-surface`).
 * @cssprop --myo-banner-text - Text colour inside the banner (default `--myo-text`, else a dark or light grey by colour scheme).
 *
 * @fires {CustomEvent<MyoChangeDetail>} myo-change - A visitor cleared the group's answers with "Clear my answers"
 * (shown when this banner carries `persist`). Detail: `{ group, answers, assessment }`.
 * @fires {CustomEvent<MyoLevelChangeDetail>} myo-level-change - That clearing moved the assessment level.
 * @fires {CustomEvent<MyoCtaDetail>} myo-cta - The call to action was used (detail `{ href, level }`). Cancelable: calling
 * `preventDefault()` stops the link from navigating (for single-page routing).
 */
export class MyoReferralBanner extends MyoElement {
  static override styles = [baseStyles, referralBannerStyles];

  /** @internal `show-when` in force, derived in willUpdate */
  private effectiveShowWhen: BannerShowWhen = 'self-care';
  /** @internal `fixed-level` in force, derived in willUpdate */
  private effectiveFixedLevel?: BannerFixedLevel;
  /** @internal the call to action's link in force, derived in willUpdate */
  private href?: string;
  /** @internal what is rendered, derived in willUpdate */
  private view: BannerView = { level: 'none', reasons: [], notes: [], sources: [] };

  /**
   * Where the call to action links to (shown at `see-doctor`, and at `urgent` after the
   * emergency action, as a secondary link: never the urgent result's first action): an http(s),
   * relative, `tel:` or `mailto:` URL. Any other scheme (`javascript:`, `data:`…) is refused
   * with a warning and no link is shown.
   */
  @property({ attribute: 'cta-href' }) ctaHref = '';

  /** The call to action's text. Default: "Find a doctor", localised. */
  @property({ attribute: 'cta-label' }) ctaLabel = '';

  /**
   * The lowest level at which the banner appears: `self-care` (default) or `see-doctor`.
   * `urgent` always appears. Below it, the banner shows nothing and `level` is `none`.
   */
  @property({ attribute: 'show-when' }) showWhen: BannerShowWhen = 'self-care';

  /**
   * Always show this level (`self-care`, `see-doctor` or `urgent`), whatever the answers: a
   * static banner. It lists no reasons, since it does not depend on answers.
   */
  @property({ attribute: 'fixed-level' }) fixedLevel?: BannerFixedLevel;

  /**
   * The level shown now (`none`, `self-care`, `see-doctor` or `urgent`), after `show-when`
   * and `fixed-level`. Read-only; reflected to the `level` attribute for styling, as in
   * `myo-referral-banner[level='urgent']`.
   */
  get level(): Level {
    return this.shownLevel(this.assessment);
  }

  /**
   * The group's current assessment (level, reasons, counts, threshold), whatever
   * `show-when` and `fixed-level` say: the same object for every element of the group.
   * Read-only.
   */
  override get assessment(): Assessment {
    return super.assessment;
  }

  constructor() {
    super();
    // On the host, not the slot: a link's keyboard activation is a click too.
    this.addEventListener('click', this.handleCtaClick);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.effectiveShowWhen = readEnum(
      this.tag,
      'show-when',
      this.showWhen,
      BANNER_SHOW_WHEN,
      'self-care',
    );
    this.effectiveFixedLevel = readEnum(
      this.tag,
      'fixed-level',
      this.fixedLevel,
      BANNER_FIXED_LEVELS,
      undefined,
      'the level of the answers',
    );
    this.href = readCtaHref(this.tag, this.ctaHref);

    const assessment = this.assessment;
    const level = this.shownLevel(assessment);
    const fixed = Boolean(this.effectiveFixedLevel);
    const reasons =
      fixed || compareLevels(level, 'see-doctor') < 0 ? [] : referralReasons(assessment);
    const pack = this.store.pack;
    const notes = level === 'none' || fixed ? [] : assessment.notes;
    const sourceIds = new Set(
      [
        ...reasons.map(r => pack.rules.find(rule => rule.id === r.id)),
        ...notes.map(n => pack.notes?.find(note => note.id === n.id)),
      ]
        .map(item => item?.source)
        .filter(Boolean),
    );
    const sources = pack.sources.filter(s => sourceIds.has(s.id));
    this.view = { level, assessment, reasons, notes, sources };
    if (this.getAttribute('level') !== level) this.setAttribute('level', level);
  }

  /** @internal fires `myo-cta` for a click on the default link or on a link slotted in `cta` */
  private readonly handleCtaClick = (event: MouseEvent): void => {
    const path = event.composedPath();
    const slot = this.renderRoot.querySelector('slot[name="cta"]');
    const end = slot ? path.indexOf(slot) : -1;
    if (end < 0) return;
    const anchor = path
      .slice(0, end)
      .find(
        (n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.hasAttribute('href'),
      );
    if (!anchor) return;
    const proceed = this.emit(
      'myo-cta',
      { href: anchor.getAttribute('href') ?? '', level: this.view.level },
      true,
    );
    if (!proceed) event.preventDefault();
  };

  /** @internal the level shown for an assessment, after `fixed-level` and `show-when` */
  private shownLevel(assessment: Assessment): Level {
    const fixed = this.effectiveFixedLevel;
    if (fixed) return fixed;
    if (assessment.level === 'urgent') return 'urgent';
    return compareLevels(assessment.level, this.effectiveShowWhen) >= 0 ? assessment.level : 'none';
  }

  /** @internal the language whose list formatter is made or on its way */
  private listLang = '';

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // the "not answered" note is a list: its formatter is made while the reader reads, not
    // on the first tap that shows the note (the page's first Intl.ListFormat cost that tap
    // about 55 ms on a 4× slower CPU: npm run profile, PROFILE_TAPS=1)
    const lang = this.effectiveLang;
    if (lang !== this.listLang) {
      this.listLang = lang;
      whenIdle(() => prepareList(lang));
    }
  }

  /** @internal */
  private renderMessage(level: Exclude<Level, 'none'>): TemplateResult {
    const lang = this.effectiveLang;
    const pack = this.store.pack;
    const texts = pack.levels[level];
    const title = localize(texts.title, lang);
    const threshold = this.view.assessment?.thresholdMonths ?? 3;
    const body = formatMessage(texts.body, lang, { thresholdMonths: threshold }, threshold);
    const { reasons, assessment } = this.view;
    const unanswered =
      level === 'self-care' && assessment && !this.effectiveFixedLevel
        ? unansweredText(assessment, pack, lang)
        : '';
    const number = level === 'urgent' ? this.store.settings.emergencyNumber : undefined;
    return html`<div class="title-row">
        <span part="icon" class="icon" aria-hidden="true"
          ><svg viewBox="0 0 24 24" focusable="false">${icons[level]}</svg></span
        >
        <div part="title" class="title">
          ${this.heading == null ? this.renderHeading(title) : title}
        </div>
      </div>
      <p part="body" class="body">${body}</p>
      ${unanswered ? html`<p part="unanswered" class="body">${unanswered}</p>` : nothing}
      ${this.view.notes.map(n => html`<p part="note" class="body">${n.message}</p>`)}
      ${
        reasons.length
          ? html`<ul part="reasons" class="list reasons">
              ${reasons.map(r => html`<li part="reason" class="reason">${r.message}</li>`)}
            </ul>`
          : nothing
      }
      ${
        // What to do now, inside the alert (so it always has text): "Call {number}" first,
        // button-styled, then "or go to the nearest emergency department"; without a number,
        // "Call your local emergency number or go to the nearest emergency department now."
        // Sources: Mayo Clinic, "Muscle pain: When to see a doctor" (get medical care right away
        // for these signs, https://www.mayoclinic.org/symptoms/muscle-pain/basics/when-to-see-doctor/sym-20050866);
        // NHS, "When to call 999" (call 999 or go to A&E for breathing difficulties,
        // https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/)
        level === 'urgent'
          ? html`<p part="emergency-row" class="emergency-row">
              ${
                number
                  ? html`<a
                        part="emergency"
                        class="emergency"
                        href="tel:${number.replace(/[^\d+]/g, '')}"
                        >${this.localize.term('emergencyCall', { number })}</a
                      >
                      ${this.localize.term('emergencyOrGo')}`
                  : this.localize.term('emergencyNow')
              }
            </p>`
          : nothing
      }`;
  }

  /** @internal */
  private renderTips(): TemplateResult {
    const lang = this.effectiveLang;
    const { selfCare } = this.store.pack;
    return html`<div class="tips">
      <p class="tips-title" id="tips-title">${localize(selfCare.title, lang)}</p>
      <ul part="tips" class="list" aria-labelledby="tips-title">
        ${selfCare.tips.map(tip => html`<li part="tip" class="tip">${localize(tip, lang)}</li>`)}
      </ul>
    </div>`;
  }

  /** @internal */
  private renderSources(): TemplateResult | typeof nothing {
    const { sources } = this.view;
    if (!sources.length) return nothing;
    return html`<p part="sources" class="sources">
      ${this.localize.term('sources')}:
      ${sources.map((s, i) => {
        const label = `${s.publisher}, “${s.title}”`;
        const href = /^https?:\/\//i.test(s.url) ? s.url : undefined;
        return html`${i ? '; ' : ''}${href ? html`<a href=${href}>${label}</a>` : label}`;
      })}
    </p>`;
  }

  protected override render(): TemplateResult {
    const { level } = this.view;
    const shown = level !== 'none';
    const withCta = level === 'see-doctor' || level === 'urgent';
    const href = withCta ? this.href : undefined;
    const lang = this.effectiveLang;
    return html`<div part="base" class="banner banner--${level} ${shown ? 'banner--shown' : ''}">
      ${shown && this.heading ? this.renderHeading('') : nothing}
      <slot name="before" ?hidden=${!shown}></slot>
      <div class="messages">
        <div class="message" role="status">
          ${shown && level !== 'urgent' ? this.renderMessage(level) : nothing}
        </div>
        <div class="message" role="alert">
          ${level === 'urgent' ? this.renderMessage(level) : nothing}
        </div>
      </div>
      ${level === 'self-care' ? this.renderTips() : nothing}
      <slot name="after" ?hidden=${!shown}></slot>
      <div class="actions" ?hidden=${!withCta}>
        <slot name="cta"
          >${
            href
              ? html`<a
                  part="cta"
                  class="button cta ${level === 'urgent' ? 'button--secondary' : ''}"
                  href=${href}
                  >${this.ctaLabel || this.localize.term('ctaDefault')}</a
                >`
              : nothing
          }</slot
        >
      </div>
      ${shown ? this.renderSources() : nothing}
      <p part="disclaimer" class="disclaimer" ?hidden=${!shown}>
        ${shown ? localize(this.store.pack.disclaimer, lang) : ''}
      </p>
      ${this.renderPersistNotice()}
    </div>`;
  }
}
