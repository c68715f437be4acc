import { fixture as openWcFixture } from '@open-wc/testing';
import type { Answers } from '../src/core/types.js';

/** Runs `fn` with console.warn captured; returns the warnings it logged. */
export function captureWarnings(fn: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Like captureWarnings, for async work. */
export async function captureWarningsAsync(fn: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/**
 * Adds `<script type="application/json" id=…>` to the page, the element a `content=` attribute
 * names: `pack` as JSON, or a string as it is (for broken JSON). Remove it when done.
 */
export function addPackScript(id: string, pack: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = id;
  script.textContent = typeof pack === 'string' ? pack : JSON.stringify(pack);
  document.body.append(script);
  return script;
}

/** Every element under `root`, through open shadow roots, nested ones included. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/**
 * Waits for every element under `root` (shadow roots included) to finish updating, three
 * rounds deep: an update may render inner elements that then update in turn. Works on
 * elements of another window (an iframe) too.
 */
export async function settleTree(root: ParentNode): Promise<void> {
  for (let i = 0; i < 3; i++)
    for (const el of deepElements(root))
      if ('updateComplete' in el) await (el as { updateComplete: Promise<unknown> }).updateComplete;
}

/** The first match of `selector` in `host`'s shadow root; throws, naming both, if none. */
export function shadowQuery<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`<${host.localName}> has no ${selector}`);
  return found;
}

/** The example answers of DESIGN.md ("Answers and assessment"). */
export const DESIGN_EXAMPLE: Readonly<Answers> = {
  fatigue: true,
  'brain-fog': 2,
  'pain-areas': ['neck', 'lower-back'],
  duration: '3-to-6-months',
  'sleep-impact': true,
  'daily-tasks-impact': false,
};

/**
 * Can the test runner resize this browser's viewport (`setViewport`)? Not in WebKitGTK,
 * driven over WebDriver: there the runner rejects the command, and logs a stack trace.
 */
export const canResizeViewport = !/AppleWebKit(?!.*(Chrome|Chromium))/.test(navigator.userAgent);

/**
 * The requests the page made, as the resource timeline lists them, less two kinds that are
 * not the widgets talking to anyone: the browser's own icon request (WebKitGTK asks for
 * /favicon.ico by itself at any moment) and myocheck's own code, which it loads from where
 * the page loaded it when a part is first needed (a language, the summary).
 */
export function pageRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map(e => e.name)
    .filter(name => {
      const url = new URL(name);
      const ownCode =
        url.origin === location.origin &&
        /^\/(src|dist)\/.+\.(js|ts)$/.test(url.pathname) &&
        ['script', 'other', ''].includes(
          (performance.getEntriesByName(name)[0] as PerformanceResourceTiming)?.initiatorType ?? '',
        );
      return url.pathname !== '/favicon.ico' && !ownCode;
    });
}

/**
 * @open-wc's `fixture`, then waits until every element inside it has rendered: an element's
 * first render may wait for a task of its own (so many widgets never make one long task),
 * which can come after the frame `fixture` waits for when the element is in a wrapper.
 */
export async function fixture<T extends Element>(
  ...args: Parameters<typeof openWcFixture>
): Promise<T> {
  const el = await openWcFixture<T>(...args);
  await settleTree(el);
  return el;
}
