// README "Embed it": how much the page moves when the widgets render (cumulative layout shift, as
// Chromium measures it), for each embed snippet, on a 412 px wide article page with the widgets
// in its first screen. Chromium only (the others do not report layout shifts). Needs the build.
import { expect } from '@open-wc/testing';
import { sleep } from './page.js';

const ARTICLE = `<h1>Muscle pain</h1><p>${'Muscle pain that lasts can affect sleep and work. '.repeat(4)}</p>`;
const WIDGETS = (inside = '') =>
  `<myo-symptom-checklist>${inside}</myo-symptom-checklist>
   <myo-body-map>${inside}</myo-body-map>
   <myo-referral-banner cta-href="/find-a-doctor">${inside}</myo-referral-banner>`;
const MORE = `<p>${'More of the article, below the widgets. '.repeat(40)}</p>`;
const FALLBACK = `<div class="myocheck-fallback"><p><strong>Consider seeing a doctor</strong></p>
  <ul><li>pain for more than 3 months</li><li>pain that disrupts your sleep</li>
  <li>pain that stops you from doing daily tasks</li></ul>
  <p><small>This self-check is for information only. It does not diagnose any condition.</small></p></div>`;
const CSS = '<link rel="stylesheet" href="/dist/cdn/myocheck.css" />';
const BUNDLE = '<script type="module" src="/dist/myocheck.bundle.js"></script>';
const LOADER = '<script type="module" src="/dist/cdn/myocheck.js"></script>';

const supported = PerformanceObserver.supportedEntryTypes?.includes('layout-shift');

/** The page's layout shift from its first paint until its widgets have rendered and settled. */
async function shiftOf(
  head: string,
  body: string,
  tags = ['myo-symptom-checklist', 'myo-body-map', 'myo-referral-banner'],
): Promise<number> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 412px; height: 915px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <style>body { margin: 0 16px; font: 16px/1.5 sans-serif }</style>
    <script>
      window.__cls = 0;
      new PerformanceObserver(list => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    </script>${head}</head><body>${ARTICLE}${body}${MORE}</body></html>`;
  const loaded = new Promise(r => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { __cls: number };
  await Promise.all(tags.map(t => win.customElements.whenDefined(t)));
  for (const el of frame.contentDocument!.querySelectorAll(tags.join()))
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await sleep(1500);
  const cls = win.__cls;
  frame.remove();
  return cls;
}

describe('README embed snippets: layout shift at 412 px', function () {
  this.timeout(60_000);
  before(function () {
    if (!supported) this.skip();
  });

  it('the one-file bundle shifts the page without myocheck.css, and not with it', async () => {
    const without = await shiftOf(BUNDLE, WIDGETS());
    const withCss = await shiftOf(BUNDLE + CSS, WIDGETS());
    console.log(
      `CLS bundle: ${without.toFixed(3)} without myocheck.css, ${withCss.toFixed(3)} with`,
    );
    expect(without, 'what README warns of').to.be.greaterThan(0.01);
    expect(withCss).to.be.lessThan(0.01);
  });

  it('the loader with myocheck.css: no shift', async () => {
    const plain = await shiftOf(LOADER + CSS, WIDGETS());
    console.log(`CLS loader with myocheck.css: ${plain.toFixed(3)}`);
    expect(plain).to.be.lessThan(0.01);
  });

  // Each element alone in the first screen, the article's text after it: the advice inside the
  // element adds no shift (the element keeps its space while the advice shows, and renders in
  // it). What moves the text below is the difference between the space kept and the element's
  // first render, with or without the advice: the reserve's business (src/loader/reserve.css).
  for (const tag of [
    'myo-symptom-checklist',
    'myo-body-map',
    'myo-referral-banner',
    'myo-self-check',
  ])
    it(`the advice without JavaScript inside <${tag}> adds no shift, through the loader`, async () => {
      const without = await shiftOf(LOADER + CSS, `<${tag}></${tag}>`, [tag]);
      const withFallback = await shiftOf(LOADER + CSS, `<${tag}>${FALLBACK}</${tag}>`, [tag]);
      console.log(
        `CLS <${tag}> alone: ${without.toFixed(3)}; with the advice inside: ${withFallback.toFixed(3)}`,
      );
      expect(withFallback).to.be.at.most(without + 0.001);
    });
});
