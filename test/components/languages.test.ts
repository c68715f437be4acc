import { expect, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define/myo-self-check.js';
import '../../src/define/myo-symptom-checklist.js';
import '../../src/define/myo-body-map.js';
import '../../src/define/myo-referral-banner.js';
import type { MyoSelfCheck } from '../../src/define/myo-self-check.js';
import { defaultPack, type PluralText } from '../../src/core/index.js';
import { uiStrings } from '../../src/core/i18n.js';
import { enUi } from '../../src/core/locales/en.js';
import { enBannerUi } from '../../src/core/locales/en-banner.js';
import { enBodyMapUi } from '../../src/core/locales/en-body-map.js';
import { enSummaryUi } from '../../src/core/locales/en-summary.js';
import { getGroupStore, resetGroupStores } from '../../src/store/group-store.js';
import { deepElements, fixture, settleTree } from '../helpers.js';

// Each shipped language, loaded when an element resolves to it: every element renders with no
// English left, axe clean; Arabic right to left; regional tags resolve; a live switch from
// English keeps the answers. One file, one loop over the languages.
const LANGUAGES = ['fr', 'de', 'pt', 'ar'] as const;
const ANSWERS = {
  fatigue: true,
  'brain-fog': true,
  'pain-areas': ['neck', 'chest', 'lower-leg-left'],
  duration: '3-to-6-months',
  'sleep-impact': true,
  'daily-tasks-impact': false,
};

/** Every English text (interface and default pack), each form of a plural message. */
function englishTexts(): string[] {
  const out: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (value && typeof value === 'object')
      Object.values(value as PluralText).forEach(v => out.push(v));
  };
  [enUi, enBodyMapUi, enBannerUi, enSummaryUi].forEach(t => Object.values(t).forEach(add));
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if ('en' in node) add((node as { en: unknown }).en);
    else Object.values(node).forEach(visit);
  };
  visit(defaultPack);
  return out;
}

/** The text a visitor or a screen reader meets under `root`, through shadow roots. */
function visibleTexts(root: Element): string[] {
  const texts: string[] = [];
  const fromNode = (node: Node) => {
    for (const child of node.childNodes)
      if (child.nodeType === Node.TEXT_NODE) texts.push(child.textContent ?? '');
  };
  const all = [
    root,
    ...deepElements(root),
    ...(root.shadowRoot ? deepElements(root.shadowRoot) : []),
  ];
  for (const el of all) {
    if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(el.tagName)) continue;
    fromNode(el);
    if (el.shadowRoot) fromNode(el.shadowRoot);
    for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext'])
      if (el.getAttribute(name)) texts.push(el.getAttribute(name)!);
  }
  return texts.map(t => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * English left in `texts`: a text equal to an English one (placeholders aside), or holding a
 * long English sentence; English that the language writes the same ("Sources", "Date") is
 * not counted.
 */
function englishLeft(texts: string[], lang: string): string[] {
  const same = new Set(
    Object.entries(uiStrings[lang])
      .filter(
        ([key, value]) => JSON.stringify(value) === JSON.stringify(uiStrings.en[key as never]),
      )
      .map(([, value]) => value as string),
  );
  const english = englishTexts()
    .map(t => t.split(/\{\w+\}|#/)[0].trim()) // the words before any placeholder
    .filter(t => t.length >= 3 && !same.has(t) && !['FHIR', 'JSON'].includes(t));
  return texts.filter(text =>
    english.some(en => text === en || (en.length >= 16 && text.includes(en))),
  );
}

async function settle(root: Element) {
  await settleTree(root);
  for (const el of deepElements(root))
    if ('updateComplete' in el) await (el as LitElement).updateComplete;
  await settleTree(root);
}

const shadow = (host: Element, selector: string) =>
  host.shadowRoot!.querySelector<HTMLElement>(selector)!;

beforeEach(() => resetGroupStores());

for (const lang of LANGUAGES) {
  describe(`lang="${lang}"`, () => {
    it('renders every element in the language, with no English left, axe clean', async function () {
      this.timeout(90000); // axe over six elements: slow in WebKitGTK on a busy machine
      getGroupStore('default').replace(ANSWERS);
      const page = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <myo-symptom-checklist mode="severity"></myo-symptom-checklist>
          <myo-body-map view="both"></myo-body-map>
          <myo-referral-banner show-when="self-care" emergency-number="112"></myo-referral-banner>
          <myo-referral-banner
            group="urgent"
            fixed-level="urgent"
            emergency-number="112"
          ></myo-referral-banner>
          <myo-self-check group="quiz" step="result"></myo-self-check>
        </div>`,
      );
      getGroupStore('quiz').replace(ANSWERS);
      await settle(page);
      const elements = [...page.children] as LitElement[];
      for (const el of elements) {
        const left = englishLeft(visibleTexts(el), lang);
        expect(left, `<${el.localName}> in ${lang}: English left`).to.deep.equal([]);
        expect(
          visibleTexts(el).join(' '),
          `<${el.localName} group=${el.getAttribute('group')}> has text`,
        ).not.to.equal('');
      }
      for (const el of elements) await expect(el).to.be.accessible();
      // the same through the body map's list view
      const map = page.querySelector('myo-body-map')! as LitElement & { listView: boolean };
      map.listView = true;
      await settle(page);
      expect(englishLeft(visibleTexts(map), lang), 'list view').to.deep.equal([]);
      await expect(map).to.be.accessible();
    });

    it('keeps the answers and the step when the page switches from English', async () => {
      // from the symptoms step (the warning signs come first, in a step of their own)
      const el = await fixture<MyoSelfCheck>(
        html`<myo-self-check step="symptoms"></myo-self-check>`,
      );
      await settle(el);
      const checklist = () => shadow(el, 'myo-symptom-checklist');
      checklist()
        .shadowRoot!.querySelector<HTMLInputElement>('input[data-question="fatigue"]')!
        .click();
      shadow(el, '[part~="next-button"]').click();
      await settle(el);
      expect(el.step).to.equal('areas');
      el.lang = lang;
      await settle(el);
      expect(el.step).to.equal('areas');
      expect(getGroupStore('default').answers).to.deep.equal({ fatigue: true });
      expect(shadow(el, '[part~="step-heading"]').textContent!.trim()).to.equal(
        uiStrings[lang].stepAreas,
      );
      expect(englishLeft(visibleTexts(el), lang)).to.deep.equal([]);
      shadow(el, '[part~="back-button"]').click();
      await settle(el);
      const input = checklist().shadowRoot!.querySelector<HTMLInputElement>(
        'input[data-question="fatigue"]',
      )!;
      expect(input.checked, 'the ticked answer is still ticked').to.equal(true);
    });
  });
}

describe('the English check', () => {
  it('finds the English of an element left in English', async () => {
    const el = await fixture(html`<myo-symptom-checklist lang="en"></myo-symptom-checklist>`);
    await settle(el);
    expect(englishLeft(visibleTexts(el), 'fr')).to.include.members([
      'Which of these have you noticed?',
      'Fatigue and low energy',
    ]);
  });
});

describe('regional tags', () => {
  for (const [tag, lang] of [
    ['fr-CA', 'fr'],
    ['de-AT', 'de'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'pt'],
    ['ar-EG', 'ar'],
  ])
    it(`${tag} renders ${lang}`, async () => {
      const el = await fixture<MyoSelfCheck>(html`<myo-self-check lang=${tag}></myo-self-check>`);
      await settle(el);
      expect(shadow(el, '[part~="next-button"]').textContent!.trim()).to.equal(
        uiStrings[lang].next,
      );
    });
});

describe('Arabic, right to left', () => {
  it('lays every element out right to left from lang="ar" alone; English stays left to right', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="ar">
        <myo-symptom-checklist></myo-symptom-checklist>
        <myo-self-check group="quiz"></myo-self-check>
        <myo-body-map group="map"></myo-body-map>
        <myo-referral-banner fixed-level="see-doctor"></myo-referral-banner>
      </div>`,
    );
    await settle(page);
    for (const el of page.children)
      expect(getComputedStyle(el).direction, el.localName).to.equal('rtl');
    const quiz = page.querySelector('myo-self-check')!;
    // the quiz's inner elements too
    expect(getComputedStyle(shadow(quiz, 'myo-symptom-checklist')).direction).to.equal('rtl');
    page.setAttribute('lang', 'en');
    await settle(page);
    for (const el of page.children)
      expect(getComputedStyle(el).direction, `${el.localName} in English`).to.equal('ltr');
    expect(page.querySelector('[dir]'), 'no dir left behind').to.equal(null);
  });

  it('leaves a dir the page sets on the element alone', async () => {
    const el = await fixture(
      html`<myo-symptom-checklist lang="ar" dir="ltr"></myo-symptom-checklist>`,
    );
    await settle(el);
    expect(el.getAttribute('dir')).to.equal('ltr');
  });

  it('mirrors the buttons, the progress and the lists, not the body figure', async () => {
    const row = (lang: string) =>
      fixture<MyoSelfCheck>(html`<myo-self-check lang=${lang} step="areas"></myo-self-check>`);
    for (const lang of ['en', 'ar']) {
      const el = await row(lang);
      await settle(el);
      const back = shadow(el, '[part~="back-button"]').getBoundingClientRect();
      const next = shadow(el, '[part~="next-button"]').getBoundingClientRect();
      const segments = [...el.shadowRoot!.querySelectorAll('[part~="progress-segment"]')].map(
        s => s.getBoundingClientRect().left,
      );
      if (lang === 'en') {
        expect(back.left, 'Back left of Next').to.be.below(next.left);
        expect(segments[0], 'first step on the left').to.be.below(segments[1]);
      } else {
        expect(back.left, 'Back right of Next').to.be.above(next.left);
        expect(segments[0], 'first step on the right').to.be.above(segments[1]);
      }
      // the body map: "your right" stays on the left of the front figure, in both directions
      const map = shadow(el, 'myo-body-map');
      await (map as LitElement).updateComplete;
      const front = map.shadowRoot!.querySelector('[part~="view-front"]')!;
      const [first, second] = [...front.querySelectorAll('[part~="side-label"]')];
      expect(first.getBoundingClientRect().left).to.be.below(second.getBoundingClientRect().left);
      expect(first.textContent!.trim()).to.equal(uiStrings[lang].yourRight);
      const jawRight = map.shadowRoot!.querySelector('[data-area="jaw-right"]')!;
      const jawLeft = map.shadowRoot!.querySelector('[data-area="jaw-left"]')!;
      expect(
        jawRight.getBoundingClientRect().left,
        'the person’s right jaw is on the left of the front figure',
      ).to.be.below(jawLeft.getBoundingClientRect().left);
      el.remove();
    }
    // a checklist's boxes sit at the start of the line: on the right in Arabic
    const list = await fixture(html`<myo-symptom-checklist lang="ar"></myo-symptom-checklist>`);
    await settle(list);
    const box = list.shadowRoot!.querySelector('input[data-question="fatigue"]')!;
    const label = box.closest('label') ?? box.parentElement!;
    expect(box.getBoundingClientRect().right).to.be.closeTo(
      label.getBoundingClientRect().right,
      30,
    );
  });

  it('writes the area count with the Arabic plural forms', async () => {
    const el = await fixture(html`<myo-body-map lang="ar"></myo-body-map>`);
    await settle(el);
    const count = () => shadow(el, '[part~="count"]').textContent!.replace(/\s+/g, ' ').trim();
    const rules = new Intl.PluralRules('ar');
    const areas = defaultPack.areas.map(a => a.id);
    for (const n of [0, 1, 2, 3, 10, 11, 19]) {
      getGroupStore('default').set('pain-areas', areas.slice(0, n));
      await settle(el);
      const form = (uiStrings.ar.areasCount as PluralText)[rules.select(n) as 'other']!;
      expect(count(), `${n}`).to.equal(form.replace('#', String(n)).replace('{total}', '19'));
    }
  });
});
