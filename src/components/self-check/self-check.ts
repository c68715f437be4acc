import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { FhirQuestionnaireResponse, QuestionnaireResponseOptions } from '../../core/fhir.js';
import type { UiKey } from '../../core/i18n.js';
import type { Summary } from '../../core/summary.js';
import { localize, prepareList } from '../../core/text.js';
import { lazyImport } from '../../core/lazy.js';
import type { Answers, Assessment } from '../../core/types.js';
import {
  CHECKLIST_MODES,
  readCtaHref,
  readEnum,
  readEnumList,
  type ChecklistMode,
} from '../../shared/attributes.js';
import { MyoElement } from '../../shared/myo-element.js';
import { adoptSheets, whenIdle } from '../../shared/render-budget.js';
import type { GroupStore, StoreChange } from '../../store/group-store.js';
import { baseStyles } from '../../styles/base.styles.js';
import { isWarningSigns } from '../symptom-checklist/symptom-checklist.js';
import type { ResultActions } from './result-actions.js';
import { selfCheckStyles } from './self-check.styles.js';

type ResultModule = typeof import('./result.js');
type FhirModule = typeof import('../../core/fhir.js');
const importResult = (): Promise<ResultModule> => import('./result.js');
const importFhir = (): Promise<FhirModule> => import('../../core/fhir.js');

/**
 * The quiz's steps, in their default order. `safety` (the warning signs) is always first and
 * `result` always last.
 */
export const STEP_IDS = ['safety', 'symptoms', 'areas', 'impact', 'result'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** What `toJSON()` returns: the answers, their assessment, the pack and the date. */
export interface SelfCheckJSON {
  answers: Answers;
  assessment: Assessment;
  pack: { id: string; version: string };
  /** ISO 8601 date and time the summary was made. */
  date: string;
  /** The pack's disclaimer, in the visitor's language. */
  disclaimer: string;
}

const isStep = (value: unknown): value is StepId => STEP_IDS.includes(value as StepId);

/**
 * The whole muscle-pain self-check in one box: the warning signs first (with "None of
 * these"), then the symptoms, where it hurts, how long and how it affects you (with the
 * medicine question), then the result — the referral banner and a summary for the doctor
 * that can be printed, copied or downloaded. Every question can be skipped; a warning sign
 * jumps straight to the result.
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
 * @fires {CustomEvent<MyoChangeDetail>} myo-complete - The visitor reached the result (once, until a reset). Detail: `{ group, answers, assessment }`.
 * @fires {CustomEvent<MyoChangeDetail>} myo-change - A visitor changed an answer (from the inner elements), cleared them with Start again, or brought them back with its undo.
 * @fires {CustomEvent<MyoLevelChangeDetail>} myo-level-change - The assessment level changed after a visitor's action.
 * @fires {CustomEvent<MyoCtaDetail>} myo-cta - The banner's call to action was used.
 *
 * @csspart base - The box around the whole quiz.
 * @csspart heading - The self-check's heading.
 * @csspart progress - The progress area (text and bar).
 * @csspart progress-text - "Step 2 of 5".
 * @csspart progress-bar - The progress bar (`role="progressbar"`).
 * @csspart progress-segment - One segment of the bar per step; also `progress-segment-done` and `progress-segment-current`.
 * @csspart step - The current step; also `step-safety`, `step-symptoms`, `step-areas`, `step-impact` or `step-result`.
 * @csspart step-heading - The current step's heading (focused on every step change).
 * @csspart checklist - The inner symptom checklists.
 * @csspart body-map - The inner body map.
 * @csspart banner - The inner referral banner.
 * @csspart unanswered - On the result, when nothing reported points anywhere (level `none`): what is still unanswered among the questions that could point to a doctor.
 * @csspart summary - The summary for the doctor.
 * @csspart summary-heading - Its heading.
 * @csspart summary-section - One topic of the summary (symptoms, areas, duration…).
 * @csspart summary-figure - The small drawing of the painful areas.
 * @csspart disclaimer - "This self-check is for information only…".
 * @csspart actions - The Print and Copy buttons (and, inside `more-options`, the downloads).
 * @csspart print-button - Print.
 * @csspart copy-button - Copy as text.
 * @csspart more-options - The "More options" disclosure (a `<details>`) holding the downloads.
 * @csspart more-options-summary - Its "More options" toggle (the `<summary>`).
 * @csspart download-json-button - Download JSON.
 * @csspart download-fhir-button - Download FHIR.
 * @csspart status - The copy status message.
 * @csspart copy-fallback - The text to copy by hand when the clipboard is not available.
 * @csspart nav - The Back / Next / Start again buttons.
 * @csspart back-button - Back.
 * @csspart next-button - Next, or "See my result" on the last question step.
 * @csspart start-again-button - Start again (on the result): clears the answers and goes to step 1.
 * @csspart undo - After Start again, the polite "Your answers were cleared" status (empty otherwise).
 * @csspart undo-button - Its button that brings the answers back and returns to the result.
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
  static override styles = [baseStyles, selfCheckStyles];

  /**
   * @internal How the elements of a step are loaded, when the quiz nears it: set by the define
   * module (`myocheck/define/myo-self-check`), which loads the checklist with the quiz and the
   * body map and banner when they are needed. A step missing here renders elements the page
   * has defined itself.
   */
  static stepElements: Partial<Record<StepId, () => Promise<unknown>>> = {};
  /** The step whose elements are to load when the browser is next idle. */
  private preloading?: StepId;

  /** @internal the result's parts, once loaded */
  private result?: ResultModule;
  /** @internal the result's parts, loading */
  private resultLoading?: Promise<ResultModule>;
  /** @internal the result's Print, Copy and Download, once loaded */
  private actions?: ResultActions;

  /**
   * The steps, in order: a comma list of `symptoms`, `areas`, `impact` and `result`. The
   * warning signs (`safety`) always come first and the result last, even when left out or
   * listed elsewhere (a pack without warning signs has no `safety` step). Unknown ids: a
   * warning, then ignored.
   */
  @property() steps = '';

  /**
   * The current step's id. Settable from code (focus then moves to that step's heading);
   * a step that is not in `steps` gives a warning and the first step.
   */
  @property() step: StepId | '' = '';

  /** How the symptom checklist asks: `yes-no` (default) or `severity` (none … severe). */
  @property() mode: ChecklistMode | '' = '';

  /** The link of the banner's call to action (for example the publisher's "find a doctor" page). */
  @property({ attribute: 'cta-href' }) ctaHref = '';

  /** The text of the banner's call to action (default "Find a doctor"). */
  @property({ attribute: 'cta-label' }) ctaLabel = '';

  /** The steps in force, from `steps`. */
  private activeSteps: StepId[] = [...STEP_IDS];
  /** The checklist mode in force, from `mode`. */
  private effectiveMode: ChecklistMode = 'yes-no';
  /** The call to action's link in force, from `cta-href`. */
  private href?: string;
  /** `myo-complete` was fired (until a reset). */
  private completed = false;
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.activeSteps = this.parseSteps();
    this.effectiveMode = readEnum(this.tag, 'mode', this.mode, CHECKLIST_MODES, 'yes-no');
    this.href = readCtaHref(this.tag, this.ctaHref);
    if (!this.hasUpdated) this.restoreStep();
    const step = readEnum(
      this.tag,
      'step',
      changed.has('step') ? this.step : undefined,
      this.activeSteps,
      undefined,
    );
    if (step !== this.step && (step || !this.activeSteps.includes(this.step as StepId)))
      this.step = step ?? this.activeSteps[0];
    const index = this.activeSteps.indexOf(this.step as StepId);
    // this step's elements before it renders; the next step's when the browser is idle (and,
    // from the warning signs, the result's: a sign jumps there)
    this.waitFor(this.loadStep(this.step as StepId));
    const next = this.activeSteps[index + 1];
    if (next && next !== this.preloading) {
      this.preloading = next; // one idle callback per step, however many renders come first
      whenIdle(() => {
        void this.loadStep(next);
        if (this.step === 'safety') void this.loadStep('result');
      });
    }
    // nearing the result (its step, or the step before it): load the summary and its actions,
    // and make the list formatter its "not answered" note needs (the page's first costs about
    // 55 ms on a phone-speed CPU: the result step's Next would pay it)
    if (index >= this.activeSteps.length - 2) {
      this.loadResult().catch(() => undefined);
      const lang = this.effectiveLang;
      whenIdle(() => prepareList(lang));
    }
  }

  /**
   * @internal Loads the elements `step` renders, once; a failed load warns once, naming the
   * step, and is tried again when the quiz next nears that step. Never rejects.
   */
  private loadStep(step: StepId): Promise<unknown> {
    const load = (this.constructor as typeof MyoSelfCheck).stepElements[step];
    if (!load) return Promise.resolve();
    return lazyImport(
      load,
      `the elements of its "${step}" step`,
      'They are tried again when the quiz next reaches that step.',
      `<${this.tag}>`,
    ).catch(() => undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const previous = changed.get('step');
    if (changed.has('step') && previous) {
      const focus = () => this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
      focus();
      // not focusable while the quiz is hidden, its first step waiting for its task: once shown
      if (!this.matches(':focus-within')) void this.updateComplete.then(focus);
      this.saveStep();
    }
  }

  /** @internal a new warning sign from the visitor jumps to the result */
  protected override groupChanged(store: GroupStore, change: StoreChange): void {
    // a visitor's answer that made the level urgent (the group's level is computed only then)
    if (change.origin === 'user' && change.before !== 'urgent' && store.level === 'urgent')
      // after the element that changed the answer has fired its myo-change
      queueMicrotask(() => {
        if (this.step !== 'result' && store.level === 'urgent') this.goTo('result');
      });
  }

  private handleBack(): void {
    const index = this.activeSteps.indexOf(this.step as StepId);
    if (index > 0) this.goTo(this.activeSteps[index - 1]);
  }

  private handleNext(): void {
    const index = this.activeSteps.indexOf(this.step as StepId);
    if (index < this.activeSteps.length - 1) this.goTo(this.activeSteps[index + 1]);
  }

  /** @internal clears the answers and offers, politely, to bring them back (an undo) */
  private handleStartAgain(): void {
    const saved = { ...this.store.answers };
    this.clearAll();
    this.startOver();
    this.actions?.offerUndo(() => {
      this.answer(saved);
      this.goTo('result');
    });
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
      assessment: this.assessment,
      pack: { id: pack.id, version: pack.version },
      date: new Date().toISOString(),
      disclaimer: localize(pack.disclaimer, this.effectiveLang),
    };
  }

  /**
   * The answers as a FHIR R4 `QuestionnaireResponse` (made in the browser, sent nowhere), for
   * the Questionnaire of the content pack, in the visitor's language. Its `status` is
   * `completed` once the result was reached, `in-progress` before; `options` may set
   * `status`, `subject` or `authored`.
   */
  async questionnaireResponse(
    options: Pick<QuestionnaireResponseOptions, 'status' | 'subject' | 'authored'> = {},
  ): Promise<FhirQuestionnaireResponse> {
    const { toQuestionnaireResponse } = await this.loadFhir();
    return toQuestionnaireResponse(this.store.answers, {
      status: this.completed || this.step === 'result' ? 'completed' : 'in-progress',
      ...options,
      pack: this.store.pack,
      lang: this.effectiveLang,
    });
  }

  /**
   * @internal Loads the FHIR export (with the content-pack validator it checks packs with)
   * when it is asked for: by `questionnaireResponse()` or the Download FHIR button. A failed load
   * warns once and is tried again on the next call.
   */
  private loadFhir(): Promise<FhirModule> {
    return lazyImport(
      importFhir,
      'the FHIR export (core/fhir.js)',
      'It is tried again on the next call.',
      `<${this.tag}>`,
    );
  }

  /** The summary's text, as Copy as text puts it on the clipboard. */
  async summaryText(): Promise<string> {
    const result = await this.loadResult();
    return result.summaryToText(this.summary(result));
  }

  /**
   * @internal the steps in force, from `steps`: the warning signs first (when the pack has
   * them), the result last
   */
  private parseSteps(): StepId[] {
    const signs = this.store.pack.questions.some(isWarningSigns);
    return readEnumList(this.tag, 'steps', this.steps, STEP_IDS, known => [
      ...(signs ? ['safety' as const] : []),
      ...(known.length ? known : STEP_IDS).filter(s => s !== 'safety' && s !== 'result'),
      'result',
    ]);
  }

  /** @internal with `persist`, the step saved with the answers */
  private restoreStep(): void {
    if (this.step !== '' || !this.store.persistence) return;
    const saved = this.store.meta.step;
    if (isStep(saved) && this.activeSteps.includes(saved)) {
      this.step = saved;
      if (saved === 'result') this.completed = true;
    }
  }

  /** @internal with `persist`, keeps the step (once the visitor has moved on from step 1) */
  private saveStep(): void {
    if (!this.store.persistence) return;
    if (this.step === this.activeSteps[0] && this.store.meta.step === undefined) return;
    this.store.setMeta('step', this.step);
  }

  /** @internal a visitor's move to another step */
  private goTo(step: StepId): void {
    this.actions?.clear();
    this.step = step;
    if (step === 'result' && !this.completed) {
      this.completed = true;
      this.emit('myo-complete', {
        group: this.store.name,
        answers: { ...this.store.answers },
        assessment: this.assessment,
      });
    }
  }

  /** @internal back to the first step, ready to fire `myo-complete` again */
  private startOver(): void {
    this.completed = false;
    this.actions?.clear();
    this.step = this.activeSteps[0];
  }

  /** @internal */
  private summary(result: ResultModule): Summary {
    return result.summary(this.store.answers, {
      pack: this.store.pack,
      lang: this.effectiveLang,
      assessment: this.assessment,
    });
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
        ${this.activeSteps.map((_, i) => {
          // done, current or to come (plain strings: no class-map directive to load)
          const state = i < index ? 'done' : i === index ? 'current' : '';
          return html`<span
            part="progress-segment ${state && `progress-segment-${state}`}"
            class="progress__segment ${state && `progress__segment--${state}`}"
          ></span>`;
        })}
      </div>
    </div>`;
  }

  private renderStepBody(step: StepId, inner: number): TemplateResult {
    const lang = this.effectiveLang;
    switch (step) {
      case 'safety':
      case 'symptoms':
      case 'impact':
        return html`<myo-symptom-checklist
          part="checklist"
          sections=${step === 'impact' ? 'duration,impact,safety' : step}
          .warnings=${step === 'safety' ? 'only' : 'without'}
          mode=${step === 'symptoms' ? this.effectiveMode : nothing}
          group=${this.group}
          lang=${lang}
          heading=""
          heading-level=${inner}
          ?disabled=${this.isDisabled}
        ></myo-symptom-checklist>`;
      case 'areas':
        return html`<myo-body-map
          part="body-map"
          group=${this.group}
          lang=${lang}
          heading=""
          heading-level=${inner}
          ?disabled=${this.isDisabled}
        ></myo-body-map>`;
      case 'result':
        return this.renderResult(inner);
    }
  }

  private renderResult(inner: number): TemplateResult {
    return html`<myo-referral-banner
        part="banner"
        group=${this.group}
        lang=${this.effectiveLang}
        heading-level=${inner}
        cta-href=${this.href ?? nothing}
        cta-label=${this.ctaLabel || nothing}
      ></myo-referral-banner>
      ${this.renderSummaryAndActions(inner)}`;
  }

  /** @internal the summary and its actions, once their module is here */
  private renderSummaryAndActions(inner: number): TemplateResult | typeof nothing {
    const result = this.result;
    if (!result || !this.actions) return nothing; // loading: updateComplete waits for it
    const term = (key: UiKey) => this.localize.term(key);
    // at "none" the banner shows nothing: say what is still unanswered (a skip is not a "no")
    const assessment = this.assessment;
    const unanswered =
      assessment.level === 'none'
        ? result.unansweredText(assessment, this.store.pack, this.effectiveLang)
        : '';
    const note = unanswered
      ? html`<p part="unanswered" class="unanswered">${unanswered}</p>`
      : nothing;
    return html`${note} ${result.renderSummary(this.summary(result), inner, term)}
    ${this.actions.render(this.isDisabled, term)}`;
  }

  /**
   * @internal Loads the result's parts (summary, print sheet, actions, FHIR) once; a failed
   * load warns once, naming the module, and is tried again on the next call.
   */
  private loadResult(): Promise<ResultModule> {
    if (this.result) return Promise.resolve(this.result);
    if (!this.resultLoading) {
      const loading = lazyImport(
        importResult,
        "the result's module (components/self-check/result.js)",
        'It is tried again on the next step.',
        `<${this.tag}>`,
      ).then(
        module => {
          this.result = module;
          this.actions = new module.ResultActions(this);
          // beside the reserved space and hide sheet the scheduler may have in place
          adoptSheets(this, 'result', [module.summaryStyles, module.printStyles]);
          this.requestUpdate();
          return module;
        },
        (error: unknown) => {
          this.resultLoading = undefined;
          throw error;
        },
      );
      this.resultLoading = loading;
      this.waitFor(loading.catch(() => undefined));
    }
    return this.resultLoading;
  }

  protected override render(): TemplateResult {
    const step = this.step as StepId;
    const index = Math.max(0, this.activeSteps.indexOf(step));
    const last = this.activeSteps.length - 1;
    const levels = this.levels;
    // the step's title: stepSafety, stepSymptoms, stepAreas, stepImpact or stepResult
    const stepTitle = `step${step[0].toUpperCase()}${step.slice(1)}` as UiKey;
    return html`<div part="base" class="self-check">
      ${this.renderHeading(this.localize.term('selfCheckHeading'))} ${this.renderProgress(index)}
      ${this.actions?.renderUndo(!Object.keys(this.store.answers).length, this.isDisabled, term => this.localize.term(term)) ?? nothing}
      <div part="step step-${step}" class="step step--${step}">
        <div
          part="step-heading"
          class="heading step__heading"
          id="step-heading"
          role="heading"
          aria-level=${levels.step}
          tabindex="-1"
        >
          ${this.localize.term(stepTitle)}
        </div>
        ${this.renderStepBody(step, levels.inner)}
      </div>
      ${this.renderPersistNotice()}
      <div part="nav" class="nav">
        ${
          index > 0
            ? html`<button
                type="button"
                part="back-button"
                class="button button--secondary"
                ?disabled=${this.isDisabled}
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
                ?disabled=${this.isDisabled}
                @click=${this.handleNext}
              >
                ${this.localize.term(index === last - 1 ? 'seeResult' : 'next')}
              </button>`
            : html`<button
                type="button"
                part="start-again-button"
                class="button button--secondary nav__forward"
                ?disabled=${this.isDisabled}
                @click=${this.handleStartAgain}
              >
                ${this.localize.term('startAgain')}
              </button>`
        }
      </div>
    </div>`;
  }
}
