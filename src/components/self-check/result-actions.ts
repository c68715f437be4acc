import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { isoDate } from '../../core/summary.js';
import type { UiKey } from '../../core/i18n.js';

/**
 * @internal How long a download's object URL lives, in milliseconds: the browser has started
 * the download by then (tests shorten it here, never on the element's class).
 */
export const downloads = { revokeDelay: 1000 };

/** What the result's actions need from the quiz. */
export interface ResultActionsHost extends HTMLElement {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
  toJSON(): unknown;
  questionnaireResponse(): Promise<unknown>;
  summaryText(): Promise<string>;
}

/**
 * The result's actions: Print (only the summary prints; the host has a `printing`
 * attribute while the dialog is open), Copy as text (with a select-it-yourself fallback
 * when the clipboard is not available) and, under "More options", Download as JSON or FHIR,
 * made in the browser. Also the undo that Start again offers: the answers it cleared, kept in
 * memory only (never stored) until the visitor answers again or moves to another step.
 */
export class ResultActions implements ReactiveController {
  private host: ResultActionsHost;
  private copyStatus: '' | 'copied' | 'failed' = '';
  private copyText = '';
  private printDone?: () => void;
  private restore?: () => void;

  constructor(host: ResultActionsHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.printDone?.();
  }

  /** Forgets the copy status and the undo (on a step change or a reset). */
  clear(): void {
    if (!this.copyStatus && !this.copyText && !this.restore) return;
    this.copyStatus = '';
    this.copyText = '';
    this.restore = undefined;
    this.host.requestUpdate();
  }

  /** After Start again: offers to bring the cleared answers back with `restore`. */
  offerUndo(restore: () => void): void {
    this.restore = restore;
    this.host.requestUpdate();
  }

  /**
   * The polite status that says the answers were cleared, with the button that brings them
   * back; empty (but in place, so it is announced when it fills) until Start again. Shown
   * while no question is answered.
   */
  renderUndo(empty: boolean, disabled: boolean, term: (key: UiKey) => string): TemplateResult {
    const restore = empty ? this.restore : undefined;
    const content = restore
      ? html`<span>${term('answersCleared')}</span>
          <button
            type="button"
            part="undo-button"
            class="button button--secondary"
            ?disabled=${disabled}
            @click=${restore}
          >
            ${term('undoClear')}
          </button>`
      : nothing;
    // out of the flow while empty, yet in place: a status that fills is announced
    return html`<p part="undo" class="undo ${restore ? '' : 'undo--empty'}" role="status">
      ${content}
    </p>`;
  }

  private readonly print = (): void => {
    this.printDone?.();
    const host = this.host;
    host.toggleAttribute('printing', true);
    const done = () => {
      window.removeEventListener('afterprint', done);
      host.removeAttribute('printing');
      this.printDone = undefined;
    };
    this.printDone = done;
    window.addEventListener('afterprint', done);
    window.print();
  };

  private readonly copy = async (): Promise<void> => {
    const text = await this.host.summaryText();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.copyText = '';
      this.copyStatus = 'copied';
      this.host.requestUpdate();
    } catch {
      // no clipboard (an insecure page, a denied permission): show the text to copy by hand
      this.copyText = text;
      this.copyStatus = 'failed';
      this.host.requestUpdate();
      await this.host.updateComplete;
      const area = this.host.renderRoot.querySelector<HTMLTextAreaElement>('#copy-fallback');
      area?.focus();
      area?.select();
    }
  };

  private readonly downloadJson = (): void =>
    this.download(
      this.host.toJSON(),
      `myocheck-summary-${isoDate(new Date())}.json`,
      'application/json',
    );

  private readonly downloadFhir = async (): Promise<void> =>
    this.download(
      await this.host.questionnaireResponse(),
      `myocheck-questionnaire-response-${isoDate(new Date())}.json`,
      'application/fhir+json',
    );

  /** Saves data as a file, made in the browser: no request leaves the page. */
  private download(data: unknown, filename: string, type: string): void {
    const blob = new Blob([JSON.stringify(data, null, 2)], { type });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    this.host.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), downloads.revokeDelay);
  }

  /** The action buttons, the copy status and the copy fallback. */
  render(disabled: boolean, term: (key: UiKey) => string): TemplateResult {
    const button = ([part, label, handler]: readonly [string, UiKey, () => unknown]) =>
      html`<button
        type="button"
        part=${part}
        class="button button--secondary"
        ?disabled=${disabled}
        @click=${handler}
      >
        ${term(label)}
      </button>`;
    const status = this.copyStatus;
    return html`<div part="actions" class="actions">
        ${button(['print-button', 'print', this.print])}
        ${button(['copy-button', 'copyText', this.copy])}
      </div>
      <p part="status" class="status ${status === 'failed' ? 'status--failed' : ''}" role="status">
        ${status === 'copied' ? term('copied') : status === 'failed' ? term('copyFailed') : ''}
      </p>
      ${
        this.copyText
          ? html`<div part="copy-fallback" class="copy-fallback">
              <label for="copy-fallback">${term('summaryText')}</label>
              <textarea id="copy-fallback" readonly .value=${this.copyText}></textarea>
            </div>`
          : nothing
      }
      <details part="more-options" class="more">
        <summary part="more-options-summary" class="more__summary">${term('moreOptions')}</summary>
        <div class="actions">
          ${button(['download-json-button', 'downloadJson', this.downloadJson])}
          ${button(['download-fhir-button', 'downloadFhir', this.downloadFhir])}
        </div>
      </details>`;
  }
}
