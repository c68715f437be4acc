// Taps on a phone-speed CPU: a page with a checklist, a body map and a banner in one group
// (through the loader) and the floor, Chromium's CPU slowed 4×, a 412 px touch screen. Every
// control is tapped once, on its words (a label's first line of text; a body-map area's shape),
// with a touch tap (DevTools protocol Input.dispatchTouchEvent, through puppeteer), and each
// tap's interaction latency is read from Event Timing (the measure behind INP): the longest
// `event` entry with its interactionId. Event Timing reports nothing under 16 ms
// (durationThreshold's floor), so an unreported tap counts as "under 16".
import { openPhonePage } from './slow.mjs';

const LOADER =
  '<script type="module" src="/dist/cdn/myocheck.js"></script><link rel="stylesheet" href="/dist/cdn/myocheck.css" />';

/** The two pages: myocheck's three form and result elements in one group, and the floor. */
export const TAP_PAGES = [
  {
    id: 'taps',
    label: 'checklist + body map + banner in one group (loader): every control tapped',
    head: LOADER,
    body: `<myo-symptom-checklist group="tap" sections="symptoms,duration,impact"></myo-symptom-checklist>
      <myo-body-map group="tap"></myo-body-map>
      <myo-referral-banner group="tap"></myo-referral-banner>`,
    tags: ['myo-symptom-checklist', 'myo-body-map', 'myo-referral-banner'],
  },
  {
    id: 'taps-floor',
    label: 'floor: plain Lit element, native inputs: every control tapped',
    head: '<script type="module" src="/bench/build/floor.js"></script>',
    body: '<bench-floor></bench-floor>',
    tags: ['bench-floor'],
  },
];

/**
 * In the page: waits for `tags` to be defined and rendered, then lists every control (native
 * inputs, body-map areas) in document order on `window.__taps`; returns how many.
 */
export const FIND_CONTROLS = async tags => {
  await Promise.all(tags.map(t => customElements.whenDefined(t)));
  for (let i = 0; i < 3; i++)
    for (const el of document.querySelectorAll('*')) if (el.updateComplete) await el.updateComplete;
  await new Promise(r => requestAnimationFrame(() => setTimeout(r, 300)));
  const controls = [];
  const walk = root => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches('input:not([type="hidden"]), [role="checkbox"]') && !el.disabled)
        controls.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  window.__taps = controls;
  return controls.length;
};

/**
 * In the page: scrolls control `i` to the middle of the screen and returns a point on its words
 * (the middle of its label's first line of text; for a body-map area, a point of its shape that
 * hit-testing gives to it) and its state, or null when no point of it can be tapped.
 */
export const AIM = async i => {
  const el = window.__taps[i];
  el.scrollIntoView({ block: 'center' });
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const state = () => String(el.checked ?? el.getAttribute('aria-checked'));
  const deepHit = (x, y) => {
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };
  const label = el.labels?.[0];
  if (label) {
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (!t.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(t);
      const r = range.getClientRects()[0];
      if (r && r.width > 0) return { x: r.x + r.width / 2, y: r.y + r.height / 2, state: state() };
    }
  }
  const box = (el.querySelector('.shape') ?? el).getBoundingClientRect();
  // the middle first, then a grid over the box: the first point hit-testing gives to the control
  const points = [[0.5, 0.5]];
  for (let a = 0.1; a < 1; a += 0.2) for (let b = 0.1; b < 1; b += 0.2) points.push([a, b]);
  for (const [a, b] of points) {
    const x = box.x + box.width * a;
    const y = box.y + box.height * b;
    const hit = deepHit(x, y);
    if (hit && (hit === el || el.contains(hit) || label?.contains(hit)))
      return { x, y, state: state() };
  }
  return null;
};

/** In the page: the state of control `i` (checked or aria-checked). */
const STATE = i => {
  const el = window.__taps[i];
  return String(el.checked ?? el.getAttribute('aria-checked'));
};

/** In the page: the Event Timing entries so far, one latency per interaction (its longest). */
const INTERACTIONS = () => {
  const by = new Map();
  for (const e of [...(window.__bench.seen ?? []), ...window.__bench.events]) {
    const prev = by.get(e.id);
    if (!prev || e.duration > prev.duration) by.set(e.id, e);
  }
  return [...by.values()];
};

/** In the page: control `i` (its element, its words) and the longest entry since the last call. */
const LAST = i => {
  const el = window.__taps[i];
  const host = el.getRootNode().host?.localName ?? 'document';
  const words = (el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '').trim();
  const fresh = window.__bench.events.splice(0);
  (window.__bench.seen ??= []).push(...fresh);
  const e = fresh.reduce((m, e) => (e.duration > (m?.duration ?? -1) ? e : m), null);
  return {
    control: `${host}: ${words.replace(/\s+/g, ' ').slice(0, 40)}`,
    ms: e?.duration ?? 0,
    // where it went: waiting to start, its handlers, then to the paint
    parts: e && [
      e.processingStart - e.start,
      e.processingEnd - e.processingStart,
      e.start + e.duration - e.processingEnd,
    ],
  };
};

/**
 * Taps every control of the page once (FIND_CONTROLS first), each after the previous one has
 * painted and settled. Returns the taps made, the ones that changed nothing ("missed": a tap
 * lost, the bug of issue 20) and the interactions Event Timing reported (16 ms or longer).
 */
export async function tapEvery(page, { settle = 150, perTap = null, first = Infinity } = {}) {
  const n = Math.min(first, await page.evaluate(() => window.__taps.length));
  let taps = 0;
  const missed = [];
  for (let i = 0; i < n; i++) {
    const aim = await page.evaluate(AIM, i);
    if (!aim) {
      missed.push(`${i}: no point to tap`);
      continue;
    }
    if (process.env.TAP_AIM_WAIT)
      await page.evaluate(
        ms => new Promise(r => setTimeout(r, ms)),
        Number(process.env.TAP_AIM_WAIT),
      );
    // user-timing marks around each tap, so a trace can be read tap by tap (the scroll before
    // it left out)
    await page.evaluate(() => performance.mark('tap-start'));
    await page.touchscreen.tap(aim.x, aim.y);
    taps++;
    await page.evaluate(
      ms =>
        new Promise(r => requestAnimationFrame(() => setTimeout(r, ms))).then(() =>
          performance.mark('tap-end'),
        ),
      settle,
    );
    const after = await page.evaluate(STATE, i);
    if (after === aim.state) missed.push(`${i}: still ${after}`);
    if (perTap) perTap.push(await page.evaluate(LAST, i));
  }
  await page.evaluate(() => new Promise(r => setTimeout(r, 500)));
  return { taps, missed, interactions: await page.evaluate(INTERACTIONS) };
}

/**
 * Opens `url` in a new page of `context` as a phone with a touch screen (openPhonePage), waits
 * for `tags` and lists their controls; returns the page and the number of controls.
 */
export async function openTapPage(context, url, tags, instrument) {
  const page = await openPhonePage(context, url, instrument, { touch: true });
  return { page, controls: await page.evaluate(FIND_CONTROLS, tags) };
}

/** One load of a tap page, every control tapped: the taps' latencies and what they hold. */
export async function measureTaps(browser, origin, p, { instrument }) {
  const context = await browser.createBrowserContext();
  try {
    const url = `${origin}/bench/build/tap-${p.id}.html`;
    const { page, controls } = await openTapPage(context, url, p.tags, instrument);
    const before = await page.evaluate(() => window.__bench.frames.length);
    const perTap = [];
    const { taps, missed, interactions } = await tapEvery(page, { perTap });
    // the longest script run during the taps (long animation frames over 50 ms), and its file
    const frames = (await page.evaluate(() => window.__bench.frames)).slice(before);
    const script = frames
      .flatMap(f => f.scripts)
      .filter(s => /\.js(\?|$)/.test(s.url))
      .reduce((m, s) => (s.duration > m.ms ? { ms: s.duration, file: s.url } : m), {
        ms: 0,
        file: '',
      });
    // one latency per tap: the reported ones, then 0 ("under 16 ms") for the rest
    const latencies = interactions.map(e => e.duration).sort((a, b) => b - a);
    while (latencies.length < taps) latencies.push(0);
    const worst = interactions.reduce((m, e) => (e.duration > (m?.duration ?? -1) ? e : m), null);
    return {
      controls,
      taps,
      missed,
      latencies,
      worst: worst && {
        ms: worst.duration,
        event: worst.name,
        // where the worst tap's time went: waiting to start, its handlers, then to the paint
        inputDelay: worst.processingStart - worst.start,
        processing: worst.processingEnd - worst.processingStart,
        presentation: worst.start + worst.duration - worst.processingEnd,
      },
      script,
      perTap,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

/** The renderer's main-thread trace events counted, by the kind of work they are. */
const KINDS = {
  EventDispatch: 'event handlers (with the renders they run)',
  FunctionCall: 'other script (timers, observers, microtasks)',
  TimerFire: 'other script (timers, observers, microtasks)',
  FireAnimationFrame: 'other script (timers, observers, microtasks)',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint (pre-paint, paint, layerize, commit)',
  Paint: 'paint (pre-paint, paint, layerize, commit)',
  Layerize: 'paint (pre-paint, paint, layerize, commit)',
  Commit: 'paint (pre-paint, paint, layerize, commit)',
  HitTest: 'hit testing',
};

/**
 * Taps every control of a loaded page (FIND_CONTROLS first) while Chromium records a trace,
 * and returns the main thread's ms per tap by kind of work, between each tap and its settle
 * (the user-timing marks tapEvery sets; the scroll to each control left out).
 */
export async function traceTaps(page, options = {}) {
  await page.tracing.start({
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  const { taps } = await tapEvery(page, options);
  const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  const main = new Set(
    traceEvents
      .filter(e => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map(e => `${e.pid}:${e.tid}`),
  );
  const marks = traceEvents.filter(e => e.name === 'tap-start' || e.name === 'tap-end');
  marks.sort((a, b) => a.ts - b.ts);
  const windows = marks
    .map(
      (m, i) =>
        m.name === 'tap-start' && marks[i + 1]?.name === 'tap-end' && [m.ts, marks[i + 1].ts],
    )
    .filter(Boolean);
  // the outermost events only: a click's dispatch holds its change's, a paint its children's
  const counted = traceEvents
    .filter(e => KINDS[e.name] && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`))
    .filter(e => windows.some(([a, b]) => e.ts >= a && e.ts <= b))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const perKind = {};
  let end = -Infinity;
  for (const e of counted) {
    if (e.ts + e.dur <= end) continue;
    end = e.ts + e.dur;
    perKind[KINDS[e.name]] = (perKind[KINDS[e.name]] ?? 0) + e.dur / 1000 / Math.max(1, taps);
  }
  return { taps, perKind };
}
