// Screenshots of the demo for docs/screenshots/: each element at 360 and 1280 px, light and
// dark, plus every quiz step and the printed summary (PDF → PNG with pdftoppm, if installed).
// Usage: npm run build && node scripts/screenshots.mjs (--urgent: the urgent results alone)
// SHOTS=phone makes only the phone shots: the body map at 360 px and the quiz in a 320 px box
// with 200% text, on its first step and its result.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browsers.mjs';

const out = new URL('../docs/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const port = 8765;
const server = spawn(process.execPath, [new URL('./serve.mjs', import.meta.url).pathname], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'ignore',
});
await new Promise(r => setTimeout(r, 500));
const userDataDir = mkdtempSync(join(tmpdir(), 'myo-shots-'));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  userDataDir,
  args: ['--headless', ...CHROMIUM_ARGS, '--hide-scrollbars'],
});
const base = `http://127.0.0.1:${port}/demo/index.html`;

async function open(width, scheme) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(base, { waitUntil: 'networkidle0' });
  await page.evaluate(() => customElements.whenDefined('myo-self-check'));
  await page.evaluate(
    () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  return page;
}

// Answers in the article group so the banner shows "see a doctor"
async function answerArticle(page) {
  await page.evaluate(() => {
    const click = (host, selector) => host.shadowRoot.querySelector(selector)?.click();
    const [symptoms, impact] = document.querySelectorAll('myo-symptom-checklist[group=article]');
    const boxes = symptoms.shadowRoot.querySelectorAll('input[type=checkbox]');
    boxes[1]?.click();
    boxes[2]?.click();
    const map = document.querySelector('myo-body-map[group=article]');
    for (const id of ['neck', 'shoulder-left', 'lower-back'])
      map.shadowRoot
        .querySelector(`[data-area="${id}"]`)
        ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    click(impact, 'input[value="3-to-6-months"]');
  });
  await page.evaluate(() => new Promise(r => setTimeout(r, 300)));
}

const shots = [];

/** The body map on a 360 px phone, and the quiz in a 320 px box with 200% text. */
async function phoneShots() {
  const map = await open(360, 'light');
  await answerArticle(map);
  const mapFile = join(out, 'body-map-360-light.png');
  await (await map.$('myo-body-map[group=article]')).screenshot({ path: mapFile });
  shots.push(mapFile);
  await map.close();

  const page = await open(360, 'light');
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
    const quiz = document.querySelector('myo-self-check');
    quiz.parentElement.style.cssText = 'inline-size: 320px; max-inline-size: 320px; padding: 0';
  });
  for (const step of ['symptoms', 'result']) {
    await page.evaluate(id => {
      const store = globalThis[Symbol.for('myocheck.groups')]?.get('sidebar');
      if (id === 'result')
        store?.merge({ fatigue: true, 'pain-areas': ['neck'], duration: 'over-12-months' });
      document.querySelector('myo-self-check').step = id;
    }, step);
    await page.evaluate(() => new Promise(r => setTimeout(r, 400)));
    const file = join(out, `quiz-320-text-200-${step}.png`);
    await (await page.$('myo-self-check')).screenshot({ path: file });
    shots.push(file);
  }
  await page.close();
}

if (process.env.SHOTS === 'phone') {
  await phoneShots();
  await browser.close();
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
  console.log(shots.map(f => f.replace(out, 'docs/screenshots/')).join('\n'));
  process.exit(0);
}

// The quiz's urgent result at 360 px, in English and Spanish, with and without emergency-number
// (`node scripts/screenshots.mjs --urgent` takes these alone)
for (const lang of ['en', 'es']) {
  for (const number of ['112', '']) {
    const page = await open(360, 'light');
    await page.evaluate(
      async (lang, number) => {
        const quiz = document.querySelector('myo-self-check');
        quiz.lang = lang;
        if (number) quiz.setAttribute('emergency-number', number);
        const store = globalThis[Symbol.for('myocheck.groups')].get('sidebar');
        store.merge({ 'red-flags': ['breathing-dizziness'] }, { origin: 'code' });
        quiz.step = 'result';
        await quiz.updateComplete;
        await new Promise(r => setTimeout(r, 500));
        quiz.scrollIntoView();
      },
      lang,
      number,
    );
    const quiz = await page.$('myo-self-check');
    const file = join(out, `quiz-urgent-360-${lang}${number ? '-emergency-number' : ''}.png`);
    await quiz.screenshot({ path: file });
    shots.push(file);
    await page.close();
  }
}
if (process.argv.includes('--urgent')) {
  await browser.close();
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
  console.log(shots.map(f => f.replace(out, 'docs/screenshots/')).join('\n'));
  process.exit(0);
}

for (const scheme of ['light', 'dark']) {
  for (const width of [360, 1280]) {
    const page = await open(width, scheme);
    await answerArticle(page);
    const targets = {
      checklist: 'myo-symptom-checklist[group=article]',
      'body-map': 'myo-body-map[group=article]',
      banner: 'myo-referral-banner[group=article]',
      'self-check': 'myo-self-check',
    };
    for (const [name, selector] of Object.entries(targets)) {
      const el = await page.$(selector);
      if (!el) continue;
      const file = join(out, `${name}-${width}-${scheme}.png`);
      await el.screenshot({ path: file });
      shots.push(file);
    }
    if (width === 1280 && scheme === 'light') {
      const file = join(out, `demo-page-1280-light.png`);
      await page.screenshot({ path: file, fullPage: false });
      shots.push(file);
    }
    await page.close();
  }
}

// The quiz, step by step, at 360 px
const page = await open(360, 'light');
const quiz = await page.$('myo-self-check');
async function quizShot(name) {
  await page.evaluate(() => new Promise(r => setTimeout(r, 250)));
  const file = join(out, `quiz-${name}-360.png`);
  await quiz.screenshot({ path: file });
  shots.push(file);
}
const stepIds = await page.evaluate(
  () =>
    document.querySelector('myo-self-check').stepList ?? [
      'safety',
      'symptoms',
      'areas',
      'impact',
      'result',
    ],
);
for (const id of stepIds) {
  await page.evaluate(step => {
    const q = document.querySelector('myo-self-check');
    if (step === 'result') {
      const store = globalThis[Symbol.for('myocheck.groups')]?.get('sidebar');
      store?.merge({
        fatigue: 2,
        stiffness: 1,
        'pain-areas': ['neck', 'lower-back', 'shoulder-left'],
        duration: 'over-12-months',
        'sleep-impact': true,
      });
    }
    q.step = step;
  }, id);
  await quizShot(`${stepIds.indexOf(id) + 1}-${id}`);
}

await phoneShots();

// The printed summary: PDF (A4) → PNG
// as the Print button does: the page's print rule (demo.css) then keeps only the summary
await page.evaluate(() => document.querySelector('myo-self-check').setAttribute('printing', ''));
const pdf = join(out, 'summary-print.pdf');
await page.pdf({
  path: pdf,
  format: 'A4',
  printBackground: true,
  margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
});
if (existsSync('/usr/bin/pdftoppm')) {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    pdf,
    join(out, 'summary-print'),
  ]);
  rmSync(pdf);
  shots.push(join(out, 'summary-print-1.png'));
} else {
  console.warn('pdftoppm not found (apt-get install poppler-utils): kept the PDF only');
  shots.push(pdf);
}

await browser.close();
server.kill();
rmSync(userDataDir, { recursive: true, force: true });
console.log(shots.map(f => f.replace(out, 'docs/screenshots/')).join('\n'));
