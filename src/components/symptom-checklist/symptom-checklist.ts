import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { normalizeAnswers, isPresent } from '../../core/engine.js';
import { SEVERITY_KEYS, type UiKey } from '../../core/i18n.js';
import { localize } from '../../core/text.js';
import type { AnswerValue, Answers, Question } from '../../core/types.js';
import { describeValue, warnAttribute, warnOnce } from '../../core/warn.js';
import {
  CHECKLIST_MODES,
  readEnum,
  readEnumList,
  type ChecklistMode,
} from '../../shared/attributes.js';
import { MyoFormElement } from '../../shared/myo-form-element.js';
import { baseStyles } from '../../styles/base.styles.js';
import { symptomChecklistStyles } from './symptom-checklist.styles.js';

/** The sections a checklist can show, in their default order. */
export const CHECKLIST_SECTIONS = ['symptoms', 'duration', 'impact', 'safety'] as const;
export type ChecklistSection = (typeof CHECKLIST_SECTIONS)[number];

export { CHECKLIST_MODES, type ChecklistMode };

/** A section's title: sectionSymptoms, sectionDuration, sectionImpact or sectionSafety. */
const sectionTitle = (id: ChecklistSection) =>
  `section${id[0].toUpperCase()}${id.slice(1)}` as UiKey;

/**
 * The warning signs: a multiple-choice question of the `safety` section (the default pack's
 * `red-flags`). The quiz asks them in a step of their own, before anything else.
 */
export const isWarningSigns = (q: Question): boolean =>
  q.section === 'safety' && q.type === 'multi-choice';

interface SectionLayout {
  id: ChecklistSection;
  questions: Question[];
}

interface RadioOption {
  value: AnswerValue;
  label: string;
}

/**
 * @summary The content pack's questions as a checklist: the article's hallmark symptoms
 * (yes/no, or a severity from none to severe), how long the pain has lasted, its impact on
 * sleep and daily tasks, and the warning-sign and medicine questions. Every question can be
 * skipped, and every answer cleared. Answers are shared with the other elements of the
 * same `group`, and submitted with a `<form>` as one JSON string under `name`.
 *
 * @tag myo-symptom-checklist
 *
 * @attr {string} value - The default answers, a JSON object keyed by question id (for
 * example `{"fatigue":true}`): applied when the element first renders if none of its
 * questions is answered yet, and again when its form is reset. Never reflected.
 *
 * @csspart heading - The heading (`heading=""` hides it).
 * @csspart hint - The short hint under a section legend ("You can skip any question").
 * @csspart section - Each section's `<fieldset>`: symptoms, duration, impact, safety.
 * @csspart legend - Each section's `<legend>`.
 * @csspart question - Each question: a yes/no symptom's box, or the `<fieldset>` of a
 * radio-button or check-box group.
 * @csspart question-legend - The question text of a radio-button or check-box group.
 * @csspart option - Each clickable row: a `<label>` holding a native input and its text.
 * @csspart none-option - The "None of these" row of a multiple-choice question (also
 * `option`). Choosing it clears the other choices, and choosing one of them clears it; the
 * answer is then an empty list, which means "none", while no answer means "not answered".
 * @csspart input - Every native check box and radio button.
 * @csspart label - The text of a symptom or of an option.
 * @csspart description - A symptom's one-line description, tied to its input with
 * `aria-describedby`.
 * @csspart clear-button - "Clear this answer" under an answered radio group, and "Clear my
 * answers" in the persist notice.
 * @csspart disclaimer - "This self-check is for information only. It does not diagnose any
 * condition." (the content pack's `disclaimer`).
 * @csspart persist-notice - The "answers are kept" note shown when `persist` is set.
 *
 * @cssprop [--myo-checklist-gap=calc(var(--myo-spacing) * 0.5)] - Space between rows.
 * @cssprop [--myo-checklist-option-background=var(--myo-surface-raised)] - Background of a row.
 * @cssprop [--myo-checklist-option-border=var(--myo-border)] - Border colour of a row.
 * @cssprop [--myo-checklist-checked-border=var(--myo-accent)] - Border colour of a chosen row
 * (a chosen row also shows the native mark and bold text).
 * @cssprop [--myo-checklist-input-size=1.25em] - Size of the check boxes and radio buttons.
 * @cssprop [--myo-accent=#0b6e69] - Accent colour (inputs, chosen rows, text buttons).
 * @cssprop [--myo-text=inherit] - Text colour.
 * @cssprop [--myo-muted=#4b5563] - Colour of hints and descriptions.
 * @cssprop [--myo-border=#8a9499] - Border colour.
 * @cssprop [--myo-surface-raised=#f4f7f7] - Row background.
 * @cssprop [--myo-radius=0.5rem] - Corner radius.
 * @cssprop [--myo-spacing=1rem] - Base spacing.
 * @cssprop [--myo-font=inherit] - Font family.
 * @cssprop [--myo-font-size=1rem] - Font size.
 * @cssprop [--myo-heading-size=1.25em] - Heading font size.
 * @cssprop [--myo-focus-ring=#1a56db] - Focus outline colour.
 * @cssprop [--myo-target-size=44px] - Minimum height of a row (never below 24px).
 *
 * @fires {CustomEvent<MyoChangeDetail>} myo-change - A visitor changed an answer. Detail: `{ group, answers, assessment }`.
 * Not fired when `value` is set from code or another element of the group changes.
 * @fires {CustomEvent<MyoLevelChangeDetail>} myo-level-change - A visitor's change moved the assessment level. Detail:
 * `{ level, previous, reasons }`.
 */
export class MyoSymptomChecklist extends MyoFormElement {
  static override styles = [baseStyles, symptomChecklistStyles];

  /**
   * The sections to show, as a comma list of `symptoms`, `duration`, `impact` and `safety`,
   * in the order given. Unknown entries are dropped with a warning; an empty list shows all.
   */
  @property() sections = CHECKLIST_SECTIONS.join(',');

  /**
   * The symptom questions to show, as a comma list of ids (for example
   * `fatigue, brain-fog`), in the order given. Empty: all of the pack's symptoms, in its
   * order. Unknown ids are dropped with a warning.
   */
  @property() symptoms = '';

  /**
   * How symptoms are asked: `yes-no` (a check box each) or `severity` (none, mild, moderate,
   * severe: the values 0–3). Anything else: a warning, then `yes-no`.
   */
  @property() mode: ChecklistMode = 'yes-no';

  /**
   * @internal The quiz's split of the safety section: `only` its warning signs (the quiz's
   * first step), `without` them (the rest, with how long and the impact). Empty: all.
   */
  @property({ attribute: false }) warnings: 'only' | 'without' | '' = '';

  /** @internal the sections and questions to render, derived from the attributes and pack */
  private layout: SectionLayout[] = [];

  /** @internal the mode in force */
  private effectiveMode: ChecklistMode = 'yes-no';

  /**
   * The checklist's answers (only its own questions) as a JSON string, for example
   * `{"fatigue":true,"duration":"3-to-6-months"}`; `{}` when none is answered. Setting it
   * replaces those answers without firing events; `""` clears them; invalid JSON is ignored
   * with a warning.
   */
  get value(): string {
    return JSON.stringify(this.ownAnswers());
  }

  set value(text: string) {
    this.applyValue(text === null || text === undefined ? '' : String(text));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.effectiveMode = this.resolveMode();
    this.layout = this.resolveLayout();
    super.willUpdate(changed);
  }

  private onSymptomToggle(question: Question, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.answer({ [question.id]: checked ? true : undefined });
  }

  private onOptionToggle(question: Question, optionId: string | undefined, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    // "None of these": an empty list, the other choices cleared; unticked, not answered
    if (optionId === undefined) return this.answer({ [question.id]: checked ? [] : undefined });
    const current = this.store.answers[question.id];
    const selected = new Set(Array.isArray(current) ? current : []);
    if (checked) selected.add(optionId);
    else selected.delete(optionId);
    const next = (question.options ?? []).map(o => o.id).filter(id => selected.has(id));
    this.answer({ [question.id]: next.length ? next : undefined });
  }

  private onRadioChoose(question: Question, value: AnswerValue): void {
    this.answer({ [question.id]: value });
  }

  private async onClearAnswer(question: Question): Promise<void> {
    this.answer({ [question.id]: undefined });
    await this.updateComplete;
    // the button is gone: keep focus in the group rather than losing it to the page
    this.inputsOf(question)[0]?.focus();
  }

  /** @internal the ids of the questions this checklist shows */
  protected override ownedQuestionIds(): string[] {
    const layout = this.hasUpdated ? this.layout : this.resolveLayout();
    return layout.flatMap(section => section.questions.map(q => q.id));
  }

  /** @internal */
  protected override formValue(): string {
    return this.value;
  }

  /** @internal */
  protected override validityMessage(): string {
    return this.required && this.isUnanswered() ? this.localize.term('requiredChecklist') : '';
  }

  /** @internal */
  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('input') ?? undefined;
  }

  /** @internal applies answers given as JSON text, as code (no events) */
  protected override applyValue(text: string | null): void {
    if (text === null) return;
    const owned = this.ownedQuestionIds();
    const cleared: Record<string, AnswerValue | undefined> = Object.fromEntries(
      owned.map(id => [id, undefined]),
    );
    if (text.trim() === '') {
      this.store.merge(cleared, { origin: 'code' });
      this.syncForm();
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      warnAttribute(
        this.tag,
        'value',
        text,
        'a JSON object of answers keyed by question id, like {"fatigue":true}',
        'the current answers',
      );
      return;
    }
    const own: Record<string, unknown> = {};
    const foreign: string[] = [];
    for (const [id, v] of Object.entries(parsed)) {
      if (owned.includes(id)) own[id] = v;
      else foreign.push(id);
    }
    if (foreign.length)
      warnOnce(
        `<${this.tag}> value: ${describeValue(foreign)} ${foreign.length === 1 ? 'is not a question' : 'are not questions'} of this checklist; ignored.`,
      );
    const { answers, problems } = normalizeAnswers(own, this.store.pack);
    for (const problem of problems) warnOnce(`<${this.tag}> value: ${problem}; ignored.`);
    this.store.merge({ ...cleared, ...answers }, { origin: 'code' });
    this.syncForm();
  }

  private ownAnswers(): Answers {
    const all = this.store.answers;
    const own: Answers = {};
    for (const id of this.ownedQuestionIds()) if (all[id] !== undefined) own[id] = all[id];
    return own;
  }

  private isUnanswered(): boolean {
    return Object.keys(this.ownAnswers()).length === 0;
  }

  private inputsOf(question: Question): HTMLInputElement[] {
    return [
      ...(this.renderRoot?.querySelectorAll<HTMLInputElement>('input[data-question]') ?? []),
    ].filter(input => input.dataset.question === question.id);
  }

  private resolveMode(): ChecklistMode {
    return readEnum(this.tag, 'mode', this.mode, CHECKLIST_MODES, 'yes-no');
  }

  private resolveSections(): ChecklistSection[] {
    return readEnumList(this.tag, 'sections', this.sections, CHECKLIST_SECTIONS, known =>
      known.length ? known : [...CHECKLIST_SECTIONS],
    );
  }

  /** The chosen symptom ids in order (none known: all of them, in the pack's order). */
  private resolveSymptoms(symptomIds: string[]): string[] {
    return readEnumList(
      this.tag,
      'symptoms',
      this.symptoms,
      symptomIds,
      known => (known.length ? known : symptomIds),
      'symptom ids',
    );
  }

  private resolveLayout(): SectionLayout[] {
    const pack = this.store.pack;
    const symptomIds = pack.questions.filter(q => q.type === 'symptom').map(q => q.id);
    const chosen = this.resolveSymptoms(symptomIds);
    return this.resolveSections()
      .map(id => {
        const warnings = this.warnings;
        let questions = pack.questions.filter(
          q =>
            q.section === id &&
            q.type !== 'areas' &&
            (!warnings || isWarningSigns(q) === (warnings === 'only')) &&
            (q.type !== 'symptom' || !chosen || chosen.includes(q.id)),
        );
        if (chosen) {
          // symptoms take the order of the `symptoms` attribute, other questions keep theirs
          const ordered = questions
            .filter(q => q.type === 'symptom')
            .sort((a, b) => chosen.indexOf(a.id) - chosen.indexOf(b.id));
          let next = 0;
          questions = questions.map(q => (q.type === 'symptom' ? ordered[next++] : q));
        }
        return { id, questions };
      })
      .filter(section => section.questions.length > 0);
  }

  /** A DOM id for a question, safe whatever the pack's ids contain. */
  private domId(question: Question, suffix: string): string {
    return `q${this.store.pack.questions.indexOf(question)}-${suffix}`;
  }

  private renderSection(section: SectionLayout): TemplateResult {
    const hintKey: UiKey | undefined =
      section.id === 'symptoms'
        ? this.effectiveMode === 'severity'
          ? 'sectionSymptomsSeverityHint'
          : 'sectionSymptomsHint'
        : undefined;
    const hintId = hintKey ? `hint-${section.id}` : undefined;
    return html`<fieldset
      part="section"
      class="section section--${section.id}"
      aria-describedby=${hintId ?? nothing}
      ?disabled=${this.isDisabled}
    >
      ${
        this.warnings === 'only'
          ? nothing // the quiz's step heading says it
          : html`<legend part="legend" class="legend">
              ${this.localize.term(sectionTitle(section.id))}
            </legend>`
      }
      ${
        hintKey
          ? html`<p part="hint" class="hint" id=${hintId!}>${this.localize.term(hintKey)}</p>`
          : nothing
      }
      <div class="list">${section.questions.map(q => this.renderQuestion(q))}</div>
    </fieldset>`;
  }

  private renderQuestion(question: Question): TemplateResult | typeof nothing {
    const lang = this.effectiveLang;
    switch (question.type) {
      case 'symptom':
        return this.effectiveMode === 'severity'
          ? this.renderRadioGroup(
              question,
              SEVERITY_KEYS.map((key, value) => ({ value, label: this.localize.term(key) })),
              true,
            )
          : this.renderSymptomCheckbox(question);
      case 'boolean':
        return this.renderRadioGroup(
          question,
          [
            { value: true, label: this.localize.term('yes') },
            { value: false, label: this.localize.term('no') },
          ],
          true,
        );
      case 'choice':
        return this.renderRadioGroup(
          question,
          (question.options ?? []).map(o => ({ value: o.id, label: localize(o.label, lang) })),
          false,
        );
      case 'multi-choice':
        return this.renderCheckboxGroup(question);
      default:
        return nothing; // pain areas belong to <myo-body-map>
    }
  }

  private renderDescription(question: Question): TemplateResult | typeof nothing {
    const text = localize(question.description, this.effectiveLang);
    if (!text) return nothing;
    return html`<span part="description" class="description" id=${this.domId(question, 'desc')}
      >${text}</span
    >`;
  }

  private renderSymptomCheckbox(question: Question): TemplateResult {
    const checked = isPresent(this.store.answers[question.id]);
    const hasDescription = !!localize(question.description, this.effectiveLang);
    return html`<div
      part="question"
      class="question question--checkbox card ${checked ? 'card--checked' : ''}"
    >
      <label part="option" class="choice">
        <input
          part="input"
          class="input"
          type="checkbox"
          data-question=${question.id}
          .checked=${live(checked)}
          ?disabled=${this.isDisabled}
          aria-describedby=${hasDescription ? this.domId(question, 'desc') : nothing}
          @change=${(e: Event) => this.onSymptomToggle(question, e)}
        />
        <span part="label" class="label">${localize(question.label, this.effectiveLang)}</span>
      </label>
      ${hasDescription ? html`<div class="aside">${this.renderDescription(question)}</div>` : nothing}
    </div>`;
  }

  private renderRadioGroup(
    question: Question,
    options: RadioOption[],
    inline: boolean,
  ): TemplateResult {
    const current = this.store.answers[question.id];
    // a yes/no "false" for a symptom reads as severity "none"
    const isChosen = (value: AnswerValue) =>
      current === value || (question.type === 'symptom' && current === false && value === 0);
    const hasDescription = !!localize(question.description, this.effectiveLang);
    const legendId = this.domId(question, 'legend');
    return html`<fieldset
      part="question"
      class="group question question--radio"
      aria-describedby=${hasDescription ? this.domId(question, 'desc') : nothing}
    >
      <legend part="question-legend" class="group-legend" id=${legendId}>
        ${localize(question.label, this.effectiveLang)}
      </legend>
      ${this.renderDescription(question)}
      <div class="options ${inline ? 'options--inline' : ''}">
        ${options.map(option => {
          const checked = isChosen(option.value);
          return html`<label part="option" class="choice card ${checked ? 'card--checked' : ''}">
            <input
              part="input"
              class="input"
              type="radio"
              name=${this.domId(question, 'radio')}
              value=${String(option.value)}
              data-question=${question.id}
              .checked=${live(checked)}
              ?disabled=${this.isDisabled}
              @change=${() => this.onRadioChoose(question, option.value)}
            />
            <span part="label" class="label">${option.label}</span>
          </label>`;
        })}
      </div>
      ${
        current === undefined
          ? nothing
          : html`<button
              type="button"
              part="clear-button"
              class="button button--text clear"
              aria-describedby=${legendId}
              ?disabled=${this.isDisabled}
              @click=${() => this.onClearAnswer(question)}
            >
              ${this.localize.term('clearChoice')}
            </button>`
      }
    </fieldset>`;
  }

  private renderCheckboxGroup(question: Question): TemplateResult {
    const current = this.store.answers[question.id];
    const selected = Array.isArray(current) ? current : [];
    const lang = this.effectiveLang;
    const hasDescription = !!localize(question.description, lang);
    const option = (id: string | undefined, label: string, checked: boolean) =>
      html`<label
        part="option ${id === undefined ? 'none-option' : ''}"
        class="choice card ${checked ? 'card--checked' : ''}"
      >
        <input
          part="input"
          class="input"
          type="checkbox"
          value=${id ?? ''}
          data-question=${question.id}
          .checked=${live(checked)}
          ?disabled=${this.isDisabled}
          @change=${(e: Event) => this.onOptionToggle(question, id, e)}
        />
        <span part="label" class="label">${label}</span>
      </label>`;
    return html`<fieldset
      part="question"
      class="group question question--multi"
      aria-describedby=${hasDescription ? this.domId(question, 'desc') : nothing}
    >
      <legend part="question-legend" class="group-legend">${localize(question.label, lang)}</legend>
      ${this.renderDescription(question)}
      <div class="options">
        ${(question.options ?? []).map(o =>
          option(o.id, localize(o.label, lang), selected.includes(o.id)),
        )}
        ${option(undefined, this.localize.term('noneOfThese'), Array.isArray(current) && !selected.length)}
      </div>
    </fieldset>`;
  }

  override render(): TemplateResult {
    const showsSymptoms = this.layout.some(section => section.id === 'symptoms');
    return html`
      ${this.renderHeading(this.localize.term('checklistHeading'))}
      ${
        showsSymptoms
          ? nothing
          : html`<p part="hint" class="hint">${this.localize.term('skipHint')}</p>`
      }
      ${this.layout.map(section => this.renderSection(section))}
      <p part="disclaimer" class="hint disclaimer">
        ${localize(this.store.pack.disclaimer, this.effectiveLang)}
      </p>
      ${this.renderPersistNotice()}
    `;
  }
}
