import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webkitGtkLauncher } from './scripts/wtr-webkitgtk.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, FIREFOX_PATH, STRICT_CSP } from './scripts/browsers.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { phonePlugin } from './scripts/wtr-phone.mjs';

/** test/loader's held chunks: tag → the requests waiting for /__release/<tag>. */
const held = new Map();

// BROWSERS=chromium,firefox,webkit (default: all three). Debian's browsers, never downloads.
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map(b => b.trim())
  .filter(Boolean);

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
      },
    }),
  firefox: () => {
    const launcher = chromeLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        // Firefox throttles timers in background tabs; axe checks then time out.
        extraPrefsFirefox: {
          'dom.min_background_timeout_value': 0,
          'dom.min_background_timeout_value_without_budget_throttling': 0,
          'dom.timeout.enable_budget_timer_throttling': false,
        },
      },
    });
    launcher.name = 'Firefox';
    return launcher;
  },
  webkit: () => webkitGtkLauncher(),
};

const unknown = wanted.filter(name => !launchers[name]);
if (unknown.length) {
  throw new Error(`BROWSERS: unknown ${unknown.join(', ')}; use chromium, firefox and/or webkit`);
}

export default {
  files: process.env.TEST_FILES ?? 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' }),
    phonePlugin(),
  ],
  concurrency: 1,
  // 2-core box: axe in several browsers can exceed mocha's 2 s default
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  middleware: [
    // test/loader: /__copy/… serves the same files under a second URL (a second copy of the
    // library); under /__flaky/… the body map's chunk fails once (its retry, ?retry=N, loads)
    (ctx, next) => {
      const prefix = ctx.path.match(/^\/__(copy|flaky)\//)?.[0];
      if (!prefix) return next();
      if (
        prefix === '/__flaky/' &&
        /\/myo-body-map-[\w-]+\.js$/.test(ctx.path) &&
        !ctx.query.retry
      ) {
        ctx.status = 503;
        ctx.body = 'unavailable (test)';
        return undefined;
      }
      ctx.url = ctx.url.slice(prefix.length - 1);
      return next();
    },
    // test/loader: under /__slow/<tag>/… the chunk of <tag> is held until the test fetches
    // /__release/<tag> (or 30 s pass), the others arrive at once: a fixed delay was too short
    // for WebKit under a full run's load to define the element whose chunk came first
    async (ctx, next) => {
      const release = ctx.path.match(/^\/__release\/([\w-]+)$/);
      if (release) {
        held.get(release[1])?.forEach(go => go());
        held.delete(release[1]);
        ctx.body = 'released';
        return;
      }
      const match = ctx.path.match(/^\/__slow\/([\w-]+)\//);
      if (!match) return next();
      if (new RegExp(`/${match[1]}-[\\w-]+\\.js$`).test(ctx.path))
        await new Promise(go => {
          held.set(match[1], [...(held.get(match[1]) ?? []), go]);
          setTimeout(go, 30_000);
        });
      ctx.url = ctx.url.slice(match[0].length - 1);
      return next();
    },
    (ctx, next) => {
      if (ctx.path.endsWith('/strict-csp-page.html'))
        ctx.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
  ],
  browsers: wanted.map(name => launchers[name]()),
  reporters: [defaultReporter(), countReporter()],
};
