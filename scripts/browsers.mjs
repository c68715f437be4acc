// Where the tests and scripts find Debian's browsers, and how they start Chromium here: one
// place, so `npm test`, `scripts/ensure-browsers.mjs` and `scripts/screenshots.mjs` agree.
// Each path can be overridden with the variable named beside it.

/** CHROME_PATH: Debian's `chromium` package. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** FIREFOX_PATH: Debian's `firefox-esr` package. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** MINIBROWSER_PATH: WebKitGTK's MiniBrowser, from Debian's `webkit2gtk-driver` dependencies. */
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * Chromium's flags: root needs --no-sandbox; the rest keep it from calling out on this
 * machine's closed network (connections refused, many at a time, without them).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The strict Content-Security-Policy with Trusted Types that the demo's strict-csp.html and the
 * reliability suite's strict-csp-page.html are served with.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
