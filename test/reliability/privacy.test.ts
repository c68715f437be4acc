// Privacy: a whole session with every element (answer everything, switch language, finish
// the quiz, copy, download, print, the call to action) makes no request, sets no cookie and
// stores nothing; with persist, exactly one namespaced key holds the answers.
import { expect, html } from '@open-wc/testing';
import '../../src/index.js'; // all four elements: the scenarios use each one alone
import { resetWarnings } from '../../src/core/index.js';
import { getGroupStore, resetGroupStores } from '../../src/store/group-store.js';
import { fixture, pageRequests, settleTree, shadowQuery as $ } from '../helpers.js';

type Calls = string[];

/** Records every way a page can talk to a server, until `restore()`. */
function watchNetwork(calls: Calls): () => void {
  const saved = {
    fetch: window.fetch,
    open: XMLHttpRequest.prototype.open,
    beacon: navigator.sendBeacon,
    WebSocket: window.WebSocket,
    EventSource: window.EventSource,
    windowOpen: window.open,
  };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(`fetch ${String(input instanceof Request ? input.url : input)}`);
    return saved.fetch.call(window, input, init);
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    calls.push(`xhr ${String(args[1])}`);
    return (saved.open as (...a: unknown[]) => void).apply(this, args);
  };
  navigator.sendBeacon = (url: string | URL) => {
    calls.push(`beacon ${String(url)}`);
    return true;
  };
  const record = <T extends object>(name: string, ctor: T): T =>
    new Proxy(ctor, {
      construct(target, args) {
        calls.push(`${name} ${String(args[0])}`);
        return Reflect.construct(target as new (...a: unknown[]) => object, args);
      },
    });
  window.WebSocket = record('WebSocket', saved.WebSocket);
  window.EventSource = record('EventSource', saved.EventSource);
  window.open = (url?: string | URL) => (calls.push(`window.open ${String(url)}`), null);
  return () => {
    window.fetch = saved.fetch;
    XMLHttpRequest.prototype.open = saved.open;
    navigator.sendBeacon = saved.beacon;
    window.WebSocket = saved.WebSocket;
    window.EventSource = saved.EventSource;
    window.open = saved.windowOpen;
  };
}

/** Stubs what the result step uses (clipboard, object URLs, <a download>, print). */
function stubOutputs(used: string[]): () => void {
  const { createObjectURL, revokeObjectURL } = URL;
  const anchorClick = HTMLAnchorElement.prototype.click;
  const print = window.print;
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void used.push(`copy ${text.length} characters`) },
  });
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    used.push(`object URL ${(blob as Blob).type}`);
    return 'blob:stub';
  };
  URL.revokeObjectURL = () => {};
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    used.push(`download ${this.download}`);
  };
  window.print = () => void used.push('print');
  return () => {
    delete (navigator as { clipboard?: unknown }).clipboard;
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
    HTMLAnchorElement.prototype.click = anchorClick;
    window.print = print;
  };
}

const tap = (target: Element) =>
  target instanceof HTMLElement
    ? target.click()
    : target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

// The browser's own request for the page icon (WebKitGTK makes it at any moment) is not the
// page's: everything else counts.
const resources = pageRequests;

/**
 * Empties the resource timeline (a full buffer records nothing) and checks that it does record
 * a request, so "no new resource" below can fail.
 */
async function freshTimeline(): Promise<void> {
  performance.setResourceTimingBufferSize(10_000);
  performance.clearResourceTimings();
  const own = new URL(`./privacy.test.ts?control=${Date.now()}`, import.meta.url).href;
  await (await fetch(own)).text();
  await new Promise(r => setTimeout(r, 20));
  expect(resources(), 'the timeline records requests').to.include(own);
  performance.clearResourceTimings();
}

/** A visitor's whole session on a page with every element. */
async function session(root: HTMLElement, outputs: string[]): Promise<void> {
  const quiz = root.querySelector('myo-self-check')!;
  const checklist = root.querySelector('myo-symptom-checklist')!;
  const map = root.querySelector('myo-body-map')!;
  const banner = root.querySelector('myo-referral-banner')!;
  const next = async () => {
    tap($(quiz, '[part~="next-button"]'));
    await settleTree(root);
  };

  // the quiz, step by step: no warning sign ("None of these" is an answer), then the rest
  tap(
    $($(quiz, 'myo-symptom-checklist'), '[part~="none-option"] input[data-question="red-flags"]'),
  );
  await next();
  tap($($(quiz, 'myo-symptom-checklist'), 'input[data-question="fatigue"]'));
  await next();
  tap($($(quiz, 'myo-body-map'), '[role="checkbox"][data-area="neck"]'));
  await next();
  tap(
    $($(quiz, 'myo-symptom-checklist'), 'input[data-question="duration"][value="3-to-6-months"]'),
  );
  await next();
  expect(quiz.shadowRoot!.querySelector('[part~="step-result"]'), 'the quiz is finished').to.exist;

  // every question of the checklist (every warning sign too, so not "None of these"), every
  // area of the map (figure and list)
  for (const input of checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input'))
    if (!input.checked && !input.closest('[part~="none-option"]')) input.click();
  await settleTree(root);
  for (const area of map.shadowRoot!.querySelectorAll('[role="checkbox"][aria-checked="false"]'))
    tap(area);
  await settleTree(root);
  tap($(map, '[part~="toggle-button"]'));
  await settleTree(root);
  tap($(map, 'input[type="checkbox"]'));
  await settleTree(root);

  // Spanish, then the banner's call to action (the page handles it: no navigation)
  root.setAttribute('lang', 'es');
  await new Promise(r => setTimeout(r, 20));
  await settleTree(root);
  expect(banner.getAttribute('level')).to.equal('urgent');
  let cta = 0;
  root.addEventListener('myo-cta', e => (cta++, e.preventDefault()), { once: true });
  $(banner, '[part~="cta"]').dispatchEvent(
    new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }),
  );
  expect(cta, 'the call to action was used').to.equal(1);

  // the result's outputs, then Start again
  for (const part of [
    'copy-button',
    'download-json-button',
    'download-fhir-button',
    'print-button',
  ])
    tap($(quiz, `[part~="${part}"]`));
  await new Promise(r => setTimeout(r, 50));
  await settleTree(root);
  expect(
    outputs.filter(o => o.startsWith('copy')),
    'copied',
  ).to.have.length(1);
  expect(
    outputs.filter(o => o.startsWith('download')),
    'two downloads',
  ).to.have.length(2);
  expect(outputs, 'printed').to.include('print');
  tap($(quiz, '[part~="start-again-button"]'));
  await settleTree(root);
}

describe('reliability: privacy', function () {
  this.timeout(60_000);

  beforeEach(() => {
    resetGroupStores();
    resetWarnings();
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('a whole session with every element: no request, no cookie, no storage', async () => {
    expect(document.cookie, 'no cookie to begin with').to.equal('');
    const calls: Calls = [];
    const outputs: string[] = [];
    await freshTimeline();
    const restoreNetwork = watchNetwork(calls);
    const restoreOutputs = stubOutputs(outputs);
    try {
      const root = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <myo-symptom-checklist group="priv" mode="severity"></myo-symptom-checklist>
          <myo-body-map group="priv"></myo-body-map>
          <myo-referral-banner
            group="priv"
            cta-href="/find-a-doctor"
            emergency-number="112"
          ></myo-referral-banner>
          <myo-self-check group="priv"></myo-self-check>
        </div>`,
      );
      await settleTree(root);
      await session(root, outputs);
      await new Promise(r => setTimeout(r, 100));
    } finally {
      restoreOutputs();
      restoreNetwork();
    }
    expect(calls, 'no fetch, XHR, beacon, WebSocket, EventSource or window.open').to.deep.equal([]);
    expect(resources(), 'no request of any kind').to.deep.equal([]);
    expect(document.cookie, 'no cookie').to.equal('');
    expect(localStorage.length, 'localStorage').to.equal(0);
    expect(sessionStorage.length, 'sessionStorage').to.equal(0);
  });

  for (const mode of ['session', 'local'] as const) {
    it(`with persist="${mode}": exactly one namespaced key, holding the answers, removed by "Clear my answers"`, async () => {
      const calls: Calls = [];
      const outputs: string[] = [];
      const restoreNetwork = watchNetwork(calls);
      const restoreOutputs = stubOutputs(outputs);
      const used = mode === 'session' ? sessionStorage : localStorage;
      const other = mode === 'session' ? localStorage : sessionStorage;
      try {
        const root = await fixture<HTMLDivElement>(
          html`<div lang="en">
            <myo-symptom-checklist group="kept" persist=${mode}></myo-symptom-checklist>
            <myo-body-map group="kept" persist=${mode}></myo-body-map>
            <myo-referral-banner
              group="kept"
              persist=${mode}
              cta-href="/find-a-doctor"
            ></myo-referral-banner>
            <myo-self-check group="kept" persist=${mode}></myo-self-check>
          </div>`,
        );
        await settleTree(root);
        await session(root, outputs);
        // Start again cleared everything; answer once more, so there is something to keep
        tap($(root.querySelector('myo-symptom-checklist')!, 'input[data-question="fatigue"]'));
        await settleTree(root);
        expect(used.length, `one key in ${mode}Storage`).to.equal(1);
        expect(other.length, 'nothing in the other storage').to.equal(0);
        const key = used.key(0)!;
        expect(key)
          .to.match(/^myocheck:/)
          .and.contain('kept');
        const stored = JSON.parse(used.getItem(key)!);
        expect(stored.answers).to.deep.equal(getGroupStore('kept').answers);
        expect(Object.keys(stored).sort()).to.deep.equal(['answers', 'meta', 'v']);

        tap(
          $(
            root.querySelector('myo-symptom-checklist')!,
            '[part~="persist-notice"] [part~="clear-button"]',
          ),
        );
        await settleTree(root);
        expect(used.length, '"Clear my answers" removes the key').to.equal(0);
      } finally {
        restoreOutputs();
        restoreNetwork();
      }
      expect(calls).to.deep.equal([]);
      expect(document.cookie).to.equal('');
    });
  }
});
