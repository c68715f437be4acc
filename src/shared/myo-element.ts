import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GroupController } from '../controllers/group-controller.js';
import { LocalizeController } from '../controllers/localize-controller.js';
import type { AnswerValue, Assessment, Level } from '../core/types.js';
import { warnAttribute } from '../core/warn.js';
import type { MyoChangeDetail, MyoLevelChangeDetail } from '../events.js';
import {
  PERSIST_MODES,
  type GroupStore,
  type PersistMode,
  type StoreChange,
} from '../store/group-store.js';

/** A bubbling, composed event (kept outside the class so the manifest lists only real events). */
function createEvent<T>(type: string, detail: T, cancelable: boolean): CustomEvent<T> {
  return new CustomEvent<T>(type, { bubbles: true, composed: true, cancelable, detail });
}

/**
 * What every myocheck element shares: the group it answers in, its language, a heading,
 * the content pack and opt-in persistence. Not registered; extended by each element.
 */
export class MyoElement extends LitElement {
  /** @internal */
  protected readonly groupController = new GroupController(this, (store, change) =>
    this.groupChanged(store, change),
  );
  /** @internal */
  protected readonly localize = new LocalizeController(this);

  /**
   * The group this element answers in: all elements with the same group share one set of
   * answers, so a checklist and a banner placed apart update together.
   */
  @property({ reflect: true }) group = 'default';

  /**
   * The language of the interface and content (`en`, `es`, or a regional variant such as
   * `es-MX`). Unset: the nearest `[lang]` ancestor, else English.
   */
  @property({ reflect: true }) override lang!: string;

  /** Disables every control of the element. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Replaces the element's default heading; an empty `heading=""` shows no heading. */
  @property() heading?: string;

  /** The heading's level in the page outline, 1–6 (default 2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * The id of a `<script type="application/json">` element holding a custom content pack.
   * Elements of one group share it. Invalid: a warning, then the default pack.
   */
  @property() content = '';

  /**
   * Opt-in storage of the answers: `session` (this tab) or `local` (this device), under a
   * namespaced key, with a visible "Clear my answers". Off by default: nothing is stored.
   */
  @property() persist = '';

  /** @internal the tag name, for warnings */
  protected get tag(): string {
    return this.localName;
  }

  /** @internal the group's store */
  protected get store(): GroupStore {
    return this.groupController.store;
  }

  /** @internal the heading level actually used */
  protected get effectiveHeadingLevel(): number {
    const n = this.headingLevel;
    return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 2;
  }

  /** @internal the persistence actually used */
  protected get effectivePersist(): PersistMode | undefined {
    return PERSIST_MODES.includes(this.persist as PersistMode)
      ? (this.persist as PersistMode)
      : undefined;
  }

  /** @internal the language in force */
  protected get effectiveLang(): string {
    return this.localize.lang;
  }

  /** @internal the assessment options this element uses (the banner adds its threshold) */
  protected assessOptions(): { thresholdMonths?: number; lang: string; emergencyNumber?: string } {
    return { lang: this.effectiveLang };
  }

  /** @internal the group's current assessment, with this element's options */
  protected currentAssessment(): Assessment {
    return this.store.assess(this.assessOptions());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // a removed attribute (null) means "the default", silently
    if (
      changed.has('headingLevel') &&
      this.headingLevel != null &&
      this.effectiveHeadingLevel !== this.headingLevel
    )
      warnAttribute(this.tag, 'heading-level', this.headingLevel, 'a whole number from 1 to 6', 2);
    if (changed.has('group') && (typeof this.group !== 'string' || this.group.trim() === '')) {
      if (this.group != null)
        warnAttribute(this.tag, 'group', this.group, 'a non-empty name', 'default');
      this.group = 'default';
    }
    if (changed.has('persist')) {
      if (this.persist && !this.effectivePersist)
        warnAttribute(this.tag, 'persist', this.persist, '"session" or "local"', 'off');
      if (this.effectivePersist) this.store.persist(this.effectivePersist);
    }
    if (changed.has('content') && this.content) this.store.usePack(String(this.content), this.tag);
  }

  /**
   * @internal Called when any element of the group changed an answer (or this element's
   * group changed). Subclasses may react; they re-render anyway.
   */
  protected groupChanged(_store: GroupStore, _change: StoreChange): void {}

  /**
   * @internal Records a visitor's answers in the group, then fires `myo-change` and, when the
   * level moved, `myo-level-change`. Only user actions call this.
   */
  protected answer(values: Record<string, AnswerValue | undefined>): void {
    const before = this.currentAssessment();
    this.store.merge(values, { origin: 'user', source: this });
    this.afterUserChange(before);
  }

  /** @internal fires the events for a user change, given the assessment before it */
  protected afterUserChange(before: Assessment): void {
    this.syncForm();
    const after = this.currentAssessment();
    this.emit<MyoChangeDetail>('myo-change', {
      group: this.store.name,
      answers: { ...this.store.answers },
      assessment: after,
    });
    if (after.level !== before.level) this.emitLevelChange(after, before.level);
  }

  /** @internal */
  protected emitLevelChange(after: Assessment, previous: Level): void {
    this.emit<MyoLevelChangeDetail>('myo-level-change', {
      level: after.level,
      previous,
      reasons: after.reasons,
    });
  }

  /** @internal form-associated subclasses update their form value and validity here */
  protected syncForm(): void {}

  /** @internal dispatches a bubbling, composed CustomEvent */
  protected emit<T>(name: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(createEvent(name, detail, cancelable));
  }

  /** @internal clears every answer of the group (and the stored copy), by the visitor */
  protected clearAll(): void {
    const before = this.currentAssessment();
    this.store.clear({ origin: 'user', source: this });
    this.afterUserChange(before);
  }

  /** @internal the heading, unless `heading=""` */
  protected renderHeading(defaultText: string, id = 'heading'): TemplateResult | typeof nothing {
    const text = this.heading ?? defaultText;
    if (!text) return nothing;
    return html`<div
      part="heading"
      class="heading"
      id=${id}
      role="heading"
      aria-level=${this.effectiveHeadingLevel}
    >
      ${text}
    </div>`;
  }

  /** @internal the "answers are stored" note with "Clear my answers", when persist is on */
  protected renderPersistNotice(): TemplateResult | typeof nothing {
    const mode = this.effectivePersist;
    if (!mode) return nothing;
    return html`<p part="persist-notice" class="persist-notice">
      <span>${this.localize.term(mode === 'local' ? 'storedLocal' : 'storedSession')}</span>
      <button
        type="button"
        part="clear-button"
        class="button button--text"
        ?disabled=${this.disabled}
        @click=${this.clearAll}
      >
        ${this.localize.term('clearAnswers')}
      </button>
    </p>`;
  }
}
