// npm run profile (node bench/profile.mjs): where the upgrade time goes on a phone-speed CPU.
// Loads pages built from the npm build (dist/, bundled by esbuild WITHOUT minifying, so function
// names survive) in Chromium with the CPU slowed 4× and a 412 px viewport, records a CPU profile
// (DevTools protocol Profiler, 100 µs sampling) from navigation to ready, and prints per page:
// the main-thread long tasks, the functions with the most inclusive time (time with the function
// on the stack) and the most self time, with their module. Environment: PROFILE_RUNS (loads per
// page, default 3; figures are medians), CHROME_PATH.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INSTRUMENT } from './lib/pages.mjs';
import { serve } from './lib/server.mjs';
import { CPU_SLOWDOWN, NEXT_STEP, PHONE } from './lib/slow.mjs';
import { FIND_CONTROLS, openTapPage, tapEvery, traceTaps } from './lib/taps.mjs';
import { median, round } from './lib/stats.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const OUT = join(HERE, 'build/profile');
const RUNS = Math.max(1, Number(process.env.PROFILE_RUNS ?? 3) || 3);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const TOP = 22;
// PROFILE_TAPS=<n>: the tap page's first n taps only (the first tap pays for more than the rest)
const TAPS = Number(process.env.PROFILE_TAPS) || Infinity;

if (!existsSync(join(HERE, 'node_modules/puppeteer-core')))
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: HERE, stdio: 'inherit' });
if (!existsSync(join(ROOT, 'dist/index.js'))) {
  console.error('profile: run `npm run build` at the repo root first.');
  process.exit(1);
}
const { build } = await import('esbuild');
const { default: puppeteer } = await import('puppeteer-core');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
// one unminified bundle per page, as the CDN chunks would hold it (production Lit)
// PROFILE_ONLY=<page id>[,<page id>]: those pages alone
const ONLY = process.env.PROFILE_ONLY;
const PAGES = [
  {
    id: 'article',
    entry: ['define/myo-symptom-checklist.js', 'define/myo-referral-banner.js'],
    body: '<myo-symptom-checklist sections="symptoms,duration,impact"></myo-symptom-checklist><myo-referral-banner fixed-level="self-care"></myo-referral-banner>',
    tags: ['myo-symptom-checklist', 'myo-referral-banner'],
  },
  {
    id: 'quiz',
    entry: ['define/myo-self-check.js'],
    body: '<myo-self-check></myo-self-check>',
    tags: ['myo-self-check'],
  },
  {
    // the quiz's last step: Next to the result (banner, summary, actions), profiled alone
    id: 'quiz-result',
    entry: ['define/myo-self-check.js'],
    body: '<myo-self-check></myo-self-check>',
    tags: ['myo-self-check'],
    steps: 4,
  },
  {
    id: 'all-four',
    entry: ['index.js'],
    body: '<myo-symptom-checklist></myo-symptom-checklist><myo-body-map></myo-body-map><myo-referral-banner></myo-referral-banner><myo-self-check group="q"></myo-self-check>',
    tags: ['myo-symptom-checklist', 'myo-body-map', 'myo-referral-banner', 'myo-self-check'],
  },
  {
    // every control of a checklist, a body map and a banner in one group tapped (the bench's
    // tap page): the profile holds the taps alone, from the first to the last
    id: 'taps',
    entry: [
      'define/myo-symptom-checklist.js',
      'define/myo-body-map.js',
      'define/myo-referral-banner.js',
    ],
    body: '<myo-symptom-checklist group="tap" sections="symptoms,duration,impact"></myo-symptom-checklist><myo-body-map group="tap"></myo-body-map><myo-referral-banner group="tap"></myo-referral-banner>',
    tags: ['myo-symptom-checklist', 'myo-body-map', 'myo-referral-banner'],
    taps: true,
  },
  {
    // the floor's taps, the same way: what the tap page is measured against
    id: 'taps-floor',
    entry: ['../bench/src/floor.js'],
    body: '<bench-floor></bench-floor>',
    tags: ['bench-floor'],
    taps: true,
  },
].filter(p => !ONLY || ONLY.split(',').includes(p.id));
for (const p of PAGES) {
  const entry = join(OUT, `${p.id}-entry.js`);
  writeFileSync(entry, p.entry.map(e => `import '${join(ROOT, 'dist', e)}';`).join('\n'));
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: false,
    conditions: ['production'],
    outfile: join(OUT, `${p.id}.js`),
    absWorkingDir: ROOT,
    logLevel: 'warning',
  });
  writeFileSync(
    join(OUT, `${p.id}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><script type="module" src="${p.id}.js"></script></head><body><main><h1>Profile</h1>${p.body}</main></body></html>`,
  );
}

const server = await serve(ROOT);
const userDataDir = mkdtempSync(join(tmpdir(), 'myocheck-profile-'));
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: false,
  userDataDir,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
});

/**
 * Where a profile node's code lives: the dist/ or node_modules/ module (from the comments esbuild
 * writes before each module of an unminified bundle), and for Lit's minified production build a
 * readable name of the part of Lit it is.
 */
function locator(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const marks = [];
  lines.forEach((text, i) => {
    const m = /^\/\/ (\S+\.js)$/.exec(text);
    if (m) marks.push({ line: i, path: m[1].replace(/^(dist|node_modules)\//, '') });
  });
  const moduleAt = line => marks.filter(m => m.line <= line).at(-1)?.path ?? '?';
  const LIT = [
    [/constructor\(\{ strings:/, 'Template constructor: template preparation'],
    [/static createElement\(/, 'Template.createElement: template preparation (innerHTML)'],
    [/^var \w+ = \(\w+, \w+\) => \{$/, 'getTemplateHtml: template preparation'],
    [/^function V\(/, 'template HTML policy: template preparation'],
  ];
  return (fn, line) => {
    const module = moduleAt(line);
    let name = fn || '(anonymous)';
    if (module.startsWith('lit-html/lit-html.js'))
      for (const [re, label] of LIT)
        if (re.test(lines[line].trim()) || re.test(lines[line])) name = label;
    return { module, name };
  };
}

/** A coarse bucket for a frame: what kind of work it is. */
function category({ module, name }) {
  if (name.includes('template preparation'))
    return 'Lit: template preparation (first render of each template)';
  if (module.startsWith('lit-html/')) return 'Lit: rendering (clone templates, commit values)';
  if (module.includes('css-tag'))
    return 'Lit: styles (CSSResult → CSSStyleSheet, adoptedStyleSheets)';
  if (module.startsWith('@lit/') || module.startsWith('lit-element') || module.startsWith('tslib'))
    return 'Lit: element class set-up and update cycle (finalize, properties, decorators)';
  return module;
}

const summaries = {};
for (const p of PAGES) {
  const where = locator(join(OUT, `${p.id}.js`));
  const buckets = {};
  const inclusive = {};
  const self = {};
  const longTasks = [];
  for (let run = 0; run <= RUNS; run++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport(p.taps ? { ...PHONE, hasTouch: true, isMobile: true } : PHONE);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.evaluateOnNewDocument(INSTRUMENT);
    const ready = tags =>
      page.evaluate(async tags => {
        await Promise.all(tags.map(t => customElements.whenDefined(t)));
        for (let i = 0; i < 3; i++)
          for (const el of document.querySelectorAll('*'))
            if (el.updateComplete) await el.updateComplete;
        await new Promise(r => requestAnimationFrame(() => setTimeout(r, 200)));
      }, tags);
    // Next × (steps − 1) first, unprofiled: the profile holds the last step alone
    const next = () => page.evaluate(NEXT_STEP, 300);
    if (p.steps || p.taps) {
      await page.goto(`${server.origin}/bench/build/profile/${p.id}.html`, { waitUntil: 'load' });
      await ready(p.tags);
      for (let i = 1; i < p.steps; i++) await next();
      if (p.taps) await page.evaluate(FIND_CONTROLS, p.tags);
      await page.evaluate(() => (window.__bench.longTasks.length = 0));
    }
    await cdp.send('Profiler.start');
    if (p.taps) await tapEvery(page, { first: TAPS });
    else if (p.steps) await next();
    else {
      await page.goto(`${server.origin}/bench/build/profile/${p.id}.html`, { waitUntil: 'load' });
      await ready(p.tags);
    }
    const { profile } = await cdp.send('Profiler.stop');
    const tasks = await page.evaluate(() => window.__bench.longTasks);
    await context.close();
    if (run === 0) continue; // warm-up
    longTasks.push(tasks.map(t => round(t.duration)));

    const nodes = new Map(profile.nodes.map(n => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const ours = n => n.callFrame.url.includes(`/profile/${p.id}.js`);
    const key = n => {
      if (!ours(n)) return null;
      const f = n.callFrame;
      const w = where(f.functionName, f.lineNumber);
      // the bundle's top level: every module's top-level code, and the elements it upgrades
      if (f.lineNumber === 0 && !f.functionName)
        return '(module evaluation: top-level code of every module)';
      return `${w.name}  ${w.module}:${f.lineNumber + 1}`;
    };
    const incl = {};
    const slf = {};
    const bucket = {};
    const dt = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const ms = (dt[i + 1] ?? dt[i] ?? 0) / 1000;
      const leaf = nodes.get(id);
      const k = key(leaf);
      if (k) slf[k] = (slf[k] ?? 0) + ms;
      // self time by kind of work: the first frame of ours from the leaf up (native code such
      // as innerHTML or style recalc called from ours counts for the caller)
      let n = leaf;
      while (n && !ours(n)) n = nodes.get(parent.get(n.id));
      if (n) {
        const f = n.callFrame;
        const b =
          f.lineNumber === 0 && !f.functionName
            ? 'module evaluation (top-level code)'
            : category(where(f.functionName, f.lineNumber));
        bucket[b] = (bucket[b] ?? 0) + ms;
      }
      const seen = new Set();
      for (let n = leaf; n; n = nodes.get(parent.get(n.id))) {
        const kk = key(n);
        if (kk && !seen.has(kk)) {
          seen.add(kk);
          incl[kk] = (incl[kk] ?? 0) + ms;
        }
      }
    });
    for (const [k, v] of Object.entries(incl)) (inclusive[k] ??= []).push(v);
    for (const [k, v] of Object.entries(slf)) (self[k] ??= []).push(v);
    for (const [k, v] of Object.entries(bucket)) (buckets[k] ??= []).push(v);
  }
  const med = obj =>
    Object.entries(obj)
      .map(([k, v]) => [k, round(median([...v, ...Array(RUNS - v.length).fill(0)]))])
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP);
  const oursOnly = Object.fromEntries(
    Object.entries(inclusive).filter(([k]) => !/ (lit-html|lit-element|@lit|tslib)\//.test(k)),
  );
  // the tap page once more, traced rather than profiled: the main thread's ms per tap by kind
  // of work, the browser's own (style, layout, paint) included
  let perTap;
  if (p.taps) {
    const context = await browser.createBrowserContext();
    const url = `${server.origin}/bench/build/profile/${p.id}.html`;
    const { page } = await openTapPage(context, url, p.tags, INSTRUMENT);
    perTap = (await traceTaps(page, { first: TAPS })).perKind;
    await context.close();
  }
  summaries[p.id] = {
    perTap,
    longTasks,
    byKind: med(buckets),
    inclusiveOurs: med(oursOnly),
    inclusive: med(inclusive),
    self: med(self),
  };
  console.log(
    `\n=== ${p.id} (${p.tags.join(', ')}), CPU ${CPU_SLOWDOWN}× slower, ${RUNS} loads ===`,
  );
  console.log(`long tasks (ms) per load: ${longTasks.map(t => `[${t.join(', ')}]`).join(' ')}`);
  if (perTap) {
    console.log('main thread ms per tap by kind of work (a trace of one more load)');
    for (const [k, v] of Object.entries(perTap).sort((a, b) => b[1] - a[1]))
      console.log(`  ${String(round(v)).padStart(7)}  ${k}`);
  }
  console.log('self ms by kind of work (median; native work counts for its caller)');
  for (const [k, v] of summaries[p.id].byKind) console.log(`  ${String(v).padStart(7)}  ${k}`);
  console.log("inclusive ms (median), myocheck's own functions  function  module:line");
  for (const [k, v] of summaries[p.id].inclusiveOurs)
    console.log(`  ${String(v).padStart(7)}  ${k}`);
  console.log('inclusive ms (median), all  function  module:line');
  for (const [k, v] of summaries[p.id].inclusive.slice(0, 12))
    console.log(`  ${String(v).padStart(7)}  ${k}`);
  console.log('self ms (median)');
  for (const [k, v] of summaries[p.id].self) console.log(`  ${String(v).padStart(7)}  ${k}`);
}
writeFileSync(join(OUT, 'summary.json'), JSON.stringify(summaries, null, 2));
await browser.close();
await server.close();
rmSync(userDataDir, { recursive: true, force: true });
