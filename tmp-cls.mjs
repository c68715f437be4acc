import puppeteer from 'puppeteer-core';
import { serve } from './bench/lib/server.mjs';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from './scripts/browsers.mjs';
const { origin, close } = await serve('.');
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
for (let run = 0; run < 4; run++) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  await page.setViewport({ width: 412, height: 823 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluateOnNewDocument(() => {
    window.__s = [];
    new PerformanceObserver(l => { for (const e of l.getEntries()) window.__s.push({ t: Math.round(e.startTime), v: e.value.toFixed(3), input: e.hadRecentInput, src: e.sources.map(s => (s.node?.localName ?? s.node?.nodeName ?? '?') + ' ' + JSON.stringify([s.previousRect.y, s.previousRect.height, s.currentRect.y, s.currentRect.height])) }); }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${origin}/bench/build/slow-${process.argv[2] ?? 'quiz'}.html`, { waitUntil: 'load' });
  await new Promise(r => setTimeout(r, 3000));
  console.log(run, JSON.stringify(await page.evaluate(() => window.__s)));
  await ctx.close();
}
await browser.close(); close();
