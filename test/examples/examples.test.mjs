// The framework examples, built as a developer would: the packed tarball (tmp/myocheck.tgz, what
// npm would publish) is installed into each example after `npm ci` from the example's own lock
// file; then the example's own type-check and build run, and Chromium opens the built app,
// ticks a symptom inside the element's shadow root and waits for the app's own state to show
// the event's detail. Run with `npm run test:examples` (it builds the library first).
//
// Why `npm install --no-save <tarball>` after `npm ci`: the tarball's name and checksum change
// with every build and version, so a lock file that recorded it would make `npm ci` fail
// ("integrity checksum failed"). The examples' package.json and lock files leave myocheck out;
// this test installs it without saving, and fails if that changed the lock file.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/browsers.mjs';
import { pack, ROOT } from '../../scripts/pack.mjs';

/**
 * Each example: its folder, and where its build writes the static app. test/types holds type
 * tests only (Preact, Solid, and React with the library's types checked): no build, no browser.
 */
const EXAMPLES = [
  { name: 'react', dir: 'examples/react', out: 'dist' },
  { name: 'react-18', dir: 'examples/react-18', out: 'dist' },
  { name: 'vue', dir: 'examples/vue', out: 'dist' },
  { name: 'svelte', dir: 'examples/svelte', out: 'dist' },
  { name: 'next', dir: 'examples/next', out: 'out' },
  { name: 'types', dir: 'test/types' },
];
const only = process.env.EXAMPLES?.split(',');

/** Runs a command in `cwd`; rejects with its output when it fails. Logs how long it took. */
function run(cwd, command, args) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CI: process.env.CI ?? '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', d => (output += d));
    child.stderr.on('data', d => (output += d));
    child.on('close', code => {
      const took = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`# ${cwd.slice(ROOT.length + 1)}: ${command} ${args.join(' ')} (${took} s)`);
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} exited ${code} in ${cwd}\n${output}`));
    });
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static server for one built app on 127.0.0.1 (a free port); resolves to its origin. */
function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(dir, path);
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    ),
  );
}

let tarball;
let browser;
let userDataDir;

before(async () => {
  await run(ROOT, 'npm', ['run', 'build']);
  tarball = pack();
  userDataDir = mkdtempSync(join(tmpdir(), 'myocheck-examples-'));
  browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    userDataDir,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

for (const example of EXAMPLES) {
  const dir = join(ROOT, example.dir);
  describe(example.dir, { skip: only && !only.includes(example.name) }, () => {
    const title = `installs from its lock file and the packed tarball, type-checks${example.out ? ' and builds' : ''}`;
    it(title, async () => {
      const lock = readFileSync(join(dir, 'package-lock.json'), 'utf8');
      await run(dir, 'npm', ['ci', '--no-audit', '--no-fund']);
      await run(dir, 'npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball]);
      assert.equal(readFileSync(join(dir, 'package-lock.json'), 'utf8'), lock, 'lock file changed');
      assert.ok(existsSync(join(dir, 'node_modules/myocheck/dist/index.js')));
      await run(dir, 'npm', ['run', 'typecheck']);
      if (example.out) await run(dir, 'npm', ['run', 'build']);
    });

    if (!example.out) return;
    it("updates the app's own state from the element's events, in Chromium", async () => {
      const server = await serve(join(dir, example.out));
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', e => errors.push(e.message));
      try {
        await page.goto(`${server.origin}/`, { waitUntil: 'load' });
        const state = () => page.$eval('#app-state', el => el.textContent.replace(/\s+/g, ' '));
        await page.waitForSelector('#app-state');
        assert.match(await state(), /symptoms: 0, level: none/);
        // tick "Fatigue" inside the checklist's shadow root, as a visitor would
        const box = await page.waitForSelector(
          'myo-symptom-checklist >>> input[data-question="fatigue"]',
        );
        await box.click();
        await page.waitForFunction(
          () =>
            /symptoms: 1, level: self-care/.test(document.querySelector('#app-state').textContent),
          { timeout: 10000 },
        );
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
        server.close();
      }
    });
  });
}
