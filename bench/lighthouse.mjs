// npm run lighthouse (node bench/lighthouse.mjs): Lighthouse's performance audit of the demo
// article (demo/index.html, served on 127.0.0.1) with its default mobile settings (a Moto G
// Power-sized screen, simulated slow 4G and a 4× slower CPU), three runs, in Debian's Chromium.
// Prints total blocking time and cumulative layout shift of each run. Needs dist/ (npm run
// build). Environment: LIGHTHOUSE_RUNS (default 3), CHROME_PATH (default /usr/bin/chromium).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3) || 3);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PAGE = '/demo/index.html';

if (!existsSync(join(HERE, 'node_modules/lighthouse'))) {
  console.log('lighthouse: installing the bench dependencies (npm ci in bench/) …');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: HERE, stdio: 'inherit' });
}
if (!existsSync(join(ROOT, 'dist/cdn/myocheck.js'))) {
  console.error('lighthouse: dist/cdn/ is missing: run `npm run build` at the repo root first.');
  process.exit(1);
}
if (!existsSync(CHROME)) {
  console.error(
    `lighthouse: no Chromium at ${CHROME} (apt-get install chromium, or set CHROME_PATH).`,
  );
  process.exit(1);
}
const { default: lighthouse } = await import('lighthouse');
const { version } = JSON.parse(
  readFileSync(join(HERE, 'node_modules/lighthouse/package.json'), 'utf8'),
);
const chromeLauncher = await import('chrome-launcher');

const server = await serve(ROOT);
const runs = [];
try {
  for (let i = 1; i <= RUNS; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROME,
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const result = await lighthouse(`${server.origin}${PAGE}`, {
        port: chrome.port,
        onlyCategories: ['performance'],
        logLevel: 'error',
        output: 'json',
      });
      const audit = id => result.lhr.audits[id];
      const run = {
        run: i,
        score: Math.round((result.lhr.categories.performance.score ?? 0) * 100),
        tbtMs: Math.round(audit('total-blocking-time').numericValue),
        cls: Number(audit('cumulative-layout-shift').numericValue.toFixed(4)),
        lcpMs: Math.round(audit('largest-contentful-paint').numericValue),
        warnings: result.lhr.runWarnings,
      };
      runs.push(run);
      console.log(
        `run ${i}: total blocking time ${run.tbtMs} ms, layout shift ${run.cls}, LCP ${run.lcpMs} ms, performance score ${run.score}` +
          (run.warnings.length ? ` (warnings: ${run.warnings.join(' | ')})` : ''),
      );
    } finally {
      await chrome.kill();
    }
  }
} finally {
  await server.close();
}
const tbtOk = runs.filter(r => r.tbtMs < 20).length;
const clsOk = runs.filter(r => r.cls === 0).length;
console.log(
  `\n${PAGE}, Lighthouse ${version}, mobile defaults, ${runs.length} runs: ` +
    `TBT under 20 ms in ${tbtOk}/${runs.length}, layout shift 0 in ${clsOk}/${runs.length}`,
);
