// The loader (dist/cdn/myocheck.js, built by `npm run build`) as a publisher's page uses it: which
// elements it finds, when it defines them, what it fetches, and how it fails.
import { expect } from '@open-wc/testing';
import { defaultPack } from '../../src/core/default-pack.js';
import type { MyoReferralBanner } from '../../src/index.js';
import { settleTree, shadowQuery as $ } from '../helpers.js';
import { TAGS } from '../reliability/strict-csp-check.js';
import { LOADER, openPage, sleep, type Page } from './page.js';

/** The files of dist/cdn/ a page may fetch: the loader, the element chunks, the shared chunks. */
const OWN_FILE = /^\/dist\/cdn\/[\w.-]+\.(js|css)$/;
/** Has the page fetched `tag`'s chunk (`/dist/cdn/<tag>-<hash>.js`)? */
const fetchedChunkOf = (page: Page, tag: string) =>
  page.fetched().some(f => f.startsWith(`/dist/cdn/${tag}-`));

/** Ticks "Fatigue" in the page's checklist: its banner (same group) shows self-care. */
async function expectTickToReachBanner(doc: Document): Promise<void> {
  await settleTree(doc);
  $<HTMLInputElement>(
    doc.querySelector('myo-symptom-checklist')!,
    'input[data-question="fatigue"]',
  ).click();
  await settleTree(doc);
  expect(doc.querySelector('myo-referral-banner')!.getAttribute('level')).to.equal('self-care');
}

let page: Page | undefined;
afterEach(() => {
  page?.close();
  page = undefined;
});

describe('loader: finding the elements', function () {
  this.timeout(60_000);

  it('defines the elements of the page, and only the tags it holds', async () => {
    page = await openPage({
      body: '<myo-symptom-checklist></myo-symptom-checklist><myo-referral-banner></myo-referral-banner>',
      neverIdle: true,
    });
    await page.defined('myo-symptom-checklist');
    await page.defined('myo-referral-banner');
    await settleTree(page.doc);
    const checklist = page.doc.querySelector('myo-symptom-checklist')!;
    expect(checklist.shadowRoot!.querySelectorAll('input').length).to.be.greaterThan(6);
    await sleep(300);
    expect(!!page!.win.customElements.get('myo-body-map'), 'no body map on the page').to.equal(
      false,
    );
    expect(fetchedChunkOf(page, 'myo-body-map')).to.equal(false);
    expect(fetchedChunkOf(page, 'myo-self-check')).to.equal(false);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('defines elements added after the page loaded', async () => {
    page = await openPage({ body: '<p>An article.</p>', neverIdle: true });
    await sleep(200);
    expect(page.fetched().filter(f => f !== LOADER && OWN_FILE.test(f))).to.deep.equal([]);
    const wrapper = page.doc.createElement('section');
    wrapper.innerHTML =
      '<div><myo-referral-banner fixed-level="self-care"></myo-referral-banner></div>';
    page.doc.body.append(wrapper);
    await page.defined('myo-referral-banner');
    await settleTree(page.doc);
    expect(page.doc.querySelector('myo-referral-banner')!.getAttribute('level')).to.equal(
      'self-care',
    );
  });

  for (const mode of ['open', 'closed'] as const)
    it(`defines elements inside a ${mode} shadow root the page creates, and reserves their space there`, async () => {
      page = await openPage({ body: '<div id="host"></div>', neverIdle: true });
      const root = page.doc.getElementById('host')!.attachShadow({ mode });
      const inner = page.doc.createElement('div');
      root.append(inner);
      inner.innerHTML = '<myo-symptom-checklist sections="symptoms"></myo-symptom-checklist>';
      await page.defined('myo-symptom-checklist');
      const checklist = root.querySelector('myo-symptom-checklist')!;
      await settleTree(root);
      expect(checklist.shadowRoot!.querySelectorAll('input').length).to.equal(6);
      expect(root.adoptedStyleSheets.length, 'the reserving style sheet').to.equal(1);
    });

  it('defines the elements of a shadow root the page created before the loader ran', async () => {
    page = await openPage({
      body: `<div id="host"></div>
        <script>
          document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML =
            '<myo-referral-banner fixed-level="see-doctor"></myo-referral-banner>';
        </script>`,
      neverIdle: true,
    });
    await page.defined('myo-referral-banner');
  });

  it('defines the elements of a <body> that replaces the whole body', async () => {
    page = await openPage({ body: '<p>Loading…</p>', neverIdle: true });
    const body = page.doc.createElement('body');
    body.innerHTML =
      '<main><h1>A new page</h1><myo-symptom-checklist sections="symptoms"></myo-symptom-checklist></main>';
    page.doc.body = body as HTMLBodyElement;
    await page.defined('myo-symptom-checklist');
    await settleTree(page.doc);
    expect(
      page.doc.querySelector('myo-symptom-checklist')!.shadowRoot!.querySelectorAll('input'),
    ).to.have.length(6);
  });
});

describe('loader: when elements are defined', function () {
  this.timeout(60_000);
  const FAR =
    '<h1>An article</h1><div class="far"></div><myo-body-map></myo-body-map><div class="far"></div>';

  it('an element far below the fold: not loaded at the load event, nor later until it approaches', async () => {
    page = await openPage({ body: FAR, neverIdle: true });
    expect(page.win.__fetchedAtLoad, 'before the load event: the loader only').to.deep.equal([
      LOADER,
    ]);
    await sleep(700);
    expect(!!page!.win.customElements.get('myo-body-map')).to.equal(false);
    expect(page.fetched()).to.deep.equal([LOADER]);
    const map = page.doc.querySelector('myo-body-map')!;
    expect(map.getBoundingClientRect().height, 'space reserved before definition').to.be.above(200);
    // within one screen of the viewport: defined at once, before it is in view
    page.win.scrollTo(0, map.getBoundingClientRect().top - 600 * 1.5);
    await page.defined('myo-body-map', 3000);
    expect(map.getBoundingClientRect().top, 'still below the viewport').to.be.above(600);
  });

  it('dist/cdn/myocheck.css alone reserves the same space, before any script runs', async () => {
    page = await openPage({
      loader: null,
      head: '<link rel="stylesheet" href="/dist/cdn/myocheck.css" />',
      body: `<myo-self-check></myo-self-check><myo-body-map hidden></myo-body-map>
        <myo-symptom-checklist style="--myo-reserve-height: 5rem"></myo-symptom-checklist>`,
    });
    const height = (tag: string) => page!.doc.querySelector(tag)!.getBoundingClientRect().height;
    expect(height('myo-self-check')).to.equal(35.5 * 16);
    expect(height('myo-body-map'), 'hidden stays hidden').to.equal(0);
    expect(height('myo-symptom-checklist'), 'the page sets its own').to.equal(5 * 16);
  });

  it('an element far below the fold is defined when the browser is idle after the load event', async () => {
    page = await openPage({ body: FAR });
    expect(page.win.__fetchedAtLoad).to.deep.equal([LOADER]);
    await page.defined('myo-body-map');
    expect(page.win.scrollY, 'not scrolled').to.equal(0);
  });

  it('loading="eager" on an element defines it at once, wherever it is', async () => {
    page = await openPage({
      body: FAR.replace('<myo-body-map>', '<myo-body-map loading="eager">'),
      neverIdle: true,
    });
    await page.defined('myo-body-map');
  });

  it('data-loading="eager" on the script tag defines every element at once', async () => {
    page = await openPage({
      body: `<div class="far"></div><myo-referral-banner></myo-referral-banner>
        <div class="far"></div><myo-symptom-checklist></myo-symptom-checklist>`,
      scriptAttributes: 'data-loading="eager"',
      neverIdle: true,
    });
    await page.defined('myo-referral-banner');
    await page.defined('myo-symptom-checklist');
  });

  it('a chunk that fails to load: one warning naming the file, the page works, the element retries on its next approach', async () => {
    page = await openPage({
      loader: `/__flaky${LOADER}`,
      body: `<myo-body-map group="f"></myo-body-map>
        <myo-symptom-checklist group="f" sections="symptoms"></myo-symptom-checklist>
        <myo-referral-banner group="f"></myo-referral-banner>
        <div class="far"></div><div class="far"></div><p id="end">The end.</p>`,
    });
    await page.defined('myo-symptom-checklist');
    await page.defined('myo-referral-banner');
    await sleep(500);
    expect(!!page!.win.customElements.get('myo-body-map'), 'its chunk failed').to.equal(false);
    expect(page.win.__warnings).to.have.length(1);
    expect(page.win.__warnings[0]).to.include('/__flaky/dist/cdn/myo-body-map-');
    expect(page.win.__errors, 'no error reaches the page').to.deep.equal([]);
    // the rest of the page works
    await expectTickToReachBanner(page.doc);
    // not retried while it stays put (nor when idle) ...
    await sleep(500);
    expect(!!page!.win.customElements.get('myo-body-map')).to.equal(false);
    // ... but when it comes back into view
    page.doc.getElementById('end')!.scrollIntoView();
    await sleep(300);
    page.win.scrollTo(0, 0);
    await page.defined('myo-body-map', 5000);
    await settleTree(page.doc);
    expect(page.doc.querySelector('myo-body-map')!.shadowRoot!.childElementCount).to.be.above(0);
    expect(page.win.__warnings, 'still one warning').to.have.length(1);
  });
});

describe('loader: reliability', function () {
  this.timeout(60_000);

  it('privacy: the page fetches only its own chunks, sets no cookie and stores nothing', async () => {
    const stored = () => [
      ...Object.keys(localStorage).map(k => `local ${k}`),
      ...Object.keys(sessionStorage).map(k => `session ${k}`),
    ];
    const before = stored();
    page = await openPage({
      body: TAGS.map(t => `<${t}></${t}>`).join('\n'),
      scriptAttributes: 'data-loading="eager"',
    });
    for (const tag of TAGS) await page.defined(tag);
    await settleTree(page.doc);
    $<HTMLInputElement>(
      page.doc.querySelector('myo-symptom-checklist')!,
      'input[data-question="fatigue"]',
    ).click();
    $<HTMLButtonElement>(
      page.doc.querySelector('myo-self-check')!,
      '[part~="next-button"]',
    ).click();
    await settleTree(page.doc);
    const files = page.fetched();
    expect(
      files.filter(f => !OWN_FILE.test(f)),
      'requests other than dist/cdn/',
    ).to.deep.equal([]);
    expect(new Set(files).size, 'each file once').to.equal(files.length);
    expect(page.doc.cookie).to.equal('');
    expect(stored()).to.deep.equal(before);
  });

  it('a language switched live: Spanish loads then, and the answers stay', async () => {
    page = await openPage({
      body: `<myo-symptom-checklist sections="symptoms"></myo-symptom-checklist>
        <myo-referral-banner></myo-referral-banner>`,
    });
    await page.defined('myo-symptom-checklist');
    await page.defined('myo-referral-banner');
    await expectTickToReachBanner(page.doc);
    const spanish = () => page!.fetched().filter(f => /\/dist\/cdn\/es-[\w-]+\.js$/.test(f));
    expect(spanish(), 'no Spanish before it is asked for').to.deep.equal([]);
    const checklist = page.doc.querySelector('myo-symptom-checklist')!;
    const heading = () => $(checklist, '[part~="heading"]').textContent!.trim();
    const ticked = () => $<HTMLInputElement>(checklist, 'input[data-question="fatigue"]').checked;
    expect(heading()).to.equal('Your symptoms');
    page.doc.documentElement.lang = 'es';
    for (let i = 0; i < 50 && heading() !== 'Sus síntomas'; i++) {
      await sleep(100);
      await settleTree(page.doc);
    }
    expect(heading(), 'the page switched to Spanish').to.equal('Sus síntomas');
    expect(spanish()).to.have.length(1);
    expect(ticked(), 'the answer stays').to.equal(true);
    expect(page.doc.querySelector('myo-referral-banner')!.getAttribute('level')).to.equal(
      'self-care',
    );
    page.doc.documentElement.lang = 'en';
    for (let i = 0; i < 50 && heading() !== 'Your symptoms'; i++) {
      await sleep(100);
      await settleTree(page.doc);
    }
    expect(heading()).to.equal('Your symptoms');
    expect(ticked()).to.equal(true);
    expect(page.win.__errors).to.deep.equal([]);
    expect(page.win.__warnings).to.deep.equal([]);
  });

  it('50 elements in 10 groups, most far below the fold: all defined (near or idle), each chunk fetched once, each group on its own', async () => {
    const groups = Array.from({ length: 10 }, (_, i) => `g${i}`);
    page = await openPage({
      body: groups
        .map(
          g => `<section><p>Text.</p>
            <myo-symptom-checklist group="${g}" sections="symptoms"></myo-symptom-checklist>
            <myo-body-map group="${g}"></myo-body-map>
            <myo-symptom-checklist group="${g}" sections="impact"></myo-symptom-checklist>
            <myo-referral-banner group="${g}"></myo-referral-banner>
            <myo-referral-banner group="${g}" show-when="see-doctor"></myo-referral-banner>
          </section>`,
        )
        .join(''),
    });
    for (const tag of ['myo-symptom-checklist', 'myo-body-map', 'myo-referral-banner'])
      await page.defined(tag, 15_000);
    await settleTree(page.doc);
    const elements = [...page.doc.querySelectorAll(TAGS.join())];
    expect(elements.length).to.equal(50);
    expect(
      elements.filter(el => !el.shadowRoot?.childElementCount).map(el => el.localName),
      'every element rendered',
    ).to.deep.equal([]);
    // a symptom in the even groups only
    for (const [i, g] of groups.entries())
      if (i % 2 === 0)
        $<HTMLInputElement>(
          page.doc.querySelector(`myo-symptom-checklist[group="${g}"]`)!,
          'input[data-question="fatigue"]',
        ).click();
    await settleTree(page.doc);
    const levels = groups.map(g =>
      [...page!.doc.querySelectorAll(`myo-referral-banner[group="${g}"]`)].map(b =>
        b.getAttribute('level'),
      ),
    );
    expect(levels).to.deep.equal(
      // the second banner shows from "see a doctor" on (show-when): below it, its level is none
      groups.map((_, i) => (i % 2 === 0 ? ['self-care', 'none'] : ['none', 'none'])),
    );
    const own = page.fetched().filter(f => OWN_FILE.test(f));
    expect(own.length, `each file once: ${own.join(', ')}`).to.equal(new Set(own).size);
    expect(page.win.__errors).to.deep.equal([]);
    expect(page.win.__warnings).to.deep.equal([]);
  });

  it('two copies on one page (two loaders from two URLs, and the one-file bundle): no error, one set of chunks', async () => {
    page = await openPage({
      loader: `/__copy${LOADER}`,
      scriptAttributes: 'data-loading="eager"',
      head: `<script type="module" src="${LOADER}"></script>
        <script type="module" src="/dist/myocheck.bundle.js"></script>`,
      body: `<myo-symptom-checklist group="two"></myo-symptom-checklist>
        <myo-referral-banner group="two"></myo-referral-banner>
        <myo-self-check group="two-quiz" step="symptoms"></myo-self-check>`,
    });
    for (const tag of ['myo-symptom-checklist', 'myo-referral-banner', 'myo-self-check'])
      await page.defined(tag);
    await expectTickToReachBanner(page.doc);
    const quiz = page.doc.querySelector('myo-self-check')!;
    $<HTMLButtonElement>(quiz, '[part~="next-button"]').click();
    await settleTree(page.doc);
    expect(quiz.shadowRoot!.querySelector('[part~="step-areas"]')).to.exist;
    expect(page.win.__errors).to.deep.equal([]);
    const files = page.fetched();
    expect(new Set(files).size, 'no file fetched twice').to.equal(files.length);
    expect(
      files.filter(f => f.startsWith('/dist/cdn/')),
      'the second loader stands aside: nothing of its copy but itself',
    ).to.deep.equal([LOADER]);
  });
});

describe('loader: group settings in document order', function () {
  this.timeout(60_000);

  /** The store of the page's group "default" (the registry every copy of the library shares). */
  const storeOf = (p: Page) =>
    (p.win as unknown as Record<symbol, Map<string, { pack: { id: string } }>>)[
      Symbol.for('myocheck.groups')
    ].get('default')!;

  it("the first element's threshold-months holds though the later element's chunk arrives first", async () => {
    page = await openPage({
      body: `<myo-symptom-checklist threshold-months="6" loading="eager"></myo-symptom-checklist>
        <myo-referral-banner threshold-months="1" loading="eager"></myo-referral-banner>`,
      loader: `/__slow/myo-symptom-checklist${LOADER}`,
      neverIdle: true,
      parsedOnly: true,
    });
    await page.defined('myo-referral-banner', 30_000);
    const banner = page.doc.querySelector<MyoReferralBanner>('myo-referral-banner')!;
    expect(
      !!page.win.customElements.get('myo-symptom-checklist'),
      'the banner came first',
    ).to.equal(false);
    await fetch('/__release/myo-symptom-checklist');
    await page.defined('myo-symptom-checklist');
    await settleTree(page.doc);
    expect(banner.assessment.thresholdMonths).to.equal(6);
    const warnings = page.win.__warnings.filter(w => w.includes('disagrees'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(
      '<myo-referral-banner> threshold-months=1 disagrees with <myo-symptom-checklist> threshold-months=6',
    );
  });

  it("two content packs: the first element's pack holds though the later element's chunk arrives first", async () => {
    const pack = (id: string) =>
      `<script type="application/json" id="${id}">${JSON.stringify({ ...defaultPack, id })}</script>`;
    page = await openPage({
      body: `${pack('pack-a')}${pack('pack-b')}
        <myo-symptom-checklist content="pack-a" loading="eager"></myo-symptom-checklist>
        <myo-referral-banner content="pack-b" loading="eager"></myo-referral-banner>`,
      loader: `/__slow/myo-symptom-checklist${LOADER}`,
      neverIdle: true,
      parsedOnly: true,
    });
    await page.defined('myo-referral-banner', 30_000);
    await settleTree(page.doc);
    await fetch('/__release/myo-symptom-checklist');
    await page.defined('myo-symptom-checklist');
    await sleep(300); // the pack validator's chunk
    await settleTree(page.doc);
    expect(storeOf(page).pack.id).to.equal('pack-a');
    expect(page.win.__errors).to.deep.equal([]);
  });
});
