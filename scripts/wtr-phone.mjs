// Test-runner commands for what a phone and a visitor's settings do, where the launcher can
// (Chromium, through puppeteer over the DevTools protocol); each answers false elsewhere
// (Firefox over WebDriver BiDi, WebKitGTK over classic WebDriver), so a test can say it skipped.
// - `executeServerCommand('myo-touch-tap', { x, y })`: one finger taps at (x, y), CSS px of
//   the viewport.
// - `executeServerCommand('myo-media', { features: [{ name: 'forced-colors', value: 'active' }] })`:
//   emulates media features (an empty list ends the emulation).
const isChromium = session =>
  session.browser.type === 'puppeteer' && /chrom/i.test(session.browser.name ?? '');

/** One DevTools session a test page, kept open: its emulation lasts as long as it does. */
const cdpSessions = new Map();

export function phonePlugin() {
  return {
    name: 'myo-phone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'myo-touch-tap' && command !== 'myo-media') return undefined;
      if (!isChromium(session)) return false;
      const page = session.browser.getPage(session.id);
      if (command === 'myo-touch-tap') await page.touchscreen.tap(payload.x, payload.y);
      else {
        // the protocol's own call: puppeteer's emulateMediaFeatures knows no forced-colors
        let cdp = cdpSessions.get(session.id);
        if (!cdp) cdpSessions.set(session.id, (cdp = await page.createCDPSession()));
        await cdp.send('Emulation.setEmulatedMedia', { features: payload.features });
      }
      return true;
    },
  };
}
