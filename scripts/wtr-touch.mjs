// A test-runner command for real touch input: `executeServerCommand('myo-touch-tap', { x, y })`
// taps with one finger at (x, y) in CSS px of the viewport, through puppeteer's touchscreen
// (Chromium, over the DevTools protocol). Answers false where the launcher has no touch input
// (Firefox over WebDriver BiDi, WebKitGTK over classic WebDriver), so a test can say it skipped.
export function touchPlugin() {
  return {
    name: 'myo-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'myo-touch-tap') return undefined;
      const { x, y } = payload ?? {};
      if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name ?? ''))
        return false;
      const page = session.browser.getPage(session.id);
      await page.touchscreen.tap(x, y);
      return true;
    },
  };
}
