// Screenshots of the widgets in Arabic (right to left) at 360 px for docs/screenshots/: the
// checklist, the quiz's result and its summary. The demo page with <html lang="ar">.
// Usage: npm run build && node scripts/screenshots-rtl.mjs
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browsers.mjs';

const out = new URL('../docs/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const port = 8766;
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
const settle = ms => new Promise(r => setTimeout(r, ms));
const shots = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 900, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${port}/demo/index.html`, { waitUntil: 'networkidle0' });
  // the whole page in Arabic: the elements follow <html lang>, and lay out right to left
  await page.evaluate(() => document.documentElement.setAttribute('lang', 'ar'));
  await page.evaluate(() => customElements.whenDefined('myo-self-check'));
  await settle(800);
  // a few answers in the article's checklist, so its state shows
  await page.evaluate(() => {
    const list = document.querySelector('myo-symptom-checklist[group=article]');
    const boxes = list.shadowRoot.querySelectorAll('input[type=checkbox]');
    boxes[1]?.click();
    boxes[2]?.click();
  });
  await settle(300);
  const shoot = async (handle, name) => {
    const file = join(out, `${name}-360-ar.png`);
    await handle.screenshot({ path: file });
    shots.push(file);
  };
  await shoot(await page.$('myo-symptom-checklist[group=article]'), 'checklist');
  // the quiz's result, with answers that lead to "see a doctor"
  await page.evaluate(() => {
    const q = document.querySelector('myo-self-check');
    const store = globalThis[Symbol.for('myocheck.groups')]?.get(q.group);
    store?.merge({
      fatigue: 2,
      stiffness: 1,
      'pain-areas': ['neck', 'lower-back', 'shoulder-left'],
      duration: 'over-12-months',
      'sleep-impact': true,
    });
    q.step = 'result';
  });
  await settle(1500);
  const quiz = await page.$('myo-self-check');
  await shoot(quiz, 'quiz-result');
  const summary = await page.evaluateHandle(() => {
    const q = document.querySelector('myo-self-check');
    return q.shadowRoot.querySelector('[part~="summary"]') ?? q;
  });
  await shoot(summary, 'summary');
} finally {
  await browser.close();
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}
console.log(shots.map(f => f.replace(out, 'docs/screenshots/')).join('\n'));
