import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  toQuestionnaireResponse,
  type FhirQuestionnaireResponse,
  type QuestionnaireResponseOptions,
} from '../../core/fhir.js';
import type { Answers, Assessment } from '../../core/types.js';
import { splitList } from '../../core/text.js';
import { quoteList, warnAttribute } from '../../core/warn.js';
import type { MyoChangeDetail } from '../../events.js';
import { MyoElement } from '../../shared/myo-element.js';
import { renderBodyFigure } from '../body-map/body-figure.js';
import {
  safeEmergencyNumber,
  safeHref,
  toNumber,
  validThresholdMonths,
  warnCallToAction,
  warnThresholdMonths,
} from '../referral-banner/referral-banner.js';
import { CHECKLIST_MODES, type ChecklistMode } from '../symptom-checklist/symptom-checklist.js';
import type { GroupStore, StoreChange } from '../../store/group-store.js';
import { baseStyles } from '../../styles/base.styles.js';
import { printStyles } from './print.styles.js';
import { selfCheckStyles } from './self-check.styles.js';
import {
  buildSummary,
  isoDate,
  splitSection,
  summaryToText,
  withSeparator,
  type Summary,
} from './summary.js';

/** The quiz's steps, in their default order. `result` is always last. */
export const STEP_IDS = ['symptoms', 'areas', 'impact', 'result'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** What `toJSON()` returns: the answers, their assessment, the pack and the date. */
export interface SelfCheckJSON {
  answers: Answers;
  assessment: Assessment;
  pack: { id: string; version: string };
  /** ISO 8601 date and time the summary was made. */
  date: string;
}

const isStep = (value: unknown): value is StepId => STEP_IDS.includes(value as StepId);

/**
 * The whole muscle-pain self-check in one box: the symptoms, where it hurts, how long and
 * how it affects you (with the warning-sign and medicine questions), then the result — the
 * referral banner and a summary for the doctor that can be printed, copied or downloaded.
 * Every question can be skipped; a warning sign jumps straight to the result.
 *
 * Answers live in the group's store, so they survive going back, a language switch and a
 * re-render, and other elements of the same `group` on the page follow along.
 *
 * **Printing.** Print opens the browser's dialog. Inside the widget, only the summary
 * prints (the progress, buttons and banner are hidden). The rest of the page prints as the
 * page's own print styles say. While the dialog opened by Print is open, the element has a
 * `printing` attribute, so a page that wants the summary alone on paper can add:
 * `@media print { body:has(myo-self-check[printing]) * { visibility: hidden }
 * body:has(myo-self-check[printing]) myo-self-check[printing] { visibility: visible; position: absolute; inset-block-start: 0;
 * inset-inline-start: 0; inline-size: 100% } }`.
 *
 * The host is a CSS size container (`container-type: inline-size`): give it a width (a
 * block in a column or sidebar does); do not put it in a shrink-to-fit box.
 *
 * @summary The whole self-check: steps, progress, result, and a summary for the doctor.
 * @tag myo-self-check
 *
 * @dependency myo-symptom-checklist
 * @dependency myo-body-map
 * @dependency myo-referral-banner
 *
 * @fires myo-complete - The visitor reached the result (once, until a reset). Detail: `{ group, answers, assessment }`.
 * @fires myo-change - A visitor changed an answer (from the inner elements), or cleared them with Start again.
 * @fires myo-level-change - The assessment level changed after a visitor's action.
 * @fires myo-cta - The banner's call to action was used.
 *
 * @csspart base - The box around the whole quiz.
 * @csspart heading - The self-check's heading.
 * @csspart progress - The progress area (text and bar).
 * @csspart progress-text - "Step 2 of 4".
 * @csspart progress-bar - The progress bar (`role="progressbar"`).
 * @csspart progress-segment - One segment of the bar per step; also `progress-segment-done` and `progress-segment-current`.
 * @csspart step - The current step; also `step-symptoms`, `step-areas`, `step-impact` or `step-result`.
 * @csspart step-heading - The current step's heading (focused on every step change).
 * @csspart checklist - The inner symptom checklists.
 * @csspart body-map - The inner body map.
 * @csspart banner - The inner referral banner.
 * @csspart summary - The summary for the doctor.
 * @csspart summary-heading - Its heading.
 * @csspart summary-section - One topic of the summary (symptoms, areas, duration…).
 * @csspart summary-figure - The small drawing of the painful areas.
 * @csspart disclaimer - "This self-check is for information only…".
 * @csspart actions - The Print, Copy and Download buttons.
 * @csspart print-button - Print.
 * @csspart copy-button - Copy as text.
 * @csspart download-json-button - Download JSON.
 * @csspart download-fhir-button - Download FHIR.
 * @csspart status - The copy status message.
 * @csspart copy-fallback - The text to copy by hand when the clipboard is not available.
 * @csspart nav - The Back / Next / Start again buttons.
 * @csspart back-button - Back.
 * @csspart next-button - Next, or "See my result" on the last question step.
 * @csspart start-again-button - Start again (on the result).
 * @csspart persist-notice - The "answers are stored" note, when `persist` is set.
 * @csspart clear-button - Its "Clear my answers" button.
 *
 * @cssprop --myo-self-check-padding - Padding of the box (default `--myo-spacing`, 1rem).
 * @cssprop --myo-self-check-border - Border of the box (default 1px solid `--myo-border`).
 * @cssprop --myo-self-check-surface - Background of the box (default `--myo-surface`).
 * @cssprop --myo-self-check-progress-size - Thickness of the progress bar (default 0.5rem).
 * @cssprop --myo-accent - Buttons and the progress bar.
 * @cssprop --myo-text - Text colour (default: inherited).
 * @cssprop --myo-surface-raised - Background of the summary.
 * @cssprop --myo-border - Borders.
 * @cssprop --myo-radius - Corner radius.
 * @cssprop --myo-focus-ring - Focus outline colour.
 * @cssprop --myo-spacing - Spacing unit.
 * @cssprop --myo-font - Font family (default: inherited).
 * @cssprop --myo-target-size - Minimum size of buttons (default 44px, never under 24px).
 */
export class MyoSelfCheck extends MyoElement {
  static override styles = [baseStyles, selfCheckStyles, printStyles];

  /** @internal milliseconds before a download's object URL is revoked */
  static revokeDelay = 1000;

  @query('#step-heading') private stepHeading?: HTMLElement;
  @query('#copy-fallback') private copyFallback?: HTMLTextAreaElement;

  @state() private copyStatus: '' | 'copied' | 'failed' = '';
  @state() private copyText = '';

  /**
   * The steps, in order: a comma list of `symptoms`, `areas`, `impact` and `result`. The
   * result is always shown last, even when left out. Unknown ids: a warning, then ignored.
   */
  @property() steps = '';

  /**
   * The current step's id. Settable from code (focus then moves to that step's heading);
   * a step that is not in `steps` gives a warning and the first step.
   */
  @property() step: StepId | '' = '';

  /** How the symptom checklist asks: `yes-no` (default) or `severity` (none … severe). */
  @property() mode = '';

  /** The link of the banner's call to action (for example the publisher's "find a doctor" page). */
  @property({ attribute: 'cta-href' }) ctaHref = '';

  /** The text of the banner's call to action (default "Find a doctor"). */
  @property({ attribute: 'cta-label' }) ctaLabel = '';

  /** A local emergency number, shown with the warning-sign message (for example `112`). */
  @property({ attribute: 'emergency-number' }) emergencyNumber = '';

  /** Months of pain after which a doctor is suggested (default 3: the article's "more than three months"). */
  @property({ attribute: 'threshold-months', converter: { fromAttribute: toNumber } })
  thresholdMonths?: number;

  /** The steps in force, from `steps`. */
  private activeSteps: StepId[] = [...STEP_IDS];
  /** `myo-complete` was fired (until a reset). */
  private completed = false;
  /** The level was `urgent` at the last change (to notice a new warning sign). */
  private wasUrgent = false;
  private printDone?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.wasUrgent = this.currentAssessment().level === 'urgent';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.printDone?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('steps') || !this.hasUpdated) this.activeSteps = this.parseSteps();
    if (changed.has('mode') && this.mode && !this.effectiveMode)
      warnAttribute(this.tag, 'mode', this.mode, quoteList(CHECKLIST_MODES), 'yes-no');
    warnThresholdMonths(
      this,
      changed,
      this.thresholdMonths,
      this.store.pack.params.thresholdMonths ?? 3,
    );
    warnCallToAction(this.tag, changed, this.ctaHref, this.emergencyNumber);
    if (!this.hasUpdated) this.restoreStep();
    if (!isStep(this.step) || !this.activeSteps.includes(this.step)) {
      if (changed.has('step') && this.step != null && this.step !== '')
        warnAttribute(
          this.tag,
          'step',
          this.step,
          `one of ${quoteList(this.activeSteps)}`,
          this.activeSteps[0],
        );
      this.step = this.activeSteps[0];
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const previous = changed.get('step');
    if (changed.has('step') && previous) {
      this.stepHeading?.focus();
      this.saveStep();
    }
  }

  /** @internal a new warning sign from the visitor jumps to the result */
  protected override groupChanged(store: GroupStore, change: StoreChange): void {
    const urgent = store.assess(this.assessOptions()).level === 'urgent';
    if (urgent && !this.wasUrgent && change.origin === 'user')
      // after the element that changed the answer has fired its myo-change
      queueMicrotask(() => {
        if (this.step !== 'result' && this.wasUrgent) this.goTo('result');
      });
    this.wasUrgent = urgent;
  }

  /** @internal */
  protected override assessOptions(): {
    thresholdMonths?: number;
    lang: string;
    emergencyNumber?: string;
  } {
    return {
      lang: this.effectiveLang,
      thresholdMonths: this.effectiveThreshold,
      emergencyNumber: this.effectiveEmergencyNumber,
    };
  }

  private handleBack(): void {
    const index = this.activeSteps.indexOf(this.step as StepId);
    if (index > 0) this.goTo(this.activeSteps[index - 1]);
  }

  private handleNext(): void {
    const index = this.activeSteps.indexOf(this.step as StepId);
    if (index < this.activeSteps.length - 1) this.goTo(this.activeSteps[index + 1]);
  }

  private handleStartAgain(): void {
    this.clearAll();
    this.startOver();
  }

  private handlePrint(): void {
    this.printDone?.();
    this.toggleAttribute('printing', true);
    const done = () => {
      window.removeEventListener('afterprint', done);
      this.removeAttribute('printing');
      this.printDone = undefined;
    };
    this.printDone = done;
    window.addEventListener('afterprint', done);
    window.print();
  }

  private async handleCopy(): Promise<void> {
    const text = summaryToText(this.summary());
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.copyText = '';
      this.copyStatus = 'copied';
    } catch {
      // no clipboard (an insecure page, a denied permission): show the text to copy by hand
      this.copyText = text;
      this.copyStatus = 'failed';
      await this.updateComplete;
      this.copyFallback?.focus();
      this.copyFallback?.select();
    }
  }

  private handleDownloadJson(): void {
    this.download(
      this.toJSON(),
      `myocheck-summary-${isoDate(new Date())}.json`,
      'application/json',
    );
  }

  private handleDownloadFhir(): void {
    this.download(
      this.questionnaireResponse(),
      `myocheck-questionnaire-response-${isoDate(new Date())}.json`,
      'application/fhir+json',
    );
  }

  /** Clears every answer (and the stored copy, with `persist`) and goes back to the first step. */
  reset(): void {
    this.store.clear({ origin: 'code' });
    this.startOver();
  }

  /** The answers, their assessment, the content pack's id and version, and the date. */
  toJSON(): SelfCheckJSON {
    const pack = this.store.pack;
    return {
      answers: { ...this.store.answers },
      assessment: this.currentAssessment(),
      pack: { id: pack.id, version: pack.version },
      date: new Date().toISOString(),
    };
  }

  /**
   * The answers as a FHIR R4 `QuestionnaireResponse` (made in the browser, sent nowhere), for
   * the Questionnaire of the content pack, in the visitor's language. Its `status` is
   * `completed` once the result was reached, `in-progress` before; `options` may set
   * `status`, `subject` or `authored`.
   */
  questionnaireResponse(
    options: Pick<QuestionnaireResponseOptions, 'status' | 'subject' | 'authored'> = {},
  ): FhirQuestionnaireResponse {
    return toQuestionnaireResponse(this.store.answers, {
      status: this.completed || this.step === 'result' ? 'completed' : 'in-progress',
      ...options,
      pack: this.store.pack,
      lang: this.effectiveLang,
    });
  }

  /** The summary's text, as Copy as text puts it on the clipboard. */
  summaryText(): string {
    return summaryToText(this.summary());
  }

  /** @internal the steps in force, from `steps` */
  private parseSteps(): StepId[] {
    const raw = splitList(this.steps);
    if (!raw.length) return [...STEP_IDS];
    const known = [...new Set(raw.filter(isStep).filter(s => s !== 'result'))];
    const list: StepId[] = [...known, 'result'];
    const usable = raw.some(isStep);
    if (raw.some(s => !isStep(s)))
      warnAttribute(
        this.tag,
        'steps',
        this.steps,
        `a comma-separated list of ${quoteList(STEP_IDS)}`,
        (usable ? list : STEP_IDS).join(','),
      );
    return usable ? list : [...STEP_IDS];
  }

  /** @internal the checklist mode, or undefined for the checklist's default */
  private get effectiveMode(): string | undefined {
    return CHECKLIST_MODES.includes(this.mode as ChecklistMode) ? this.mode : undefined;
  }

  /** @internal a valid `threshold-months`, or undefined for the pack's */
  private get effectiveThreshold(): number | undefined {
    return validThresholdMonths(this.thresholdMonths);
  }

  /** @internal a valid `emergency-number`, trimmed */
  private get effectiveEmergencyNumber(): string | undefined {
    return safeEmergencyNumber(this.emergencyNumber);
  }

  /** @internal with `persist`, the step saved with the answers */
  private restoreStep(): void {
    if (this.step !== '' || !this.effectivePersist) return;
    const saved = this.store.meta.step;
    if (isStep(saved) && this.activeSteps.includes(saved)) {
      this.step = saved;
      if (saved === 'result') this.completed = true;
    }
  }

  /** @internal with `persist`, keeps the step (once the visitor has moved on from step 1) */
  private saveStep(): void {
    if (!this.effectivePersist) return;
    if (this.step === this.activeSteps[0] && this.store.meta.step === undefined) return;
    this.store.setMeta('step', this.step);
  }

  /** @internal a visitor's move to another step */
  private goTo(step: StepId): void {
    this.copyStatus = '';
    this.copyText = '';
    this.step = step;
    if (step === 'result' && !this.completed) {
      this.completed = true;
      this.emit<MyoChangeDetail>('myo-complete', {
        group: this.store.name,
        answers: { ...this.store.answers },
        assessment: this.currentAssessment(),
      });
    }
  }

  /** @internal back to the first step, ready to fire `myo-complete` again */
  private startOver(): void {
    this.completed = false;
    this.wasUrgent = false;
    this.copyStatus = '';
    this.copyText = '';
    this.step = this.activeSteps[0];
  }

  /** @internal */
  private summary(): Summary {
    return buildSummary(this.store.answers, this.currentAssessment(), {
      pack: this.store.pack,
      lang: this.effectiveLang,
    });
  }

  /** @internal saves data as a file, made in the browser: no request leaves the page */
  private download(data: unknown, filename: string, type: string): void {
    const blob = new Blob([JSON.stringify(data, null, 2)], { type });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), MyoSelfCheck.revokeDelay);
  }

  /** @internal heading levels: the self-check's, its steps', and what is inside a step */
  private get levels(): { step: number; inner: number } {
    const own = this.effectiveHeadingLevel;
    const step = this.heading === '' ? own : Math.min(own + 1, 6);
    return { step, inner: Math.min(step + 1, 6) };
  }

  private renderProgress(index: number): TemplateResult {
    const total = this.activeSteps.length;
    const text = this.localize.term('stepOf', { current: index + 1, total });
    return html`<div part="progress" class="progress">
      <p part="progress-text" class="progress__text">${text}</p>
      <div
        part="progress-bar"
        class="progress__bar"
        role="progressbar"
        aria-label=${this.localize.term('progressLabel')}
        aria-valuemin="1"
        aria-valuemax=${total}
        aria-valuenow=${index + 1}
        aria-valuetext=${text}
      >
        ${this.activeSteps.map(
          (_, i) =>
            html`<span
              part="progress-segment ${i < index ? 'progress-segment-done' : ''} ${
                i === index ? 'progress-segment-current' : ''
              }"
              class=${classMap({
                progress__segment: true,
                'progress__segment--done': i < index,
                'progress__segment--current': i === index,
              })}
            ></span>`,
        )}
      </div>
    </div>`;
  }

  private renderStepBody(step: StepId, inner: number): TemplateResult {
    const lang = this.effectiveLang;
    const persist = this.effectivePersist;
    const content = this.content || undefined;
    switch (step) {
      case 'symptoms':
      case 'impact':
        return html`<myo-symptom-checklist
          part="checklist"
          sections=${step === 'symptoms' ? 'symptoms' : 'duration,impact,safety'}
          mode=${ifDefined(step === 'symptoms' ? this.effectiveMode : undefined)}
          group=${this.group}
          lang=${lang}
          persist=${ifDefined(persist)}
          content=${ifDefined(content)}
          heading=""
          heading-level=${inner}
          ?disabled=${this.disabled}
        ></myo-symptom-checklist>`;
      case 'areas':
        return html`<myo-body-map
          part="body-map"
          group=${this.group}
          lang=${lang}
          persist=${ifDefined(persist)}
          content=${ifDefined(content)}
          heading=""
          heading-level=${inner}
          ?disabled=${this.disabled}
        ></myo-body-map>`;
      case 'result':
        return this.renderResult(inner);
    }
  }

  private renderResult(inner: number): TemplateResult {
    const summary = this.summary();
    const term = this.localize.term.bind(this.localize);
    return html`<myo-referral-banner
        part="banner"
        group=${this.group}
        lang=${this.effectiveLang}
        content=${ifDefined(this.content || undefined)}
        heading-level=${inner}
        threshold-months=${ifDefined(this.effectiveThreshold)}
        cta-href=${ifDefined(safeHref(this.ctaHref))}
        cta-label=${ifDefined(this.ctaLabel || undefined)}
        emergency-number=${ifDefined(this.effectiveEmergencyNumber)}
      ></myo-referral-banner>
      ${this.renderSummary(summary, inner)}
      <div part="actions" class="actions">
        ${(
          [
            ['print-button', 'print', this.handlePrint],
            ['copy-button', 'copyText', this.handleCopy],
            ['download-json-button', 'downloadJson', this.handleDownloadJson],
            ['download-fhir-button', 'downloadFhir', this.handleDownloadFhir],
          ] as const
        ).map(
          ([part, label, handler]) =>
            html`<button
              type="button"
              part=${part}
              class="button button--secondary"
              ?disabled=${this.disabled}
              @click=${handler}
            >
              ${term(label)}
            </button>`,
        )}
      </div>
      <p
        part="status"
        class=${classMap({ status: true, 'status--failed': this.copyStatus === 'failed' })}
        role="status"
      >
        ${this.copyStatus === 'copied' ? term('copied') : this.copyStatus === 'failed' ? term('copyFailed') : ''}
      </p>
      ${
        this.copyText
          ? html`<div part="copy-fallback" class="copy-fallback">
              <label for="copy-fallback">${term('summaryText')}</label>
              <textarea id="copy-fallback" readonly .value=${this.copyText}></textarea>
            </div>`
          : nothing
      }
      ${this.renderPersistNotice()}`;
  }

  private renderSummary(summary: Summary, level: number): TemplateResult {
    return html`<section part="summary" class="summary" aria-labelledby="summary-heading">
      <div
        part="summary-heading"
        class="heading summary__heading"
        id="summary-heading"
        role="heading"
        aria-level=${level}
      >
        ${summary.title}
      </div>
      <p class="summary__meta">
        <span>${summary.subtitle}</span><br />
        <span
          >${this.localize.term('summaryDate')}:
          <time datetime=${summary.isoDate}>${summary.date}</time></span
        >
      </p>
      <dl class="summary__list">
        ${summary.sections.map(section => {
          const { lead, items } = splitSection(section);
          return html`<div
            part="summary-section"
            class="summary__section summary__section--${section.id}"
          >
            <dt class="summary__term">${section.title}</dt>
            <dd class="summary__details">
              ${lead ? html`<span class="summary__value">${lead.value}</span>` : nothing}
              <div class="summary__lead">
                ${this.renderList(lead?.list)}
                ${section.id === 'areas' ? this.renderFigure(summary.areaIds) : nothing}
              </div>
              ${
                items.length
                  ? html`<ul class="summary__items">
                      ${items.map(item =>
                        item.value
                          ? html`<li>
                              <span class="summary__label">${withSeparator(item.label)}</span>
                              <span class="summary__value">${item.value}</span
                              >${this.renderList(item.list)}
                            </li>`
                          : html`<li class="summary__note">${item.label}</li>`,
                      )}
                    </ul>`
                  : nothing
              }
            </dd>
          </div>`;
        })}
      </dl>
      <p part="disclaimer" class="disclaimer">${summary.disclaimer}</p>
    </section>`;
  }

  /**
   * @internal a small drawing of the painful areas, front and back, beside their list. It
   * repeats the list, so it is hidden from assistive technology.
   */
  private renderFigure(areaIds: string[]): TemplateResult | typeof nothing {
    if (!areaIds.length) return nothing;
    return html`<div part="summary-figure" class="summary__figure" aria-hidden="true">
      ${(['front', 'back'] as const).map(
        view =>
          html`<div class="summary__view">
            ${renderBodyFigure({ view, selected: areaIds })}
            <span class="summary__view-caption">${this.localize.term(view)}</span>
          </div>`,
      )}
    </div>`;
  }

  private renderList(list: string[] | undefined): TemplateResult | typeof nothing {
    if (!list?.length) return nothing;
    return html`<ul class="summary__sublist">
      ${list.map(entry => html`<li>${entry}</li>`)}
    </ul>`;
  }

  protected override render(): TemplateResult {
    const step = this.step as StepId;
    const index = Math.max(0, this.activeSteps.indexOf(step));
    const last = this.activeSteps.length - 1;
    const levels = this.levels;
    const stepTitle = {
      symptoms: 'stepSymptoms',
      areas: 'stepAreas',
      impact: 'stepImpact',
      result: 'stepResult',
    } as const;
    return html`<div part="base" class="self-check">
      ${this.renderHeading(this.localize.term('selfCheckHeading'))} ${this.renderProgress(index)}
      <div part="step step-${step}" class="step step--${step}">
        <div
          part="step-heading"
          class="heading step__heading"
          id="step-heading"
          role="heading"
          aria-level=${levels.step}
          tabindex="-1"
        >
          ${this.localize.term(stepTitle[step])}
        </div>
        ${this.renderStepBody(step, levels.inner)}
      </div>
      <div part="nav" class="nav">
        ${
          index > 0
            ? html`<button
                type="button"
                part="back-button"
                class="button button--secondary"
                ?disabled=${this.disabled}
                @click=${this.handleBack}
              >
                ${this.localize.term('previous')}
              </button>`
            : nothing
        }
        ${
          index < last
            ? html`<button
                type="button"
                part="next-button"
                class="button nav__forward"
                ?disabled=${this.disabled}
                @click=${this.handleNext}
              >
                ${this.localize.term(index === last - 1 ? 'seeResult' : 'next')}
              </button>`
            : html`<button
                type="button"
                part="start-again-button"
                class="button nav__forward"
                ?disabled=${this.disabled}
                @click=${this.handleStartAgain}
              >
                ${this.localize.term('startAgain')}
              </button>`
        }
      </div>
    </div>`;
  }
}
