// A publisher's page in an iframe, loading the BUILT loader (dist/cdn/myocheck.js, `npm run build`):
// its own viewport (so "near the viewport" and "far below the fold" are real), its own custom
// element registry, and a record of its warnings, errors and the files it fetched.

export interface PageOptions {
  /** The page's <body> content. */
  body: string;
  /** The loader's URL (default the built one); null: no loader. */
  loader?: string | null;
  /** Extra attributes of the loader's <script> tag. */
  scriptAttributes?: string;
  /** More of the <head>, after the loader. */
  head?: string;
  /** requestIdleCallback never calls back: only nearness or eagerness defines elements. */
  neverIdle?: boolean;
  /** The iframe's height in CSS px (its width is 800). */
  height?: number;
  /**
   * Resolve once the page is parsed, not at its load event: a page whose chunk is held
   * (/__slow/…) may not fire `load` in WebKit until the chunk arrives.
   */
  parsedOnly?: boolean;
}

export type PageWindow = Window &
  typeof globalThis & {
    __warnings: string[];
    __errors: string[];
    __fetchedAtLoad: string[];
  };

export interface Page {
  frame: HTMLIFrameElement;
  win: PageWindow;
  doc: Document;
  /** Paths of every file the page has fetched so far (resource timing). */
  fetched(): string[];
  /** Resolves when `tag` is defined in the page, rejects after `ms`. */
  defined(tag: string, ms?: number): Promise<void>;
  close(): void;
}

export const LOADER = '/dist/cdn/myocheck.js';
export const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
/** `promise`, or an error naming `what` (and whether this test page is hidden) after `ms`. */
const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    sleep(ms).then(() => {
      throw new Error(`${what} did not happen within ${ms} ms (page ${document.visibilityState})`);
    }),
  ]);

/** Opens the page and resolves after its load event (or once parsed: `parsedOnly`). */
export async function openPage(options: PageOptions): Promise<Page> {
  const { body, loader = LOADER, scriptAttributes = '', head = '', neverIdle = false } = options;
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: 800px; height: ${options.height ?? 600}px; border: 0`;
  frame.srcdoc = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <style>body { margin: 0; font: 16px/1.5 sans-serif } .far { height: 4000px }</style>
    <script>
      window.__warnings = [];
      window.__errors = [];
      console.warn = (...args) => __warnings.push(args.map(String).join(' '));
      addEventListener('error', e => __errors.push(e.message));
      addEventListener('unhandledrejection', e => __errors.push(String(e.reason)));
      addEventListener('load', () => {
        __fetchedAtLoad = performance.getEntriesByType('resource').map(e => new URL(e.name).pathname);
      });
      ${neverIdle ? 'window.requestIdleCallback = () => 0;' : ''}
    </script>
    ${loader === null ? '' : `<script type="module" src="${loader}" ${scriptAttributes}></script>`}
    ${head}
  </head>
  <body>${body}</body>
</html>`;
  const loaded = new Promise(r => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  const parsed = async () => {
    while (!frame.contentDocument?.body || frame.contentDocument.readyState === 'loading')
      await sleep(20);
  };
  await within(options.parsedOnly ? parsed() : loaded, 20_000, 'the page load');
  await sleep(50);
  const win = frame.contentWindow as PageWindow;
  return {
    frame,
    win,
    doc: frame.contentDocument!,
    fetched: () =>
      win.performance
        .getEntriesByType('resource')
        .map(e => new URL(e.name).pathname + new URL(e.name).search),
    defined: (tag, ms = 10_000) =>
      within(
        win.customElements.whenDefined(tag).then(() => undefined),
        ms,
        `the definition of <${tag}>`,
      ),
    close: () => frame.remove(),
  };
}
