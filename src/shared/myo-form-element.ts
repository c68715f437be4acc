import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GroupStore } from '../store/group-store.js';
import { MyoElement } from './myo-element.js';

/**
 * A form-associated myocheck element: it takes part in a `<form>` like a native input —
 * submit (under `name`), reset, state restore, disabled fieldsets and `required` validity.
 *
 * Not `delegatesFocus`: with it, pressing on an answer's words focuses the element's first
 * control, which scrolls the page to it, and the release lands elsewhere (the first tap is
 * lost). `focus()`, a `<label for>` pointing at the element and the form's check of an
 * invalid answer still reach the first control.
 */
export class MyoFormElement extends MyoElement {
  /** @internal */
  static formAssociated = true;

  /** @internal */
  protected readonly internals: ElementInternals = this.attachInternals();

  /** @internal set by a disabled `<fieldset>` or form */
  @state() protected formDisabled = false;

  /** The name the element's value is submitted under in a `<form>`. */
  @property({ reflect: true }) name = '';

  /** The element is invalid until at least one answer is given (like a required input). */
  @property({ type: Boolean, reflect: true }) required = false;

  /**
   * The `value` attribute: the answer the element starts with, while the group has no answer
   * to its questions yet, and goes back to when its form is reset — like an input's
   * `defaultValue` (the `value` property is the current answer). Written as `value` is read:
   * a JSON object for the checklist, a comma list of area ids for the body map.
   */
  @property({ attribute: 'value' }) defaultValue: string | null = '';

  /** The form this element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The validity state, as for native inputs. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The validation message in the element's language, or `''` when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the element takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Focuses the element's first control (the focused area or answer, where there is one). */
  override focus(options?: FocusOptions): void {
    this.focusTarget()?.focus(options);
  }

  /** Checks validity; fires `invalid` when invalid, like a native input. */
  checkValidity(): boolean {
    this.syncForm();
    return this.internals.checkValidity();
  }

  /** Checks validity and shows the browser's message when invalid. */
  reportValidity(): boolean {
    this.syncForm();
    return this.internals.reportValidity();
  }

  /** @internal disabled by the element itself or by its fieldset/form */
  protected override get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** @internal the value submitted with the form (`null` submits nothing) */
  protected formValue(): FormData | string | null {
    return null;
  }

  /** @internal the message when invalid, `''` when valid */
  protected validityMessage(): string {
    return '';
  }

  /** @internal where the browser points the validation bubble (and focuses it) */
  protected validationAnchor(): HTMLElement | undefined {
    return undefined;
  }

  /** @internal the control `focus()` moves to */
  protected focusTarget(): HTMLElement | SVGElement | null | undefined {
    return this.validationAnchor();
  }

  /** @internal a click on the host itself (a `<label for>` the element) focuses its control */
  private readonly onHostClick = (event: MouseEvent): void => {
    if (event.composedPath()[0] === this && !this.isDisabled) this.focus();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.onHostClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.onHostClick);
  }

  /**
   * @internal A form element shows its own answers, the pack, the group's settings and the
   * stored-answers notice: a change to another element's answers leaves it as it is.
   */
  override groupView(store: GroupStore): readonly unknown[] {
    const { answers } = store;
    return [
      store.pack,
      store.settings,
      store.persistence,
      store.noticeHost,
      ...this.ownedQuestionIds().map(id => answers[id]),
    ];
  }

  /** @internal applies a value given as text (the `value` attribute, a restored state) */
  protected applyValue(_value: string | null): void {}

  /** @internal the question ids this element answers (cleared by a form reset) */
  protected ownedQuestionIds(): string[] {
    return [];
  }

  protected override syncForm(): void {
    const value = this.formValue();
    this.internals.setFormValue(value, value);
    const message = this.validityMessage();
    if (message)
      this.internals.setValidity({ valueMissing: true }, message, this.validationAnchor());
    else this.internals.setValidity({});
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // the `value` attribute at first, unless the group already answers this element's
    // questions (a stored copy, another element, a value set from code)
    const answers = this.store.answers;
    if (
      !this.hasUpdated &&
      this.defaultValue &&
      this.ownedQuestionIds().every(id => answers[id] === undefined)
    )
      this.applyValue(this.defaultValue);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
  }

  /** @internal */
  formResetCallback(): void {
    this.store.merge(Object.fromEntries(this.ownedQuestionIds().map(id => [id, undefined])), {
      origin: 'code',
    });
    this.applyValue(this.defaultValue);
    this.syncForm();
  }

  /** @internal */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.applyValue(state);
    else if (state instanceof FormData) this.applyValue(JSON.stringify(state.getAll(this.name)));
    this.syncForm();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }
}
