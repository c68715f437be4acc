import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GroupController } from '../controllers/group-controller.js';
import { LocalizeController } from '../controllers/localize-controller.js';
import type { AnswerValue, Assessment, Level } from '../core/types.js';
import { warnAttribute } from '../core/warn.js';
import type { MyoEventDetails, MyoEventName } from '../events.js';
import {
  PERSIST_MODES,
  type GroupSettings,
  type PersistMode,
  type GroupStore,
  type StoreChange,
} from '../store/group-store.js';
import { readEmergencyNumber, readEnum, readThresholdMonths, toNumber } from './attributes.js';
import { ScheduledElement } from './render-budget.js';

/** A bubbling, composed event (kept outside the class so the manifest lists only real events). */
function createEvent<K extends MyoEventName>(
  name: K,
  detail: MyoEventDetails[K],
  cancelable: boolean,
): CustomEvent<MyoEventDetails[K]> {
  return new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail });
}

/**
 * Is `el` inside a disabled `<fieldset>` (and not in that fieldset's first legend)? Used by
 * the elements that are not form-associated; form-associated ones hear it from the form.
 */
function inDisabledFieldset(el: Element): boolean {
  for (let f = el.parentElement?.closest('fieldset'); f; f = f.parentElement?.closest('fieldset')) {
    if (!f.disabled) continue;
    const legend = f.querySelector(':scope > legend');
    if (!legend?.contains(el)) return true;
  }
  return false;
}

/**
 * What every myocheck element shares: the group it answers in and that group's settings
 * (`persist`, `content`, `threshold-months`, `emergency-number`), its language, a heading.
 * Not registered; extended by each element. When its first render comes is the scheduler's
 * (`ScheduledElement`, src/shared/render-budget.ts).
 */
export class MyoElement extends ScheduledElement {
  /** @internal */
  protected readonly groupController = new GroupController(this, (store, change) =>
    this.groupChanged(store, change),
  );
  /** @internal */
  protected readonly localize = new LocalizeController(this);

  /**
   * The group this element answers in: all elements with the same group share one set of
   * answers, one set of group settings and one assessment, so a checklist and a banner
   * placed apart update together.
   */
  @property({ reflect: true }) group = 'default';

  /**
   * The language of the interface and content: `en`, `es`, `fr`, `de`, `pt` (Brazil) or `ar`
   * (right to left: the element then sets `dir="rtl"` on itself unless the page sets `dir`),
   * or a regional variant such as `es-MX`, `fr-CA` or `pt-PT`. Unset: the nearest `[lang]`
   * ancestor, else English. A language other than English loads when first used.
   */
  @property({ reflect: true }) override lang!: string;

  /** Disables every control of the element. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Replaces the element's default heading; an empty `heading=""` shows no heading. */
  @property() heading?: string;

  /** The heading's level in the page outline, 1–6 (default 2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Group setting: the id of a `<script type="application/json">` element holding a custom
   * content pack, for the whole group. Invalid: a warning, then the default pack.
   */
  @property() content = '';

  /**
   * Group setting: opt-in storage of the group's answers, `session` (this tab) or `local`
   * (this device), under a key named after the pack and group, with a visible "Clear my
   * answers". Off by default: nothing is stored. Removing it from every element of the group
   * stops storing and removes the stored copy.
   */
  @property() persist: PersistMode | '' = '';

  /**
   * Group setting: how many months of pain count as "more than" the article's threshold (a
   * duration whose lower bound is at least this many months leads to `see-doctor`). Default:
   * the content pack's threshold (3). Only a month a duration answer starts at (1, 3, 6 or 12
   * with the default pack); any other value warns and the pack's threshold holds.
   */
  @property({ attribute: 'threshold-months', converter: { fromAttribute: toNumber } })
  thresholdMonths?: number;

  /**
   * Group setting: the local emergency number (digits, spaces, `+`, `-`, `(` and `)`), shown
   * as a `tel:` link with the warning-sign message. Anything else: a warning, and no number.
   */
  @property({ attribute: 'emergency-number' }) emergencyNumber = '';

  /**
   * The group's current assessment (level, reasons, counts, threshold): the same object for
   * every element of the group. Read-only.
   */
  get assessment(): Assessment {
    return this.store.assessment(this.effectiveLang);
  }

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

  /** @internal the language in force */
  protected get effectiveLang(): string {
    return this.localize.lang;
  }

  /** @internal disabled by the attribute, or by a disabled fieldset around it */
  protected get isDisabled(): boolean {
    return this.disabled || inDisabledFieldset(this);
  }

  /** @internal the group settings this element carries, read from its attributes */
  groupSettings(): GroupSettings {
    const content = typeof this.content === 'string' ? this.content.trim() : '';
    return {
      persist: readEnum(this.tag, 'persist', this.persist, PERSIST_MODES, undefined, 'off'),
      content: content || undefined,
      thresholdMonths: readThresholdMonths(this, this.thresholdMonths, this.store.pack),
      emergencyNumber: readEmergencyNumber(this.tag, this.emergencyNumber),
    };
  }

  /**
   * @internal What this element shows of its group, compared after each change to the
   * group (see GroupHost): `undefined`, the whole group, so every change re-renders it.
   */
  groupView(_store: GroupStore): readonly unknown[] | undefined {
    return undefined;
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
    // the group settings first: the pack and stored answers are in place before rendering
    this.groupController.sync();
    const packLoading = this.store.ready;
    if (packLoading) this.waitFor(packLoading);
  }

  /**
   * @internal Called when anything in the group changed (answers, settings, members).
   * Subclasses may react; they re-render anyway.
   */
  protected groupChanged(_store: GroupStore, _change: StoreChange): void {}

  /**
   * @internal Records a visitor's answers in the group, then fires `myo-change` and, when the
   * level moved, `myo-level-change`. Only user actions call this.
   */
  protected answer(values: Record<string, AnswerValue | undefined>): void {
    const before = this.store.level;
    this.store.merge(values, { origin: 'user', source: this, before });
    this.afterUserChange(before);
  }

  /** @internal fires the events for a user change, given the level before it */
  protected afterUserChange(before: Level): void {
    this.syncForm();
    const after = this.assessment;
    this.emit('myo-change', {
      group: this.store.name,
      answers: { ...this.store.answers },
      assessment: after,
    });
    if (after.level !== before)
      this.emit('myo-level-change', {
        level: after.level,
        previous: before,
        reasons: after.reasons,
      });
  }

  /** @internal form-associated subclasses update their form value and validity here */
  protected syncForm(): void {}

  /** @internal dispatches a bubbling, composed CustomEvent; the name and detail are typed */
  protected emit<K extends MyoEventName>(
    name: K,
    detail: MyoEventDetails[K],
    cancelable = false,
  ): boolean {
    return this.dispatchEvent(createEvent(name, detail, cancelable));
  }

  /** @internal clears every answer of the group (and the stored copy), by the visitor */
  protected clearAll(): void {
    const before = this.store.level;
    this.store.clear({ origin: 'user', source: this, before });
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

  /**
   * @internal The "answers are stored" note with "Clear my answers", while the group stores
   * answers: on every element that carries `persist`, and on the group's first checklist,
   * body map or quiz.
   */
  protected renderPersistNotice(): TemplateResult | typeof nothing {
    const store = this.store;
    const mode = store.persistence;
    if (!mode) return nothing;
    // the persist this element handed the store (read once, in groupSettings())
    if (!store.settingsOf(this)?.persist && store.noticeHost !== this) return nothing;
    return html`<p part="persist-notice" class="persist-notice">
      <span>${this.localize.term(mode === 'local' ? 'storedLocal' : 'storedSession')}</span>
      <button
        type="button"
        part="clear-button"
        class="button button--text"
        ?disabled=${this.isDisabled}
        @click=${this.clearAll}
      >
        ${this.localize.term('clearAnswers')}
      </button>
    </p>`;
  }
}
