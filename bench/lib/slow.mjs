// The pages of issue 10's budget table, loaded on a phone-speed CPU: Chromium with the CPU slowed
// 4× (DevTools protocol Emulation.setCPUThrottlingRate) and a 412×823 viewport. For each load:
// the JS fetched before the visible widgets are ready (gzip -9 of every JS file), the longest
// main-thread task and the total blocking time (sum of long task − 50 ms), and the longest script
// run inside a long animation frame with its file: a long task also holds the browser's own work
// (parsing the article, style, layout), which a page pays with or without the widgets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sizesOf } from './sizes.mjs';
import { cls } from './stats.mjs';

export const CPU_SLOWDOWN = 4;
export const PHONE = { width: 412, height: 823, deviceScaleFactor: 1 };

const SCRIPT = '<script type="module" src="/dist/cdn/myocheck.js"></script>';
/** The loader as README shows it: the script, and its style sheet for widgets in the first screen. */
const LOADER = `${SCRIPT}<link rel="stylesheet" href="/dist/cdn/myocheck.css" />`;
const SECTIONS = 'symptoms,duration,impact';
const TEXT = [
  'Muscle pain that lingers for weeks is common, and most of it is not serious. This article explains what the term means, what tends to help, and when it is worth seeing a doctor.',
  'People describe the pain as deep and aching, often in the neck, the shoulders and the lower back. It can come with tiredness, poor sleep and trouble concentrating.',
  'Rest matters as much as activity: pace yourself, keep moving gently, and notice what makes the pain better or worse. A short daily note helps you see patterns.',
  'Heat, stretching and regular low-impact exercise help many people. So do better sleep habits and less stress, though none of them works overnight.',
];
const paragraphs = n =>
  Array.from({ length: n }, (_, i) => `<p>${TEXT[i % TEXT.length]}</p>`).join('\n      ');

/** A checklist mid-text and a banner at the end of the article. */
const ARTICLE = {
  body: `${paragraphs(3)}
      <myo-symptom-checklist sections="${SECTIONS}"></myo-symptom-checklist>
      ${paragraphs(5)}
      <myo-referral-banner fixed-level="self-care"></myo-referral-banner>`,
  ready: { tags: ['myo-symptom-checklist', 'myo-referral-banner'], selector: 'input', min: 13 },
};

/** The quiz in the first screen, through the loader (script and style sheet). */
const QUIZ = {
  head: LOADER,
  body: `<myo-self-check></myo-self-check>${paragraphs(4)}`,
  ready: { tags: ['myo-self-check'], selector: 'input', min: 4 }, // its first step: the warning signs and None of these
};

/** The instrumented pages: html body, what "ready" waits for, and how each one is measured. */
export const SLOW_PAGES = [
  {
    id: 'article',
    label: 'article: <myo-symptom-checklist> mid-text, <myo-referral-banner> at its end (loader)',
    budget: { bytes: 20000, task: 50 },
    head: LOADER,
    ...ARTICLE,
  },
  {
    id: 'article-bundle',
    label: 'the same article with the one-file bundle (before issue 10)',
    head: '<script type="module" src="/dist/myocheck.bundle.js"></script>',
    ...ARTICLE,
  },
  {
    id: 'quiz',
    label: '<myo-self-check> in the first screen, up to its first step (loader)',
    budget: { bytes: 26000, task: 50 },
    ...QUIZ,
  },
  {
    id: 'quiz-script-only',
    label: 'the same, the loader script without its style sheet',
    ...QUIZ,
    head: SCRIPT,
  },
  {
    id: 'quiz-result',
    label: '<myo-self-check> through its result step (loader; Next × 4)',
    budget: { bytes: 32000, task: 50 },
    ...QUIZ,
    steps: 4,
  },
  {
    id: 'far',
    label: 'article, all four elements far below the fold, not scrolled (loader)',
    budget: { bytes: 'loader only before load', task: 50 },
    head: LOADER,
    body: `${paragraphs(24)}
      <myo-symptom-checklist group="far"></myo-symptom-checklist>
      <myo-body-map group="far"></myo-body-map>
      <myo-referral-banner group="far"></myo-referral-banner>
      <myo-self-check group="far-quiz"></myo-self-check>`,
    far: ['myo-symptom-checklist', 'myo-body-map', 'myo-referral-banner', 'myo-self-check'],
  },
  {
    id: 'floor',
    label: 'floor: plain Lit element, native inputs',
    head: '<script type="module" src="/bench/build/floor.js"></script>',
    body: `${paragraphs(3)}<bench-floor></bench-floor>`,
    ready: { tags: ['bench-floor'], selector: 'input', min: 13 },
  },
  {
    id: 'surveyjs',
    label: 'SurveyJS 2.5.38, the same questions',
    head:
      '<link rel="stylesheet" href="/bench/build/survey-core.min.css" />' +
      '<script type="module" src="/bench/build/surveyjs.js"></script>',
    body: `${paragraphs(3)}<div id="survey"></div>`,
    ready: { promise: true, selector: 'input', min: 13 },
  },
];

export function slowPageHtml(p) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Muscle pain that lingers</title>
    <style>body { margin: 0 auto; max-width: 42rem; padding: 0 1rem; font: 18px/1.6 Georgia, serif }</style>
    ${p.head}
  </head>
  <body>
    <main>
      <h1>Muscle pain that lingers</h1>
      ${p.body}
    </main>
  </body>
</html>
`;
}

/** In the page: resolves when `cfg`'s elements are defined, updated and their controls are there. */
const READY = async cfg => {
  const deepAll = (root, out = []) => {
    out.push(...root.querySelectorAll(cfg.selector));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deepAll(el.shadowRoot, out);
    return out;
  };
  const frame = () => new Promise(r => requestAnimationFrame(r));
  if (cfg.promise) {
    while (!window.__benchDone) await frame();
    await window.__benchDone;
  } else {
    await Promise.all(cfg.tags.map(t => customElements.whenDefined(t)));
    for (const t of cfg.tags)
      for (const el of document.querySelectorAll(t)) await el.updateComplete;
  }
  for (let i = 0; deepAll(document).length < cfg.min; i++) {
    if (i > 1200) throw new Error(`only ${deepAll(document).length} of ${cfg.min} controls`);
    await frame();
  }
  await frame();
  return performance.now();
};

/**
 * In the page: Next on the quiz, then waits for it and its step's elements to update, a frame,
 * and `ms` more (the bench's steps and the profile of the last one).
 */
export const NEXT_STEP = async ms => {
  const quiz = document.querySelector('myo-self-check');
  quiz.shadowRoot.querySelector('[part~="next-button"]').click();
  await quiz.updateComplete;
  for (const el of quiz.shadowRoot.querySelectorAll('*'))
    if (el.updateComplete) await el.updateComplete;
  await new Promise(r => requestAnimationFrame(() => setTimeout(r, ms)));
};

/** In the page: the JS files fetched (resource timing), with their start, and the load event. */
const FETCHED = () => ({
  js: performance
    .getEntriesByType('resource')
    .filter(e => /\.m?js(\?|$)/.test(new URL(e.name).pathname))
    .map(e => ({ path: new URL(e.name).pathname, start: e.startTime })),
  load: performance.getEntriesByType('navigation')[0]?.loadEventStart ?? 0,
});

/**
 * Opens `url` in a new page of `context` as a phone: CPU_SLOWDOWN, the PHONE viewport (a touch
 * screen with `touch`), the bench's instrument script before any of the page's; after `load`.
 */
export async function openPhonePage(context, url, instrument, { touch = false } = {}) {
  const page = await context.newPage();
  await page.setViewport(touch ? { ...PHONE, hasTouch: true, isMobile: true } : PHONE);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.evaluateOnNewDocument(instrument);
  await page.goto(url, { waitUntil: 'load', timeout: 60000 });
  return page;
}

/** Runs one load of `p` and returns its figures. */
export async function measureSlow(browser, origin, p, { root, overrides, instrument }) {
  const gzipOf = path => sizesOf(readFileSync(overrides[path] ?? join(root, path))).gzip;
  const jsBytes = files => [...new Set(files.map(f => f.path))].reduce((s, f) => s + gzipOf(f), 0);
  const context = await browser.createBrowserContext();
  try {
    const page = await openPhonePage(
      context,
      `${origin}/bench/build/slow-${p.id}.html`,
      instrument,
    );
    const tasks = () => page.evaluate(() => window.__bench.longTasks);
    const frames = () => page.evaluate(() => window.__bench.frames);
    const layoutShift = async () => cls(await page.evaluate(() => window.__bench.shifts));
    const settle = ms => page.evaluate(ms => new Promise(r => setTimeout(r, ms)), ms);
    const blocking = list => list.reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
    const longest = list => list.reduce((m, t) => Math.max(m, t.duration), 0);
    // the longest script run (over 5 ms, in a frame over 50 ms) from a JS file: the page's inline
    // scripts (the bench's probe) are left out; 0 when no frame was over 50 ms
    const longestScript = list =>
      list
        .flatMap(f => f.scripts)
        .filter(s => /\.js(\?|$)/.test(s.url))
        .reduce((m, s) => (s.duration > m.ms ? { ms: s.duration, file: s.url } : m), {
          ms: 0,
          file: '',
        });

    if (p.far) {
      // not scrolled: what was fetched before the load event; then the idle loading, watched
      const { js, load } = await page.evaluate(FETCHED);
      const beforeLoad = js.filter(f => f.start < load);
      await page.evaluate(
        tags =>
          Promise.race([
            Promise.all(tags.map(t => customElements.whenDefined(t))),
            new Promise(r => setTimeout(r, 15000)),
          ]),
        p.far,
      );
      await settle(1000);
      const all = await tasks();
      const script = longestScript(await frames());
      // each element scrolled to: ms until it is defined and rendered (0 when idle came first)
      const scrolled = [];
      for (const tag of p.far)
        scrolled.push(
          await page.evaluate(async tag => {
            const el = document.querySelector(tag);
            const t0 = performance.now();
            el.scrollIntoView();
            await customElements.whenDefined(tag);
            await el.updateComplete;
            await new Promise(r => requestAnimationFrame(r));
            return performance.now() - t0;
          }, tag),
        );
      const definedBy = await page.evaluate(
        tags => tags.filter(t => customElements.get(t)).length,
        p.far,
      );
      return {
        bytes: jsBytes(beforeLoad),
        files: beforeLoad.map(f => f.path),
        longest: longest(all),
        script,
        blocking: blocking(all),
        scrolledToReady: Math.max(...scrolled),
        cls: await layoutShift(),
        defined: definedBy,
      };
    }

    const ready = await page.evaluate(READY, p.ready);
    await settle(500);
    const { js } = await page.evaluate(FETCHED);
    const atReady = js.filter(f => f.start < ready);
    const upToReady = (await tasks()).filter(t => t.start < ready + 500);
    const framesToReady = (await frames()).filter(f => f.start < ready + 500);
    const result = {
      ready,
      bytes: jsBytes(atReady),
      files: [...new Set(atReady.map(f => f.path))],
      longest: longest(upToReady),
      script: longestScript(framesToReady),
      blocking: blocking(upToReady),
      cls: await layoutShift(),
    };
    if (!p.steps) return result;

    // Next × steps, to the result: the longest task of each step, and all the JS fetched
    const stepLongest = [];
    for (let i = 0; i < p.steps; i++) {
      const before = (await tasks()).length;
      await page.evaluate(NEXT_STEP, 0);
      await settle(300);
      stepLongest.push(longest((await tasks()).slice(before)));
    }
    const atResult = await page.evaluate(() =>
      Boolean(
        document.querySelector('myo-self-check').shadowRoot.querySelector('[part~="step-result"]'),
      ),
    );
    if (!atResult) throw new Error('the quiz did not reach its result step');
    const all = (await page.evaluate(FETCHED)).js;
    return {
      ...result,
      bytes: jsBytes(all),
      files: [...new Set(all.map(f => f.path))],
      longest: Math.max(result.longest, ...stepLongest),
      // every frame since navigation: the load's and each step's
      script: longestScript(await frames()),
      blocking: blocking(await tasks()),
      stepLongest,
    };
  } finally {
    await context.close().catch(() => {});
  }
}
