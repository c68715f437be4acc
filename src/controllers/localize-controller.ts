import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ui, type UiKey } from '../core/i18n.js';
import { ensureLanguage } from '../core/languages.js';

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
 * then English), loads that language's module when it is not there yet, and re-renders the
 * host when any `lang` or `dir` on the page changes.
 */
export class LocalizeController implements ReactiveController {
  private host: LocalizeHost;

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

  /** Before each render: a language that is not loaded yet is loaded, then shown. */
  hostUpdate(): void {
    const loading = ensureLanguage(this.lang);
    if (!loading) return;
    const done = loading.then(loaded => loaded && this.host.requestUpdate());
    this.host.waitFor?.(done);
  }

  /** The language in force for the host. */
  get lang(): string {
    return this.host.lang || resolveLang(this.host);
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
