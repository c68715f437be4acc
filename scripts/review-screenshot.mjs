// The first screen of the default pack's review sheet, for docs/screenshots/content-review.png.
// Usage: npm run build && node scripts/review-screenshot.mjs [sheet.html] [out.png]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browsers.mjs';

const root = new URL('..', import.meta.url).pathname;
const sheet = resolve(process.argv[2] ?? join(root, 'docs/content-review.html'));
const out = resolve(process.argv[3] ?? join(root, 'docs/screenshots/content-review.png'));
const userDataDir = mkdtempSync(join(tmpdir(), 'myo-review-'));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  userDataDir,
  args: ['--headless', ...CHROMIUM_ARGS, '--hide-scrollbars'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(sheet).href, { waitUntil: 'load' });
  await page.screenshot({ path: out });
  console.log(out.replace(root, ''));
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
