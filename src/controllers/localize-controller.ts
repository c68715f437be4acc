import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ui, uiStrings, type UiKey } from '../core/i18n.js';
import { ensureLanguage } from '../core/languages.js';
import { pickLang } from '../core/text.js';

/** Languages written right to left (Arabic, Persian, Hebrew, Urdu), for the `dir` they need. */
const RTL = /^(ar|fa|he|ur)\b/i;

type LocalizeHost = ReactiveControllerHost &
  HTMLElement & {
    /** Work the host's `updateComplete` waits for (a language that is loading). */
    waitFor?(work: Promise<unknown>): void;
  };

// One observer per page re-renders every host when any `lang` or `dir` attribute changes.
const hosts = new Set<LocalizeHost>();
let observer: MutationObserver | undefined;
function watch(host: LocalizeHost) {
  hosts.add(host);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => hosts.forEach(h => h.requestUpdate()));
    observer.observe(document.documentElement, {
      attributes: true,
      subtree: true,
      attributeFilter: ['lang', 'dir'],
    });
  }
}
function unwatch(host: LocalizeHost) {
  hosts.delete(host);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** The nearest `lang`, crossing shadow roots: the element's own, an ancestor's, the page's. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

/**
 * Localises a host: resolves its language (own `lang`, then the nearest `[lang]` ancestor,
 * then English), loads that language's module when it is not there yet, lays the host out
 * right to left while its text is in a right-to-left language (Arabic), and re-renders the
 * host when any `lang` or `dir` on the page changes.
 */
export class LocalizeController implements ReactiveController {
  private host: LocalizeHost;
  /** The `dir` this controller put on the host (a `dir` the page set is left alone). */
  private dirSet?: string;

  constructor(host: LocalizeHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watch(this.host);
  }

  hostDisconnected(): void {
    unwatch(this.host);
  }

  /**
   * The language resolved for the render under way: a render asks for it once per text, and
   * resolving walks up the page; `undefined` between renders, when it is resolved afresh.
   */
  private rendering?: string;

  /** Before each render: a language that is not loaded yet is loaded, then shown. */
  hostUpdate(): void {
    this.rendering = this.host.lang || resolveLang(this.host);
    this.syncDir();
    const loading = ensureLanguage(this.lang);
    if (!loading) return;
    const done = loading.then(loaded => loaded && this.host.requestUpdate());
    this.host.waitFor?.(done);
  }

  /**
   * The host's `dir`: `rtl` while the text it shows is in a right-to-left language, so Arabic
   * lays out right to left whether or not the page says `dir="rtl"`; otherwise the page's
   * direction. A `dir` the page puts on the host itself wins.
   */
  private syncDir(): void {
    const host = this.host;
    const dir = host.getAttribute('dir');
    if (dir !== null && dir !== this.dirSet) return; // the page's own
    const rtl = RTL.test(pickLang(uiStrings, this.lang));
    if (rtl && dir === null) host.setAttribute('dir', 'rtl');
    else if (!rtl && dir !== null) host.removeAttribute('dir');
    this.dirSet = rtl ? 'rtl' : undefined;
  }

  hostUpdated(): void {
    this.rendering = undefined;
  }

  /** The language in force for the host. */
  get lang(): string {
    return this.rendering ?? (this.host.lang || resolveLang(this.host));
  }

  /** Is the host laid out right to left? */
  get rtl(): boolean {
    return getComputedStyle(this.host).direction === 'rtl';
  }

  /** Interface text in the host's language. */
  term(key: UiKey, vars?: Record<string, string | number>, count?: number): string {
    return ui(key, this.lang, vars, count);
  }
}
