/**
 * The publisher's script, built to `dist/cdn/myocheck.js`: finds the `myo-*` elements of the page
 * and imports each one's code from the chunks beside it, when the page needs it.
 *
 * - Finds: every `myo-*` element of the document, any added later, inside shadow roots the page
 *   creates (`attachShadow` is observed, as Web Awesome's autoloader does) and after the whole
 *   `<body>` is replaced.
 * - When: an element within about one screen of the viewport at once; one further away when it
 *   approaches or when the browser is idle after the page's load event, whichever comes first;
 *   `loading="eager"` on the element, or `data-loading="eager"` on this script's tag, at once.
 * - Until then, a small style (a constructable style sheet, which a strict CSP allows) reserves
 *   the element's space so that nothing below it moves when it renders.
 * - A chunk that fails to load: one `console.warn` naming the file; the page keeps working and
 *   the element tries again the next time it approaches the viewport.
 *
 * Nothing here imports the library: this file is the only one fetched until an element is due.
 * @module
 */

/** The space each element keeps until it is defined (also built as dist/cdn/myocheck.css). */
import STYLE from './reserve.css';

/** The elements: every tag the style sheet names. */
const TAGS = [...new Set(STYLE.match(/myo-[a-z-]+/g))];

/** One screen of margin around the viewport: elements inside it are defined at once. */
const NEAR = '100% 0px';

type Win = typeof globalThis & {
  requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number;
};
const win = globalThis as Win;
const KEY = Symbol.for('myocheck.loader');

/** Tags whose chunk is loaded or loading. */
const requested = new Set<string>();
/** Tags whose chunk failed: they retry on the next approach only, never when idle. */
const failed = new Set<string>();
/** Attempts per tag (a retry asks for a fresh URL: a failed module is not fetched again). */
const attempts: Record<string, number> = {};
/** Elements found but not defined yet. */
const waiting = new Set<Element>();
let sheet: CSSStyleSheet | undefined;
let idleScheduled = false;
let eagerPage = false;

const isOurs = (el: Element) => TAGS.includes(el.localName);

/**
 * What the code needs that the oldest browsers of package.json's `browserslist` have (README
 * "Browser support"): form-associated elements (`ElementInternals`, Safari 16.4) and
 * constructable style sheets (`replaceSync`, Safari 16.4) in the elements, `IntersectionObserver`
 * here. Without one, the loader stops with one warning: nothing is fetched or defined, nothing
 * throws, and the page keeps what it holds inside each element (the advice without JavaScript).
 */
const missing = Object.entries({
  ElementInternals: win.ElementInternals,
  'CSSStyleSheet.prototype.replaceSync': win.CSSStyleSheet?.prototype.replaceSync,
  IntersectionObserver: win.IntersectionObserver,
})
  .filter(([, feature]) => !feature)
  .map(([name]) => name);

/**
 * Each element's chunk, then the chunks it imports, written in by the build (rollup.config.mjs).
 * Every chunk's name carries a hash of its content, so a CDN or a plugin may cache them forever:
 * only this file keeps its name. The imports are fetched together with the element's chunk (no
 * waterfall) and evaluated in tasks of their own, so the task that defines and renders the
 * element does not also evaluate Lit and the core.
 */
declare const CHUNKS: Record<string, string[]>;

const at = (file: string) => new URL(`./${file}`, import.meta.url).href;
/** Imports `href`; a failure rejects with `href`, the file to name in the warning. */
const importing = (href: string) =>
  import(/* @vite-ignore */ href).catch(() => Promise.reject(href));

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  const n = (attempts[tag] = (attempts[tag] ?? 0) + 1);
  const [own, ...shared] = CHUNKS[tag];
  const url = at(`${own}${n > 1 ? `?retry=${n - 1}` : ''}`);
  if (shared.length) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url;
    link.onload = link.onerror = () => link.remove();
    document.head.append(link);
  }
  Promise.all(shared.map(file => importing(at(file))))
    .then(() => importing(url))
    .then(
      () => failed.delete(tag),
      (file: string) => {
        requested.delete(tag);
        // one warning per element, however many times it is retried
        if (n === 1)
          console.warn(
            `myocheck: could not load ${String(file).replace(/\?.*/, '')} (<${tag}>); the rest of the page works, and <${tag}> tries again when it next comes into view.`,
          );
        failed.add(tag);
      },
    );
}

// Elements near the viewport (one screen of margin) load their tag at once.
const near = (
  missing.length
    ? null
    : new IntersectionObserver(
        entries => {
          for (const { target, isIntersecting } of entries) {
            if (customElements.get(target.localName)) {
              near.unobserve(target);
              waiting.delete(target);
            } else if (isIntersecting) load(target.localName);
          }
        },
        // the document's own viewport, also inside an iframe (the implicit root would be the top one's)
        { root: document, rootMargin: NEAR },
      )
) as IntersectionObserver;

/** After the page's load event, when the browser is idle: one tag per idle period. */
function scheduleIdle(): void {
  if (idleScheduled) return;
  idleScheduled = true;
  const run = () => {
    idleScheduled = false;
    const tag = [...waiting]
      .filter(el => el.isConnected)
      .map(el => el.localName)
      .find(t => !requested.has(t) && !failed.has(t) && !customElements.get(t));
    if (!tag) return;
    load(tag);
    scheduleIdle();
  };
  const whenIdle = () =>
    win.requestIdleCallback ? win.requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 50);
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}

function found(el: Element): void {
  const tag = el.localName;
  if (waiting.has(el) || customElements.get(tag)) return;
  const root = el.getRootNode();
  if (root instanceof ShadowRoot) adopt(root);
  if (eagerPage || el.getAttribute('loading')?.toLowerCase() === 'eager') return load(tag);
  waiting.add(el);
  near.observe(el);
  scheduleIdle();
}

/** Every element of ours in `root`, the root itself included. */
function discover(root: Element | Document | ShadowRoot): void {
  if (root instanceof Element && isOurs(root)) found(root);
  for (const el of root.querySelectorAll(TAGS.join())) found(el);
}

/** Reserves space in `root` (the document, or a shadow root of the page holding our elements). */
function adopt(root: Document | ShadowRoot): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
    }
    if (!root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // no constructable style sheets (old engines): the elements render, without reserved space
  }
}

const added = new MutationObserver(records => {
  for (const { addedNodes } of records)
    for (const node of addedNodes) if (node.nodeType === 1) discover(node as Element);
});
const watch = (root: Document | ShadowRoot) =>
  added.observe(root, { childList: true, subtree: true });

function start(): void {
  const me = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find(
    s => s.src === import.meta.url,
  );
  eagerPage = me?.dataset.loading?.toLowerCase() === 'eager';
  adopt(document);
  // shadow roots the page creates from now on (our own elements' roots are left alone: the
  // elements they render are defined by the same chunk)
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    if (!isOurs(this)) watch(root);
    return root;
  };
  watch(document);
  discover(document);
  // shadow roots the page created before this script ran
  const roots = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*'))
      if (el.shadowRoot && !isOurs(el)) {
        watch(el.shadowRoot);
        discover(el.shadowRoot);
        roots(el.shadowRoot);
      }
  };
  roots(document);
}

if (missing.length)
  console.warn(
    `myocheck: this browser lacks ${missing.join(', ')}; the elements stay as the page wrote them.`,
  );
else if (!(globalThis as Record<symbol, unknown>)[KEY]) {
  (globalThis as Record<symbol, unknown>)[KEY] = true;
  start();
}
