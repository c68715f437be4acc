// npm run bench (node bench/run.mjs): bytes shipped, page load → ready, blocking time, click →
// banner paint and layout shift, for the floor (a plain Lit element), myocheck and SurveyJS, in
// headless Chromium on a loopback static server, loads alternating in one run.
// Needs dist/ (npm run build at the repo root). Environment: BENCH_RUNS (loads per candidate,
// default 15), CHROME_PATH (default /usr/bin/chromium). Writes bench/results.json.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { INSTRUMENT, page, probe } from './lib/pages.mjs';
import { serve } from './lib/server.mjs';
import { sizesOfFiles } from './lib/sizes.mjs';
import { CPU_SLOWDOWN, PHONE, SLOW_PAGES, measureSlow, slowPageHtml } from './lib/slow.mjs';
import { cls, median, round, summary } from './lib/stats.mjs';
import { TAP_PAGES, measureTaps } from './lib/taps.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const BUILD = join(HERE, 'build');
const BUNDLE = join(ROOT, 'dist/myocheck.bundle.js');
const DEMO = join(ROOT, 'demo/index.html');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 15) || 15);
const PHONE_RUNS = Math.max(1, Number(process.env.BENCH_PHONE_RUNS ?? 5) || 5);
// BENCH_ONLY=phone: only the phone-speed pages of issue 10 (loader, 4× slower CPU, 412 px) and
// the taps; BENCH_ONLY=taps: only the taps (BENCH_TAP_RUNS loads of each tap page, default 3)
const ONLY_PHONE = process.env.BENCH_ONLY === 'phone';
const ONLY_TAPS = process.env.BENCH_ONLY === 'taps';
const TAP_RUNS = Math.max(1, Number(process.env.BENCH_TAP_RUNS ?? 3) || 3);
const CDN = join(ROOT, 'dist/cdn');
const CLS_RUNS = Math.min(RUNS, 5);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const READY_TIMEOUT = 15000;
const started = Date.now();
const loadAtStart = loadavg()[0];

// ---------------------------------------------------------------- prerequisites
if (!existsSync(join(HERE, 'node_modules/puppeteer-core'))) {
  console.log('bench: installing its own dependencies (npm ci in bench/) …');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: HERE, stdio: 'inherit' });
}
if (!existsSync(BUNDLE)) {
  console.error(
    'bench: dist/myocheck.bundle.js is missing: run `npm run build` at the repo root first.',
  );
  process.exit(1);
}
if (!existsSync(join(CDN, 'myocheck.js'))) {
  console.error(
    'bench: dist/cdn/myocheck.js is missing: run `npm run build` at the repo root first.',
  );
  process.exit(1);
}
if (!existsSync(CHROME)) {
  console.error(`bench: no Chromium at ${CHROME} (apt-get install chromium, or set CHROME_PATH).`);
  process.exit(1);
}
const newestSource = dir =>
  readdirSync(dir, { withFileTypes: true }).reduce((t, d) => {
    const p = join(dir, d.name);
    return Math.max(t, d.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }, 0);
if (newestSource(join(ROOT, 'src')) > statSync(BUNDLE).mtimeMs)
  console.warn(
    'bench: note: src/ changed after dist/ was built; run `npm run build` for current figures.',
  );

const { build } = await import('esbuild');
const { default: puppeteer } = await import('puppeteer-core');

// ---------------------------------------------------------------- same content everywhere
{
  const { SYMPTOMS, DURATION, IMPACT } = await import('./src/content.js');
  const { defaultPack } = await import(pathToFileURL(join(ROOT, 'dist/core/default-pack.js')).href);
  const q = id => defaultPack.questions.find(x => x.id === id);
  const drift = [
    ...SYMPTOMS.flatMap(s => [
      [s.id, s.label, q(s.id)?.label?.en],
      [s.id, s.description, q(s.id)?.description?.en],
    ]),
    [DURATION.id, DURATION.label, q(DURATION.id)?.label?.en],
    ...DURATION.options.map(o => [
      o.id,
      o.label,
      q(DURATION.id)?.options?.find(x => x.id === o.id)?.label?.en,
    ]),
    ...IMPACT.map(i => [i.id, i.label, q(i.id)?.label?.en]),
  ].filter(([, ours, pack]) => ours !== pack);
  for (const [id, ours, pack] of drift)
    console.warn(
      `bench: content drift on "${id}": bench says ${JSON.stringify(ours)}, pack says ${JSON.stringify(pack)}`,
    );
}

// ---------------------------------------------------------------- builds
rmSync(BUILD, { recursive: true, force: true });
mkdirSync(BUILD, { recursive: true });
const esbuildOptions = { bundle: true, minify: true, format: 'esm', logLevel: 'warning' };
await build({
  ...esbuildOptions,
  entryPoints: [join(HERE, 'src/floor.js')],
  outfile: join(BUILD, 'floor.js'),
});
await build({
  ...esbuildOptions,
  entryPoints: [join(HERE, 'src/surveyjs.js')],
  outfile: join(BUILD, 'surveyjs.js'),
});
copyFileSync(
  join(HERE, 'node_modules/survey-core/survey-core.min.css'),
  join(BUILD, 'survey-core.min.css'),
);
// a snapshot of the one-file bundle, served in place of dist/myocheck.bundle.js (for the demo too)
const BUNDLE_COPY = join(BUILD, 'myocheck.bundle.js');
copyFileSync(BUNDLE, BUNDLE_COPY);
// the npm build's define modules with Lit resolved from the root node_modules, as an app bundler would
const defineBuilt = {};
for (const name of ['symptom-checklist', 'body-map', 'self-check']) {
  const entry = join(ROOT, `dist/define/myo-${name}.js`);
  defineBuilt[name] = existsSync(entry);
  if (defineBuilt[name])
    await build({
      ...esbuildOptions,
      entryPoints: [entry],
      outfile: join(BUILD, `define-${name}.js`),
    });
}

// ---------------------------------------------------------------- candidates
const bundleText = readFileSync(BUNDLE_COPY, 'utf8');
const inBundle = tag => bundleText.includes(tag);
const BUNDLE_URL = '/dist/myocheck.bundle.js';
const bundleFile = [{ path: BUNDLE_COPY, label: 'dist/myocheck.bundle.js' }];
const SECTIONS = 'symptoms,duration,impact';
const QUESTIONS = { selector: 'input', min: 13 }; // 6 symptoms + 5 durations + 2 impact, at least
const script = src => `<script type="module" src="${src}"></script>`;
const notLanded = tags => {
  const missing = tags.filter(t => !inBundle(t));
  return missing.length ? `${missing.join(', ')} not in dist/myocheck.bundle.js yet` : '';
};
/** The one-file bundle when it holds the element, else its define module + Lit (esbuild). */
const source = name => {
  if (inBundle(`myo-${name}`))
    return { files: bundleFile, head: script(BUNDLE_URL), via: 'one-file bundle' };
  if (defineBuilt[name])
    return {
      files: [{ path: join(BUILD, `define-${name}.js`), label: `define-${name}.js` }],
      head: script(`define-${name}.js`),
      via: 'define module + Lit (not in the one-file bundle yet)',
    };
  return { skip: `myo-${name} has not landed in dist/ yet` };
};

const candidates = [
  {
    id: 'floor',
    label: 'floor: plain Lit element, native inputs',
    files: [{ path: join(BUILD, 'floor.js'), label: 'bench/build/floor.js' }],
    head: script('floor.js'),
    body: '<bench-floor></bench-floor>',
    probe: { kind: 'lit', tags: ['bench-floor'], ...QUESTIONS },
  },
  {
    id: 'checklist',
    label: `myocheck <myo-symptom-checklist sections="${SECTIONS}"> (one-file bundle)`,
    myocheck: true,
    files: bundleFile,
    head: script(BUNDLE_URL),
    body: `<myo-symptom-checklist sections="${SECTIONS}"></myo-symptom-checklist>`,
    probe: { kind: 'lit', tags: ['myo-symptom-checklist'], ...QUESTIONS },
    skip: notLanded(['myo-symptom-checklist']),
  },
  {
    id: 'checklist-define',
    label: 'myocheck checklist, define module + Lit (esbuild)',
    myocheck: true,
    files: [
      { path: join(BUILD, 'define-symptom-checklist.js'), label: 'define-symptom-checklist.js' },
    ],
    head: script('define-symptom-checklist.js'),
    body: `<myo-symptom-checklist sections="${SECTIONS}"></myo-symptom-checklist>`,
    probe: { kind: 'lit', tags: ['myo-symptom-checklist'], ...QUESTIONS },
    skip: defineBuilt['symptom-checklist']
      ? ''
      : 'dist/define/myo-symptom-checklist.js not built yet',
  },
  {
    id: 'surveyjs',
    label: 'SurveyJS 2.5.38 (survey-core + survey-js-ui)',
    files: [
      { path: join(BUILD, 'surveyjs.js'), label: 'bench/build/surveyjs.js' },
      { path: join(BUILD, 'survey-core.min.css'), label: 'survey-core.min.css' },
    ],
    head: '<link rel="stylesheet" href="survey-core.min.css" />\n    ' + script('surveyjs.js'),
    body: '<div id="survey"></div>',
    probe: { kind: 'promise', ...QUESTIONS },
  },
  {
    id: 'body-map',
    label: 'myocheck <myo-body-map>',
    myocheck: true,
    ...source('body-map'),
    body: '<myo-body-map></myo-body-map>',
    // the 19 areas as toggles (aria-pressed, role=checkbox or native checkboxes)
    probe: {
      kind: 'lit',
      tags: ['myo-body-map'],
      selector: '[aria-pressed], [role="checkbox"], input[type="checkbox"]',
      min: 19,
    },
  },
  {
    id: 'self-check',
    label: 'myocheck <myo-self-check>, first step',
    myocheck: true,
    ...source('self-check'),
    body: '<myo-self-check></myo-self-check>',
    probe: { kind: 'lit', tags: ['myo-self-check'], selector: 'input', min: 4 }, // the warning signs and None of these
  },
  {
    id: 'checklist-banner',
    label: 'myocheck checklist + <myo-referral-banner> (one-file bundle)',
    myocheck: true,
    files: bundleFile,
    head: script(BUNDLE_URL),
    body:
      `<myo-symptom-checklist sections="${SECTIONS}"></myo-symptom-checklist>\n      ` +
      '<myo-referral-banner></myo-referral-banner>',
    probe: { kind: 'lit', tags: ['myo-symptom-checklist', 'myo-referral-banner'], ...QUESTIONS },
    click: true,
    skip: notLanded(['myo-symptom-checklist', 'myo-referral-banner']),
  },
];

for (const c of candidates) {
  if (c.skip) continue;
  c.url = `/bench/build/${c.id}.html`;
  writeFileSync(
    join(BUILD, `${c.id}.html`),
    page({ title: 'Muscle pain self-check', head: c.head, body: c.body, probe: probe(c.probe) }),
  );
  c.bytes = sizesOfFiles(c.files);
  c.samples = { ready: [], blocking: [], controls: [], click: [], left: new Set(), errors: [] };
}
const active = candidates.filter(c => !c.skip);

// ---------------------------------------------------------------- browser
// a snapshot of dist/cdn/ too, served in its place
const CDN_COPY = join(BUILD, 'cdn');
mkdirSync(CDN_COPY);
const overrides = { [BUNDLE_URL]: BUNDLE_COPY };
for (const f of readdirSync(CDN)) {
  copyFileSync(join(CDN, f), join(CDN_COPY, f));
  overrides[`/dist/cdn/${f}`] = join(CDN_COPY, f);
}
for (const p of SLOW_PAGES) writeFileSync(join(BUILD, `slow-${p.id}.html`), slowPageHtml(p));
for (const p of TAP_PAGES) writeFileSync(join(BUILD, `tap-${p.id}.html`), slowPageHtml(p));
const server = await serve(ROOT, overrides);
const userDataDir = mkdtempSync(join(tmpdir(), 'myocheck-bench-'));
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: false, // the flag is passed below as given, so nothing else is added
  userDataDir,
  protocolTimeout: 60000,
  defaultViewport: { width: 1280, height: 800 },
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // requests that would leave the page fail here (they are also counted, below)
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});
const cleanUp = async () => {
  await browser.close().catch(() => {});
  await server.close();
  rmSync(userDataDir, { recursive: true, force: true });
};
const browserVersion = (await browser.version()).replace(/^\D+\//, 'Chromium ');
process.once('SIGINT', () => cleanUp().then(() => process.exit(130)));

/** Opens a fresh browser context (cold cache, new renderer), loads `path`, hands the page to fn. */
async function withPage(path, fn) {
  const context = await browser.createBrowserContext();
  const left = new Set();
  try {
    const p = await context.newPage();
    p.on('request', r => {
      const u = r.url();
      if (!u.startsWith(server.origin) && !/^(data|blob|about):/.test(u))
        left.add(new URL(u).origin);
    });
    await p.evaluateOnNewDocument(INSTRUMENT);
    await p.goto(server.origin + path, { waitUntil: 'load', timeout: 30000 });
    return { ...(await fn(p)), left };
  } finally {
    await context.close().catch(() => {});
  }
}

const untilReady = p =>
  p.evaluate(
    ms =>
      Promise.race([
        window.__bench.ready,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`not ready after ${ms} ms`)), ms),
        ),
      ]),
    READY_TIMEOUT,
  );
const waitUntil = (p, t) =>
  p.evaluate(t => new Promise(r => setTimeout(r, Math.max(0, t - performance.now()))), t);

/** Clicks the "Fatigue" control and times it to the banner's next paint. */
async function clickFatigue(p) {
  const target = await p.evaluateHandle(() => {
    const all = (root, out = []) => {
      out.push(...root.querySelectorAll('*'));
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) all(el.shadowRoot, out);
      return out;
    };
    const name = el =>
      [el.getAttribute('aria-label') ?? '', ...[...(el.labels ?? [])].map(l => l.textContent)].join(
        ' ',
      );
    const controls = all(document.querySelector('myo-symptom-checklist').shadowRoot).filter(el =>
      el.matches('input, [role="checkbox"], [role="switch"], [aria-pressed]'),
    );
    return controls.find(el => /fatigue/i.test(name(el))) ?? null;
  });
  if (!(await target.evaluate(el => el !== null))) throw new Error('no "Fatigue" control found');
  await target.evaluate(el => el.scrollIntoView({ block: 'center' }));
  await p.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
  const box = await target.boundingBox();
  if (!box) throw new Error('the "Fatigue" control has no box');
  await p.evaluate(() => {
    const banner = document.querySelector('myo-referral-banner');
    window.__click = new Promise((resolve, reject) => {
      addEventListener(
        'click',
        event => {
          const t0 = event.timeStamp;
          const options = { attributes: true, childList: true, subtree: true, characterData: true };
          const observer = new MutationObserver(async () => {
            observer.disconnect();
            await banner.updateComplete;
            requestAnimationFrame(() => {
              // the task after the frame's rendering: the banner's new state is painted
              const channel = new MessageChannel();
              channel.port1.onmessage = () =>
                resolve({ latency: performance.now() - t0, level: banner.getAttribute('level') });
              channel.port2.postMessage(0);
            });
          });
          observer.observe(banner, options);
          if (banner.shadowRoot) observer.observe(banner.shadowRoot, options);
          setTimeout(
            () => reject(new Error('the banner did not change within 5 s of the click')),
            5000,
          );
        },
        { capture: true, once: true },
      );
    });
  });
  await p.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const result = await p.evaluate(() => window.__click);
  const checked = await target.evaluate(
    el => el.checked ?? el.getAttribute('aria-checked') ?? el.getAttribute('aria-pressed'),
  );
  if (checked !== true && checked !== 'true') throw new Error('the click did not select "Fatigue"');
  return result;
}

async function loadOnce(c) {
  return withPage(c.url, async p => {
    const { ready, controls } = await untilReady(p);
    await waitUntil(p, ready + 500);
    const longTasks = await p.evaluate(() => window.__bench.longTasks);
    const blocking = longTasks
      .filter(t => t.start < ready + 500)
      .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    const click = c.click ? await clickFatigue(p) : undefined;
    return { ready, controls, blocking, click };
  });
}

/**
 * One warm-up round, then `runs` rounds of `measure` on every page, the order rotated each
 * round; by page id, the figures of the measured rounds and the first line of each error.
 */
async function rounds(pages, runs, measure) {
  const samples = Object.fromEntries(pages.map(p => [p.id, { runs: [], errors: [] }]));
  for (let r = 0; r <= runs; r++) {
    for (const p of pages.map((_, i) => pages[(i + r) % pages.length])) {
      try {
        const m = await measure(p);
        if (r > 0) samples[p.id].runs.push(m);
      } catch (error) {
        samples[p.id].errors.push(String(error.message ?? error).split('\n')[0]);
      }
    }
    process.stdout.write(r === 0 ? 'warm-up done ' : `${r} `);
  }
  process.stdout.write('\n');
  return samples;
}

// ---------------------------------------------------------------- taps (issue 22)
console.log(
  `bench: taps: ${TAP_PAGES.length} pages × ${TAP_RUNS} loads (+1 warm-up), every control tapped on its words, CPU ${CPU_SLOWDOWN}× slower, ${PHONE.width}×${PHONE.height} touch`,
);
const tapSamples = await rounds(TAP_PAGES, TAP_RUNS, p =>
  measureTaps(browser, server.origin, p, { instrument: INSTRUMENT }),
);
const taps = {
  method:
    'Event Timing: per tap, the longest event entry of its interaction; unreported taps (under 16 ms, the shortest durationThreshold) count as 0; median and worst over every tap of every load',
  loadAverage: round(loadavg()[0], 2),
  pages: Object.fromEntries(
    TAP_PAGES.map(p => {
      const { runs, errors } = tapSamples[p.id];
      const all = runs.flatMap(x => x.latencies);
      const worstOf = runs.map(x => x.latencies[0] ?? 0);
      return [
        p.id,
        {
          label: p.label,
          controls: runs[0]?.controls,
          taps: runs.reduce((s, x) => s + x.taps, 0),
          missed: runs.flatMap(x => x.missed),
          medianMs: all.length ? median(all) : null,
          worstMs: all.length ? Math.max(...all) : null,
          worstPerLoadMs: summary(worstOf),
          over16: all.filter(v => v >= 16).length,
          over32: all.filter(v => v > 32).length,
          worstTap: runs.map(x => x.worst).sort((a, b) => (b?.ms ?? 0) - (a?.ms ?? 0))[0] ?? null,
          longestScriptMs: summary(runs.map(x => x.script.ms)),
          longestScriptFiles: [...new Set(runs.map(x => x.script.file.replace(/^.*\//, '')))],
          // the median tap's parts: input delay, handlers, to the paint (reported taps only)
          parts: [0, 1, 2].map(i =>
            round(median(runs.flatMap(x => x.perTap.filter(t => t.parts).map(t => t.parts[i])))),
          ),
          // the slowest controls: each one's median over the loads, longest first
          slowest: Object.entries(
            runs
              .flatMap(x => x.perTap)
              .reduce((by, t) => ({ ...by, [t.control]: [...(by[t.control] ?? []), t] }), {}),
          )
            .map(([control, list]) => ({ control, ms: median(list.map(t => t.ms)) }))
            .sort((a, b) => b.ms - a.ms)
            .slice(0, 6),
          errors,
        },
      ];
    }),
  ),
};
{
  const ms = v => (v === null ? '—' : v < 16 ? '< 16' : String(round(v)));
  const rows = [
    [
      'page',
      'controls',
      'taps',
      'missed',
      'median ms',
      'worst ms',
      'worst per load median [max]',
      '≥ 16 ms',
      '> 32 ms',
      'longest script ms',
    ],
  ];
  for (const [id, t] of Object.entries(taps.pages))
    rows.push([
      id,
      String(t.controls ?? '—'),
      String(t.taps),
      String(t.missed.length),
      ms(t.medianMs),
      ms(t.worstMs),
      t.worstPerLoadMs ? `${t.worstPerLoadMs.median} [${t.worstPerLoadMs.max}]` : '—',
      String(t.over16),
      String(t.over32),
      t.longestScriptMs ? `${t.longestScriptMs.median} [${t.longestScriptMs.max}]` : '—',
    ]);
  const w = rows[0].map((_, i) => Math.max(...rows.map(r => r[i].length)));
  console.log(
    '\n' +
      rows.map(r => r.map((c, i) => (i ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ')).join('\n'),
  );
  for (const [id, t] of Object.entries(taps.pages)) {
    console.log(`  ${id}: ${t.label}`);
    if (t.over16)
      console.log(
        `    taps of 16 ms or more, median parts: input delay ${t.parts[0]}, handlers ${t.parts[1]}, to the paint ${t.parts[2]} ms`,
      );
    if (t.worstTap)
      console.log(
        `    worst tap: ${round(t.worstTap.ms)} ms (${t.worstTap.event}): input delay ${round(t.worstTap.inputDelay)}, handlers ${round(t.worstTap.processing)}, to the paint ${round(t.worstTap.presentation)}`,
      );
    if (t.longestScriptMs?.max)
      console.log(`    longest script runs in: ${t.longestScriptFiles.filter(Boolean).join(', ')}`);
    if (t.slowest.length && t.slowest[0].ms >= 16)
      console.log(
        `    slowest (median ms): ${t.slowest
          .filter(x => x.ms >= 16)
          .map(x => `${x.control} ${round(x.ms)}`)
          .join('; ')}`,
      );
    if (t.missed.length) console.log(`    missed taps: ${t.missed.join(' | ')}`);
    if (t.errors.length) console.log(`    errors: ${[...new Set(t.errors)].join(' | ')}`);
  }
  // the goal (issue 22): median within 1.5× the floor's, worst at most 32 ms or 1.5× the floor's
  const m = taps.pages.taps;
  const f = taps.pages['taps-floor'];
  if (m.medianMs !== null && f.medianMs !== null) {
    const medianGoal = Math.max(16, 1.5 * f.medianMs);
    const worstGoal = Math.max(32, 1.5 * f.worstMs);
    taps.goal = {
      median: { goal: medianGoal, met: m.medianMs <= medianGoal },
      worst: { goal: worstGoal, met: m.worstMs <= worstGoal },
    };
    console.log(
      `  goal: median ${ms(m.medianMs)} ms vs ≤ ${round(medianGoal)} (1.5× the floor's ${ms(f.medianMs)}; under 16 counts as 16): ${taps.goal.median.met ? 'met' : 'MISSED'}; worst ${ms(m.worstMs)} ms vs ≤ ${round(worstGoal)} (32, or 1.5× the floor's ${ms(f.worstMs)}): ${taps.goal.worst.met ? 'met' : 'MISSED'}`,
    );
  }
  console.log(`  load average ${taps.loadAverage} (${cpus().length} cores)\n`);
}
if (ONLY_TAPS) {
  await cleanUp();
  writeFileSync(
    join(HERE, 'results-taps.json'),
    JSON.stringify({ date: new Date().toISOString(), browser: browserVersion, taps }, null, 2) +
      '\n',
  );
  console.log('wrote bench/results-taps.json');
  process.exit(0);
}

// ---------------------------------------------------------------- phone-speed pages (issue 10)
console.log(
  `bench: phone-speed pages: ${SLOW_PAGES.length} pages × ${PHONE_RUNS} loads (+1 warm-up), CPU ${CPU_SLOWDOWN}× slower, ${PHONE.width}×${PHONE.height}`,
);
const phoneSamples = await rounds(SLOW_PAGES, PHONE_RUNS, p =>
  measureSlow(browser, server.origin, p, { root: ROOT, overrides, instrument: INSTRUMENT }),
);
const phone = {
  method: {
    cpu: `${CPU_SLOWDOWN}× slower (Emulation.setCPUThrottlingRate)`,
    viewport: `${PHONE.width}×${PHONE.height}`,
    loads: PHONE_RUNS,
    bytes:
      'gzip -9 of every JS file fetched before ready (far: before the load event; quiz-result: all, through the result step)',
    longestTask:
      'longest main-thread task until ready + 500 ms (far: until every element is defined + 1 s; quiz-result: each step too)',
    longestScript:
      'longest script run from a JS file in a long animation frame, over the same window (0: no frame over 50 ms), and its file',
    blocking: 'total blocking time over the same window: sum of (long task − 50 ms)',
    cls: 'layout shift (largest session window) over the same window, the largest of the loads',
  },
  pages: Object.fromEntries(
    SLOW_PAGES.map(p => {
      const { runs, errors } = phoneSamples[p.id];
      const pick = k => runs.map(x => x[k]).filter(v => v !== undefined);
      return [
        p.id,
        {
          label: p.label,
          budget: p.budget,
          bytes: runs.length ? Math.max(...pick('bytes')) : null,
          files: runs[0]?.files,
          readyMs: summary(pick('ready')),
          longestTaskMs: summary(pick('longest')),
          longestScriptMs: summary(pick('script').map(s => s.ms)),
          longestScriptFiles: [...new Set(pick('script').map(s => s.file.replace(/^.*\//, '')))],
          blockingMs: summary(pick('blocking')),
          clsMax: runs.length ? round(Math.max(...pick('cls')), 4) : null,
          stepLongestMs: runs[0]?.stepLongest
            ? runs[0].stepLongest.map((_, i) => summary(runs.map(x => x.stepLongest[i])))
            : undefined,
          scrolledToReadyMs: summary(pick('scrolledToReady')),
          defined: pick('defined')[0],
          errors,
        },
      ];
    }),
  ),
};
{
  const rows = [
    [
      'page',
      'JS gzip before ready',
      'ready ms',
      'longest task ms median [max]',
      'longest script ms',
      'task ÷ floor',
      'script ÷ floor',
      'TBT ms median',
      'CLS max',
      'budget',
    ],
  ];
  // the longest task and script run as a ratio to the floor's in the same run (medians); the
  // goal (issue 22): at most 1.0× for the task, 1.25× for the script run
  const floor = phone.pages.floor;
  const toFloor = (r, k) =>
    r[k]?.median && floor?.[k]?.median ? round(r[k].median / floor[k].median, 2) : null;
  for (const r of Object.values(phone.pages))
    r.vsFloor = { task: toFloor(r, 'longestTaskMs'), script: toFloor(r, 'longestScriptMs') };
  const times = (v, goal) => (v === null ? '—' : `${v}×${v > goal ? ' !' : ''}`);
  for (const [id, r] of Object.entries(phone.pages)) {
    const b = r.budget;
    rows.push([
      id,
      r.bytes === null ? 'failed' : r.bytes.toLocaleString('en-US'),
      r.readyMs ? String(r.readyMs.median) : '—',
      r.longestTaskMs ? `${r.longestTaskMs.median} [${r.longestTaskMs.max}]` : '—',
      r.longestScriptMs ? `${r.longestScriptMs.median} [${r.longestScriptMs.max}]` : '—',
      times(r.vsFloor.task, 1),
      times(r.vsFloor.script, 1.25),
      r.blockingMs ? String(r.blockingMs.median) : '—',
      r.clsMax === null ? '—' : String(r.clsMax),
      b
        ? `${typeof b.bytes === 'number' ? `≤ ${b.bytes.toLocaleString('en-US')} B` : b.bytes}, task ≤ ${b.task} ms`
        : '',
    ]);
  }
  const w = rows[0].map((_, i) => Math.max(...rows.map(r => r[i].length)));
  console.log(
    '\n' +
      rows.map(r => r.map((c, i) => (i ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ')).join('\n'),
  );
  for (const [id, r] of Object.entries(phone.pages)) {
    console.log(`  ${id}: ${r.label}${r.files ? `; JS: ${r.files.join(' ')}` : ''}`);
    if (r.longestScriptMs?.max)
      console.log(`    longest script runs in: ${r.longestScriptFiles.filter(Boolean).join(', ')}`);
    if (r.stepLongestMs)
      console.log(
        `    longest task per Next: ${r.stepLongestMs.map(s => `${s.median} [${s.max}]`).join(', ')} ms`,
      );
    if (r.scrolledToReadyMs)
      console.log(
        `    ${r.defined} of 4 defined while not scrolled; scrolled to → ready: max ${r.scrolledToReadyMs.max} ms`,
      );
    if (r.errors.length) console.log(`    errors: ${[...new Set(r.errors)].join(' | ')}`);
  }
  console.log(
    "  ÷ floor: the median as a ratio to the floor's in this run; goal ≤ 1× (task), ≤ 1.25× (script run); ! over it\n",
  );
}
phone.taps = taps;
if (ONLY_PHONE) {
  await cleanUp();
  writeFileSync(
    join(HERE, 'results-phone.json'),
    JSON.stringify({ date: new Date().toISOString(), browser: browserVersion, phone }, null, 2) +
      '\n',
  );
  console.log('wrote bench/results-phone.json');
  process.exit(0);
}

// ---------------------------------------------------------------- the run
console.log(
  `bench: ${active.length} candidates × ${RUNS} loads (+1 warm-up), alternating; ${browserVersion}` +
    `; ${cpus().length} cores, load average ${loadavg()[0].toFixed(2)}`,
);
for (const c of candidates.filter(c => c.skip)) console.log(`bench: skipped ${c.id}: ${c.skip}`);

for (let round = 0; round <= RUNS; round++) {
  // rotate the order each round so no candidate always runs first or after the same one
  const order = active.map((_, i) => active[(i + round) % active.length]);
  for (const c of order) {
    try {
      const r = await loadOnce(c);
      if (round === 0) continue; // warm-up: the first loads pay for browser start-up
      c.samples.ready.push(r.ready);
      c.samples.blocking.push(r.blocking);
      c.samples.controls.push(r.controls);
      if (r.click) {
        c.samples.click.push(r.click.latency);
        c.samples.clickLevel = r.click.level;
      }
      r.left.forEach(o => c.samples.left.add(o));
    } catch (error) {
      c.samples.errors.push(String(error.message ?? error).split('\n')[0]);
    }
  }
  process.stdout.write(round === 0 ? 'warm-up done ' : `${round} `);
}
process.stdout.write('\n');

let demo = { skipped: 'demo/index.html does not exist yet' };
if (existsSync(DEMO)) {
  const values = [];
  const left = new Set();
  const errors = [];
  const notDefined = new Set();
  for (let i = 0; i < CLS_RUNS; i++) {
    try {
      const r = await withPage('/demo/index.html', async p => {
        const undefinedTags = await p.evaluate(async () => {
          const tags = [
            ...new Set([...document.querySelectorAll('*')].map(e => e.localName)),
          ].filter(t => t.startsWith('myo-'));
          const timeout = new Promise(r => setTimeout(r, 10000));
          await Promise.race([Promise.all(tags.map(t => customElements.whenDefined(t))), timeout]);
          const defined = tags.filter(t => customElements.get(t));
          for (const el of document.querySelectorAll(defined.join(',') || 'none'))
            await el.updateComplete;
          return tags.filter(t => !customElements.get(t));
        });
        undefinedTags.forEach(t => notDefined.add(t));
        await new Promise(r => setTimeout(r, 1000)); // late shifts: fonts, images
        return { value: cls(await p.evaluate(() => window.__bench.shifts)) };
      });
      values.push(r.value);
      r.left.forEach(o => left.add(o));
    } catch (error) {
      errors.push(String(error.message ?? error).split('\n')[0]);
    }
  }
  demo = {
    page: 'demo/index.html',
    viewport: '1280×800',
    cls: values.length ? { ...summary(values.map(v => v * 1000)), unit: '1/1000' } : null,
    clsMax: values.length ? round(Math.max(...values), 4) : null,
    requestsLeavingPage: [...left],
    notDefined: [...notDefined],
    errors,
  };
}

await cleanUp();

// ---------------------------------------------------------------- report
const get = id => active.find(c => c.id === id);
const result = c => ({
  label: c.label + (c.via ? ` (${c.via})` : ''),
  bytes: c.bytes,
  readyMs: summary(c.samples.ready),
  blockingMs: summary(c.samples.blocking),
  controls: c.samples.controls[0],
  clickToBannerPaintMs: c.click ? summary(c.samples.click) : undefined,
  clickLevel: c.samples.clickLevel,
  requestsLeavingPage: [...c.samples.left],
  errors: c.samples.errors,
});
const results = Object.fromEntries(active.map(c => [c.id, result(c)]));
const shipped = c => c.bytes.js.gzip + c.bytes.css.gzip;

const ratio = (a, b) => (a && b ? round(a / b, 2) : null);
const ratios = {};
const floor = results.floor;
const survey = results.surveyjs;
for (const id of ['checklist', 'checklist-define']) {
  const m = results[id];
  if (!m?.readyMs) continue;
  ratios[id] = {
    readyVsFloor: ratio(m.readyMs.median, floor?.readyMs?.median),
    gzipVsFloor: ratio(shipped(get(id)), shipped(get('floor'))),
    gzipMinusFloor: shipped(get(id)) - shipped(get('floor')),
    surveyjsGzipVsThis: ratio(shipped(get('surveyjs')), shipped(get(id))),
    surveyjsReadyVsThis: ratio(survey?.readyMs?.median, m.readyMs.median),
  };
}

const targets = [];
const target = (what, ok, detail) => targets.push({ what, ok, detail });
const cl = results.checklist;
if (cl?.readyMs && floor?.readyMs) {
  const r = ratios.checklist;
  target(
    'checklist page load → ready within 1.5× the floor',
    r.readyVsFloor <= 1.5,
    `${r.readyVsFloor}×`,
  );
  for (const id of ['checklist', 'checklist-define'])
    if (ratios[id])
      target(
        `${id === 'checklist' ? 'one-file bundle' : 'checklist define + Lit'} within 3,000 B gzip of the floor`,
        ratios[id].gzipMinusFloor <= 3000,
        `${ratios[id].gzipMinusFloor >= 0 ? '+' : ''}${ratios[id].gzipMinusFloor} B`,
      );
  target(
    'SurveyJS ≥ 10× the bytes (gzip, JS+CSS) of the checklist',
    r.surveyjsGzipVsThis >= 10,
    `${r.surveyjsGzipVsThis}×`,
  );
  target(
    'SurveyJS ≥ 3× slower to ready than the checklist',
    r.surveyjsReadyVsThis >= 3,
    `${r.surveyjsReadyVsThis}×`,
  );
}
for (const c of active.filter(c => c.myocheck && results[c.id].blockingMs))
  target(
    `${c.id}: blocking time under 50 ms (median)`,
    results[c.id].blockingMs.median < 50,
    `${results[c.id].blockingMs.median} ms`,
  );
target(
  'whole library (dist/myocheck.bundle.js) within 25,000 B gzip',
  sizesOfFiles(bundleFile).js.gzip <= 25000,
  `${sizesOfFiles(bundleFile).js.gzip} B` +
    (notLanded(['myo-symptom-checklist', 'myo-body-map', 'myo-referral-banner', 'myo-self-check'])
      ? ' (not every element in it yet)'
      : ''),
);
for (const c of active.filter(c => c.myocheck))
  if (results[c.id].requestsLeavingPage.length)
    target(
      `${c.id}: no request leaves the page`,
      false,
      results[c.id].requestsLeavingPage.join(' '),
    );

const n = v => (v === undefined || v === null ? '—' : v.toLocaleString('en-US'));
const rows = [
  [
    'candidate',
    'JS min',
    'JS gzip',
    'JS br',
    'CSS gzip',
    'ready ms median [min–max]',
    'blocking ms median [max]',
    'errors',
  ],
  ...active.map(c => {
    const r = results[c.id];
    return [
      c.id,
      n(c.bytes.js.min),
      n(c.bytes.js.gzip),
      n(c.bytes.js.brotli),
      c.bytes.css.gzip ? n(c.bytes.css.gzip) : '—',
      r.readyMs ? `${r.readyMs.median} [${r.readyMs.min}–${r.readyMs.max}]` : 'failed',
      r.blockingMs ? `${r.blockingMs.median} [${r.blockingMs.max}]` : '—',
      String(r.errors.length),
    ];
  }),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map(r => r[i].length)));
console.log(
  '\n' +
    rows
      .map(r =>
        r.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  '),
      )
      .join('\n'),
);
console.log('');
for (const c of active) console.log(`${c.id.padEnd(widths[0])}  ${results[c.id].label}`);
for (const c of active) {
  const r = results[c.id];
  if (r.clickToBannerPaintMs)
    console.log(
      `\nclick "Fatigue" → banner's next paint (${c.id}): median ${r.clickToBannerPaintMs.median} ms [${r.clickToBannerPaintMs.min}–${r.clickToBannerPaintMs.max}], banner level ${r.clickLevel}`,
    );
  if (r.requestsLeavingPage.length)
    console.log(
      `${c.id}: requests that would leave the page (blocked): ${r.requestsLeavingPage.join(' ')}`,
    );
  if (r.errors.length) console.log(`errors in ${c.id}: ${[...new Set(r.errors)].join(' | ')}`);
}
console.log(
  demo.skipped
    ? `\nlayout shift of demo/index.html: skipped (${demo.skipped})`
    : `\nlayout shift of demo/index.html (${CLS_RUNS} loads, ${demo.viewport}): ` +
        (demo.cls
          ? `CLS median ${round(demo.cls.median / 1000, 4)}, max ${demo.clsMax}`
          : 'failed') +
        (demo.notDefined.length
          ? `; not defined (not in the bundle yet): ${demo.notDefined.join(', ')}`
          : '') +
        (demo.errors.length ? `; errors: ${[...new Set(demo.errors)].join(' | ')}` : '') +
        (demo.requestsLeavingPage.length
          ? `; requests leaving the page: ${demo.requestsLeavingPage.join(' ')}`
          : ''),
);
console.log('\nratios:');
if (!Object.keys(ratios).length) console.log('  n/a: no myocheck checklist measured yet');
for (const [id, r] of Object.entries(ratios))
  console.log(
    `  ${id}/floor: ready ${r.readyVsFloor}×, gzip ${r.gzipVsFloor}× (${r.gzipMinusFloor >= 0 ? '+' : ''}${r.gzipMinusFloor} B)` +
      `;  SurveyJS/${id}: gzip ${r.surveyjsGzipVsThis}×, ready ${r.surveyjsReadyVsThis}×`,
  );
console.log('\nissue 5 targets:');
for (const t of targets) console.log(`  ${t.ok ? 'met   ' : 'MISSED'}  ${t.what}: ${t.detail}`);
for (const c of candidates.filter(c => c.skip)) console.log(`  skipped ${c.id}: ${c.skip}`);

const out = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    loadAverage: { start: round(loadAtStart, 2), end: round(loadavg()[0], 2) },
    node: process.version,
  },
  browser: browserVersion,
  method: {
    loadsPerCandidate: RUNS,
    warmUp: 1,
    order: 'alternating, rotated each round; a fresh browser context per load',
    ready:
      "the library's own done signal (Lit updateComplete; SurveyJS onAfterRenderSurvey), every control in the DOM, then one animation frame; ms from navigation",
    blocking: 'sum of (long task − 50 ms) for long tasks starting before ready + 500 ms',
    bytes:
      'esbuild --bundle --minify --format=esm for the floor, SurveyJS and the checklist define module; dist/myocheck.bundle.js as built; gzip = node:zlib level 9, brotli = quality 11',
    viewport: '1280×800',
  },
  candidates: results,
  skipped: Object.fromEntries(candidates.filter(c => c.skip).map(c => [c.id, c.skip])),
  demo,
  phone,
  ratios,
  targets,
  durationSeconds: round((Date.now() - started) / 1000, 0),
};
writeFileSync(join(HERE, 'results.json'), JSON.stringify(out, null, 2) + '\n');
console.log(
  `\nwrote ${relative(process.cwd(), join(HERE, 'results.json')) || 'bench/results.json'} in ${out.durationSeconds} s`,
);
