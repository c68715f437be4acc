// Below the browser range (package.json "browserslist", README "Browser support"): the loader
// defines nothing, fetches nothing, throws nothing, and the page keeps what it holds inside the
// elements (the advice shown without JavaScript). Needs the built loader (npm run build).
import { expect } from '@open-wc/testing';
import { LOADER, openPage, sleep, type Page } from './page.js';

/** The fallback a publisher puts inside an element (README "Without JavaScript"). */
const FALLBACK = '<div class="myocheck-fallback"><p>See a doctor if the pain lasts.</p></div>';
const BODY = ['myo-symptom-checklist', 'myo-body-map', 'myo-referral-banner', 'myo-self-check']
  .map(tag => `<${tag} loading="eager">${FALLBACK}</${tag}>`)
  .join('');
/** What the elements need, each deleted before the loader runs. */
const FEATURES = {
  ElementInternals: 'delete window.ElementInternals;',
  'CSSStyleSheet.prototype.replaceSync': 'delete CSSStyleSheet.prototype.replaceSync;',
  IntersectionObserver: 'delete window.IntersectionObserver;',
};

let page: Page | undefined;
afterEach(() => {
  page?.close();
  page = undefined;
});

describe('loader: below the browser range', function () {
  this.timeout(60_000);

  for (const [name, remove] of [
    ...Object.entries(FEATURES),
    ['all three', Object.values(FEATURES).join(' ')],
  ])
    it(`without ${name}: no error, nothing fetched, the fallback content stays`, async () => {
      page = await openPage({
        body: BODY,
        // a classic script runs before the module (deferred) loader
        head: `<script>${remove}</script>`,
        neverIdle: true,
      });
      await sleep(300);
      expect(page.win.__errors).to.deep.equal([]);
      expect(page.fetched().filter(f => f.startsWith('/dist/cdn/') && f !== LOADER)).to.deep.equal(
        [],
      );
      expect(page.win.__warnings.length, page.win.__warnings.join('\n')).to.equal(1);
      expect(page.win.__warnings[0])
        .to.contain('myocheck')
        .and.contain(name === 'all three' ? 'IntersectionObserver' : name);
      for (const el of page.doc.querySelectorAll('body > *')) {
        expect(page.win.customElements.get(el.localName), el.localName).to.equal(undefined);
        const fallback = el.querySelector('.myocheck-fallback') as HTMLElement;
        expect(fallback.offsetHeight, `${el.localName}'s fallback is shown`).to.be.greaterThan(0);
      }
    });

  it('with everything there, the elements are defined (the guard lets a supported browser in)', async () => {
    page = await openPage({ body: BODY, neverIdle: true });
    await page.defined('myo-symptom-checklist');
    await page.defined('myo-self-check');
    expect(page.win.__errors).to.deep.equal([]);
  });
});
