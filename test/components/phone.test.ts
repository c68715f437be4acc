// A visitor on a phone (issue 20): taps that land, a map you can tap, large text that reads
// whole, a keyboard that follows the eye, a safe Start again and calm result actions.
import { expect, html, waitUntil } from '@open-wc/testing';
import {
  executeServerCommand,
  resetMouse,
  sendKeys,
  sendMouse,
  setViewport,
} from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/define/myo-self-check.js';
import '../../src/define/myo-body-map.js';
import '../../src/define/myo-referral-banner.js';
import type { MyoSelfCheck } from '../../src/define/myo-self-check.js';
import type { MyoBodyMap } from '../../src/define/myo-body-map.js';
import { AREA_IDS, resetWarnings } from '../../src/core/index.js';
import { getGroupStore, resetGroupStores } from '../../src/store/group-store.js';
import { canResizeViewport, fixture, settleTree } from '../helpers.js';

const $ = <T extends Element = HTMLElement>(root: Element, selector: string): T => {
  const found = root.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`<${root.localName}> has no ${selector}`);
  return found;
};
const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The focused element, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The label (under `root`'s shadow root) whose words are `words`. */
function labelOf(root: Element, words: string): HTMLLabelElement {
  const found = [...root.shadowRoot!.querySelectorAll('label')].find(l => text(l) === words);
  if (!found) throw new Error(`<${root.localName}> has no label "${words}"`);
  return found;
}

/** The client rectangle of the first word of `el`'s text. */
function firstWordRect(el: Element): DOMRect {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const match = /\S+/.exec(node.textContent ?? '');
    if (!match) continue;
    const range = document.createRange();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    return range.getBoundingClientRect();
  }
  throw new Error('no words');
}

/** Touch taps, where the launcher can make them (Chromium): false elsewhere. */
async function touchTap(x: number, y: number): Promise<boolean> {
  return (await executeServerCommand<boolean, { x: number; y: number }>('myo-touch-tap', {
    x,
    y,
  })) as boolean;
}

/**
 * Taps the words of `label` (real pointer input at their coordinates) with focus outside the
 * element and the page scrolled so that the words sit near the bottom of the screen (or, with
 * `at` "top", near its top, for words close below the first control) and the element's first
 * control (`first`) is above it. Returns how far the page scrolled.
 */
async function tapWords(
  label: Element,
  first: Element | null,
  how: 'mouse' | 'touch' = 'mouse',
  at: 'bottom' | 'top' = 'bottom',
): Promise<number | undefined> {
  const outside = document.getElementById('outside') as HTMLButtonElement;
  outside.focus();
  window.scrollTo(0, 0);
  const top = firstWordRect(label).top;
  window.scrollTo(0, Math.max(0, at === 'top' ? top - 20 : top - innerHeight + 100));
  await new Promise(r => requestAnimationFrame(r));
  const word = firstWordRect(label);
  if (first)
    expect(
      first.getBoundingClientRect().bottom,
      'the first control is above the screen',
    ).to.be.below(0);
  expect(word.bottom).to.be.below(innerHeight);
  const before = window.scrollY;
  const x = Math.round(word.x + word.width / 2);
  const y = Math.round(word.y + word.height / 2);
  if (how === 'touch') {
    if (!(await touchTap(x, y))) return undefined;
  } else {
    await sendMouse({ type: 'click', position: [x, y] });
    await resetMouse();
  }
  await new Promise(r => setTimeout(r, 50));
  return window.scrollY - before;
}

/** A page with a screen and a half of text above `template` and below it. */
const onPage = (template: unknown) =>
  fixture<HTMLElement>(
    html`<div>
      <button id="outside">Before</button>
      <div style="block-size: 150vh">An article's text.</div>
      ${template}
      <div style="block-size: 150vh">More of the article.</div>
    </div>`,
  );

/**
 * Where the window cannot shrink to a phone's (WebKitGTK: 730px tall), a 344px column with
 * larger text stands in, so the first control is as far above the words as on a phone.
 */
function narrowColumn(page: HTMLElement, textSize = '1rem'): void {
  if (canResizeViewport) return;
  page.style.inlineSize = '344px';
  page.style.setProperty('--myo-font-size', textSize);
}

/** A phone's width where the runner can resize the window; a 344px column where it cannot. */
async function phone(width = 360): Promise<void> {
  if (canResizeViewport) await setViewport({ width, height: 560 });
}
async function desk(): Promise<void> {
  if (canResizeViewport) await setViewport({ width: 800, height: 600 });
}

beforeEach(() => {
  resetGroupStores();
  resetWarnings();
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(async () => {
  window.scrollTo(0, 0);
  await desk();
});

describe('phone: the first tap on an answer lands', () => {
  for (const how of ['mouse', 'touch'] as const)
    it(`ticks "Mood changes" in a checklist below the first screen, by ${how}, without a jump`, async () => {
      await phone();
      const page = await onPage(html`<myo-symptom-checklist></myo-symptom-checklist>`);
      narrowColumn(page);
      const el = page.querySelector('myo-symptom-checklist')!;
      const first = el.shadowRoot!.querySelector('input')!;
      // WebKitGTK's window (730px tall) cannot shrink to a phone's: there a farther answer
      const label = labelOf(
        el,
        canResizeViewport ? 'Mood changes' : 'A high fever and a stiff neck',
      );
      const scrolled = await tapWords(label, first, how);
      if (scrolled === undefined) return; // no touch input in this engine's launcher
      expect(label.querySelector('input')!.checked, 'ticked').to.equal(true);
      expect(scrolled, 'the page did not scroll').to.equal(0);
      expect(deepActive()).not.to.equal(first);
    });

  it('ticks an area in the body map list view on the first tap', async () => {
    await phone();
    const page = await onPage(html`<myo-body-map list-view></myo-body-map>`);
    narrowColumn(page);
    const el = page.querySelector<MyoBodyMap>('myo-body-map')!;
    const first = el.shadowRoot!.querySelector('input')!;
    const boxes = [...el.shadowRoot!.querySelectorAll('label')];
    const label = boxes[boxes.length - 1];
    const scrolled = await tapWords(label, first);
    expect(label.querySelector('input')!.checked, 'ticked').to.equal(true);
    expect(scrolled, 'the page did not scroll').to.equal(0);
    expect(el.value).to.have.length(1);
  });

  /** Next until the quiz shows a checklist with `selector`; returns that checklist. */
  async function stepWith(el: MyoSelfCheck, selector: string): Promise<LitElement> {
    const find = () =>
      [...el.shadowRoot!.querySelectorAll<LitElement>('myo-symptom-checklist')].find(l =>
        l.shadowRoot?.querySelector(selector),
      );
    for (let i = 0; i < 6; i++) {
      await settleTree(el);
      await waitUntil(() => find() || el.step === 'result' || !findStep(el), '', {
        timeout: 3000,
      }).catch(() => undefined);
      const list = find();
      if (list) return list;
      $<HTMLButtonElement>(el, '[part~="next-button"]').click();
      await el.updateComplete;
    }
    throw new Error(`no step with ${selector}`);
  }
  const findStep = (el: MyoSelfCheck) =>
    el.shadowRoot!.querySelector('[part~="step"] > :not([part~="step-heading"])');

  it('takes the warning sign "A high fever and a stiff neck" on the first tap in the quiz', async () => {
    await phone();
    const page = await onPage(html`<myo-self-check></myo-self-check>`);
    narrowColumn(page, '1.75rem');
    const el = page.querySelector<MyoSelfCheck>('myo-self-check')!;
    // the warning signs are the quiz's first step; this one is the farthest from its first
    // control ("Trouble breathing or dizziness"), which the page scrolls off the top
    const list = await stepWith(el, 'input[value="fever-stiff-neck"]');
    expect(el.step, 'the first step').to.equal('safety');
    const first = list.shadowRoot!.querySelector('input')!;
    const label = labelOf(list, 'A high fever and a stiff neck');
    // where the page is when the tap lands (the urgent result then takes focus, and the eye)
    let atTick: { scrollY: number; focus: Element | null } | undefined;
    list.addEventListener(
      'myo-change',
      () => (atTick = { scrollY: window.scrollY, focus: deepActive() }),
      { once: true },
    );
    const scrolled = await tapWords(label, first, 'mouse', 'top');
    const before = window.scrollY - scrolled!;
    await settleTree(el);
    expect(getGroupStore('default').answers['red-flags']).to.deep.equal(['fever-stiff-neck']);
    expect(atTick?.scrollY, 'the page did not scroll before the tick').to.equal(before);
    expect(atTick?.focus, 'focus did not go to the first control').not.to.equal(first);
    expect(el.step).to.equal('result');
    expect(el.toJSON().assessment.level).to.equal('urgent');
  });

  it('ticks a symptom on the quiz symptoms step without a jump', async () => {
    await phone();
    const page = await onPage(html`<myo-self-check></myo-self-check>`);
    narrowColumn(page, '1.75rem');
    const el = page.querySelector<MyoSelfCheck>('myo-self-check')!;
    const list = await stepWith(el, 'input[data-question="mood-changes"]');
    const first = list.shadowRoot!.querySelector('input')!;
    const scrolled = await tapWords(labelOf(list, 'Mood changes'), first);
    expect(getGroupStore('default').answers['mood-changes']).to.equal(true);
    expect(scrolled).to.equal(0);
  });

  it("takes the banner's call to action on the first tap", async () => {
    await phone();
    getGroupStore('default').merge({ 'sleep-impact': true }, { origin: 'code' });
    const page = await onPage(
      html`<myo-referral-banner cta-href="/find-a-doctor"></myo-referral-banner>`,
    );
    const banner = page.querySelector('myo-referral-banner')!;
    const cta = $(banner, '[part~="cta"]');
    let used = 0;
    const stop = (e: Event) => {
      used++;
      e.preventDefault();
    };
    page.addEventListener('click', stop);
    const scrolled = await tapWords(cta, null);
    page.removeEventListener('click', stop);
    expect(used).to.equal(1);
    expect(scrolled).to.equal(0);
  });

  it('focus(), a <label for> and a form that is sent unanswered still reach the first control', async () => {
    const page = await fixture<HTMLElement>(
      html`<form>
        <label for="list">Your symptoms</label>
        <myo-symptom-checklist
          id="list"
          name="s"
          required
          sections="symptoms"
        ></myo-symptom-checklist>
        <myo-body-map name="a" list-view></myo-body-map>
        <button>Send</button>
      </form>`,
    );
    const el = page.querySelector('myo-symptom-checklist')!;
    const map = page.querySelector<MyoBodyMap>('myo-body-map')!;
    const first = el.shadowRoot!.querySelector('input')!;
    el.focus();
    expect(deepActive()).to.equal(first);
    map.focus();
    expect(deepActive()).to.equal(map.shadowRoot!.querySelector('input'));
    map.listView = false;
    await map.updateComplete;
    map.focus();
    expect((deepActive() as HTMLElement | null)?.dataset.area).to.equal('jaw-right');
    page.querySelector('button')!.focus();
    page.querySelector('label')!.click();
    expect(deepActive()).to.equal(first);
    map.focus();
    page.addEventListener('submit', e => e.preventDefault());
    (page as HTMLFormElement).requestSubmit();
    expect(deepActive()).to.equal(first);
  });
});

/** Waits for the quiz and everything inside it. */
async function settleQuiz(el: MyoSelfCheck): Promise<void> {
  await el.updateComplete;
  await settleTree(el);
  await el.updateComplete;
}

/** A quiz on `step` in a box `width` px wide. */
async function quizAt(step: string, width: number): Promise<MyoSelfCheck> {
  const wrap = await fixture<HTMLElement>(
    html`<div style="inline-size: ${width}px"><myo-self-check step=${step}></myo-self-check></div>`,
  );
  const el = wrap.querySelector<MyoSelfCheck>('myo-self-check')!;
  await settleQuiz(el);
  return el;
}

describe('phone: the keyboard follows the eye', () => {
  for (const width of [320, 800])
    for (const step of ['areas', 'result'])
      it(`Tab goes through the quiz's buttons in the order they are drawn (${step}, ${width}px)`, async () => {
        const el = await quizAt(step, width);
        const nav = $(el, '[part~="nav"]');
        const drawn = [...nav.querySelectorAll('button')].sort((a, b) => {
          const ra = a.getBoundingClientRect();
          const rb = b.getBoundingClientRect();
          return Math.round(ra.top - rb.top) || ra.left - rb.left;
        });
        expect(drawn.length).to.equal(2);
        drawn[0].focus();
        await sendKeys({ press: 'Tab' });
        expect(text(deepActive()), 'Tab from the first button drawn').to.equal(text(drawn[1]));
      });
});

describe('phone: Start again is safe', () => {
  it('looks secondary, and its one tap can be undone (announced politely)', async () => {
    const answers = { fatigue: true, 'pain-areas': ['neck'], 'sleep-impact': true };
    getGroupStore('default').merge(answers, { origin: 'code' });
    const el = await quizAt('result', 600);
    const again = $<HTMLButtonElement>(el, '[part~="start-again-button"]');
    const style = getComputedStyle(again);
    expect(style.backgroundColor, 'no filled background').to.be.oneOf([
      'rgba(0, 0, 0, 0)',
      'transparent',
    ]);
    again.click();
    await settleQuiz(el);
    expect(getGroupStore('default').answers).to.deep.equal({});
    const status = $(el, '[part~="undo"]');
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.include('Your answers were cleared.');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~="undo-button"]').click();
    await settleQuiz(el);
    expect(getGroupStore('default').answers).to.deep.equal(answers);
    expect(el.step).to.equal('result');
    expect(text($(el, '[part~="undo"]'))).to.equal('');
  });

  it('forgets the undo once the visitor answers again', async () => {
    getGroupStore('default').merge({ fatigue: true }, { origin: 'code' });
    const el = await quizAt('result', 600);
    $<HTMLButtonElement>(el, '[part~="start-again-button"]').click();
    await settleQuiz(el);
    expect(el.step, 'back on the warning signs').to.equal('safety');
    expect(el.shadowRoot!.querySelector('[part~="undo-button"]'), 'the undo is offered').to.exist;
    // "None of these" is an answer
    const list = $(el, 'myo-symptom-checklist');
    $<HTMLInputElement>(list, '[part~="none-option"] input[data-question="red-flags"]').click();
    await settleQuiz(el);
    expect(getGroupStore('default').answers).to.deep.equal({ 'red-flags': [] });
    expect(el.shadowRoot!.querySelector('[part~="undo-button"]')).to.equal(null);
  });

  it('says it in Spanish', async () => {
    getGroupStore('default').merge({ fatigue: true }, { origin: 'code' });
    const wrap = await fixture<HTMLElement>(
      html`<div lang="es"><myo-self-check step="result"></myo-self-check></div>`,
    );
    const el = wrap.querySelector<MyoSelfCheck>('myo-self-check')!;
    await settleQuiz(el);
    $<HTMLButtonElement>(el, '[part~="start-again-button"]').click();
    await settleQuiz(el);
    expect(text($(el, '[part~="undo"]'))).to.equal(
      'Se borraron sus respuestas. Recuperar mis respuestas',
    );
  });
});

describe('phone: honest, calm result actions', () => {
  it('puts Print and Copy first and the downloads under "More options"', async () => {
    const el = await quizAt('result', 600);
    const actions = $(el, '[part~="actions"]');
    expect([...actions.querySelectorAll('button')].map(b => b.getAttribute('part'))).to.deep.equal([
      'print-button',
      'copy-button',
    ]);
    const more = $<HTMLDetailsElement>(el, '[part~="more-options"]');
    expect(more.localName).to.equal('details');
    expect(more.open).to.equal(false);
    expect(text($(el, '[part~="more-options-summary"]'))).to.equal('More options');
    expect([...more.querySelectorAll('button')].map(b => b.getAttribute('part'))).to.deep.equal([
      'download-json-button',
      'download-fhir-button',
    ]);
    // drawn after Print and Copy
    expect(more.getBoundingClientRect().top).to.be.greaterThan(actions.getBoundingClientRect().top);
    more.open = true;
    await expect(el).to.be.accessible();
  });

  it('the demo promises no time the quiz cannot keep', async () => {
    const page = await (await fetch('/demo/index.html')).text();
    expect(/\bminutes?\b/i.test(page), 'a time promise in demo/index.html').to.equal(false);
  });
});

const areaControls = (el: MyoBodyMap) => [
  ...el.shadowRoot!.querySelectorAll<SVGGElement>('[role="checkbox"]'),
];
const focusedArea = (el: MyoBodyMap) =>
  (el.shadowRoot!.activeElement as SVGElement | null)?.dataset.area;

/**
 * The side, in CSS px, of the largest square of the page where every point hits area `id`
 * and only it (elementFromPoint on a 2px grid over each copy of the area: k by k hits span
 * at least 2(k − 1) + 1 px).
 */
function largestSquare(el: MyoBodyMap, id: string): number {
  let best = 0;
  for (const g of el.shadowRoot!.querySelectorAll<SVGGElement>(`g[data-area="${id}"]`)) {
    const r = g.getBoundingClientRect();
    const x0 = Math.floor(r.left) - 2;
    const y0 = Math.floor(r.top) - 2;
    const step = 2;
    const w = Math.ceil((r.width + 4) / step);
    const h = Math.ceil((r.height + 4) / step);
    // side[j] of the largest all-hit square ending at (i, j), row by row
    let previous = new Array<number>(w + 1).fill(0);
    for (let i = 0; i < h; i++) {
      const row = new Array<number>(w + 1).fill(0);
      for (let j = 0; j < w; j++) {
        const hit = el.shadowRoot!.elementFromPoint(x0 + j * step + 0.5, y0 + i * step + 0.5);
        if (hit?.closest<SVGElement>('[data-area]')?.dataset.area !== id) continue;
        row[j + 1] = 1 + Math.min(row[j], previous[j], previous[j + 1]);
        best = Math.max(best, (row[j + 1] - 1) * step + 1);
      }
      previous = row;
    }
  }
  return best;
}

describe('phone: a body map you can tap', () => {
  it('every area holds a 24×24 px spot that taps only it at 360px', async function () {
    this.timeout(90_000); // some ten thousand elementFromPoint calls
    await phone();
    const wrap = await fixture<HTMLElement>(html`<div><myo-body-map></myo-body-map></div>`);
    if (!canResizeViewport) wrap.style.inlineSize = '344px';
    const el = wrap.querySelector<MyoBodyMap>('myo-body-map')!;
    $(el, '[part~="figure"]').scrollIntoView({ block: 'start' });
    const sizes: Record<string, number> = {};
    for (const c of areaControls(el)) {
      c.scrollIntoView({ block: 'center' });
      sizes[c.dataset.area!] = largestSquare(el, c.dataset.area!);
    }
    expect(Object.keys(sizes)).to.have.length(19);
    const small = Object.entries(sizes).filter(([, side]) => side < 24);
    expect(small, JSON.stringify(sizes)).to.deep.equal([]);
    // the list view stays one tap away
    expect(text($(el, '[part~="toggle-button"]'))).to.equal('Show as a list');
  });

  it('a real tap on the edge of a small area (the jaw, out from the face) takes it', async () => {
    await phone();
    const wrap = await fixture<HTMLElement>(html`<div><myo-body-map></myo-body-map></div>`);
    if (!canResizeViewport) wrap.style.inlineSize = '344px';
    const el = wrap.querySelector<MyoBodyMap>('myo-body-map')!;
    const jaw = areaControls(el).find(c => c.dataset.area === 'jaw-right')!;
    jaw.scrollIntoView({ block: 'center' });
    const shape = jaw.querySelector('.shape')!.getBoundingClientRect();
    // just outside the drawn jaw, towards the picture's edge
    await sendMouse({
      type: 'click',
      position: [Math.round(shape.left - 6), Math.round(shape.top + shape.height / 2)],
    });
    await resetMouse();
    await el.updateComplete;
    expect(el.value).to.deep.equal(['jaw-right']);
  });
});

describe('phone: the arrows follow the picture', () => {
  const moves: [string, string, string][] = [
    ['jaw-right', 'ArrowDown', 'neck'],
    ['jaw-right', 'ArrowRight', 'jaw-left'],
    ['neck', 'ArrowDown', 'chest'],
    ['chest', 'ArrowDown', 'abdomen'],
    ['shoulder-right', 'ArrowDown', 'upper-arm-right'],
    ['upper-arm-right', 'ArrowDown', 'lower-arm-right'],
    ['lower-arm-right', 'ArrowUp', 'upper-arm-right'],
    ['lower-leg-left', 'ArrowLeft', 'lower-leg-right'],
    ['upper-leg-right', 'ArrowDown', 'lower-leg-right'],
    ['shoulder-left', 'ArrowRight', 'upper-back'],
    ['upper-back', 'ArrowDown', 'lower-back'],
  ];
  it('moves to the nearest area in the arrow’s direction', async () => {
    const el = await fixture<MyoBodyMap>(html`<myo-body-map></myo-body-map>`);
    const seen: string[] = [];
    for (const [from, key] of moves) {
      areaControls(el)
        .find(c => c.dataset.area === from)!
        .focus();
      await sendKeys({ press: key });
      seen.push(`${from} ${key} ${focusedArea(el)}`);
    }
    expect(seen).to.deep.equal(moves.map(m => m.join(' ')));
  });

  it('stays put where nothing lies that way, and keeps its sides in right-to-left text', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div dir="rtl"><myo-body-map></myo-body-map></div>`,
    );
    const el = wrap.querySelector<MyoBodyMap>('myo-body-map')!;
    areaControls(el)
      .find(c => c.dataset.area === 'jaw-right')!
      .focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedArea(el)).to.equal('jaw-right');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedArea(el)).to.equal('jaw-left');
  });
});

/** Emulates media features in Chromium; false where the launcher cannot. */
const media = async (features: { name: string; value: string }[]) =>
  (await executeServerCommand<boolean, unknown>('myo-media', { features })) as boolean;

describe('phone: focus is not selection', () => {
  afterEach(() => media([]));
  for (const mode of ['light', 'dark', 'forced colours'] as const)
    it(`a focused chosen area looks unlike a chosen one (${mode})`, async function () {
      const features =
        mode === 'dark'
          ? [{ name: 'prefers-color-scheme', value: 'dark' }]
          : mode === 'forced colours'
            ? [{ name: 'forced-colors', value: 'active' }]
            : [{ name: 'prefers-color-scheme', value: 'light' }];
      if (!(await media(features)) && mode !== 'light') this.skip(); // no emulation here
      getGroupStore('default').merge({ 'pain-areas': [...AREA_IDS] }, { origin: 'code' });
      const wrap = await fixture<HTMLElement>(
        html`<div><button>Before</button><myo-body-map></myo-body-map></div>`,
      );
      const el = wrap.querySelector<MyoBodyMap>('myo-body-map')!;
      const area = (id: string) => areaControls(el).find(c => c.dataset.area === id)!;
      wrap.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' }); // the keyboard moves focus: it is visible
      await sendKeys({ press: 'ArrowDown' });
      await new Promise(r => setTimeout(r, 250)); // past the stroke's transition
      const now = focusedArea(el)!;
      expect(area(now).matches(':focus-visible')).to.equal(true);
      const look = (id: string) => {
        const s = getComputedStyle(area(id).querySelector('.shape')!);
        return { stroke: s.stroke, width: s.strokeWidth, dashes: s.strokeDasharray };
      };
      const focusedChosen = look(now);
      const chosen = look(now === 'chest' ? 'abdomen' : 'chest');
      expect(focusedChosen.stroke, 'another colour').not.to.equal(chosen.stroke);
      expect(focusedChosen.dashes, 'another pattern').not.to.equal(chosen.dashes);
      expect(parseFloat(focusedChosen.width)).to.be.greaterThan(parseFloat(chosen.width));
    });
});

/**
 * Words of the text under `root` (shadow roots included) drawn on two lines or more, though
 * they would fit whole on a line of the widget (`line` px wide): a word longer than that may
 * break (the browser's last resort), any other must not.
 */
function brokenWords(root: Element, label: string, line: number): string[] {
  const broken: string[] = [];
  const scan = (node: Node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const parent = t.parentElement;
      if (!parent || parent.closest('style, textarea, details:not([open]) > :not(summary)'))
        continue;
      for (const match of (t.textContent ?? '').matchAll(/[^\s\-–—/]+/g)) {
        const range = document.createRange();
        range.setStart(t, match.index!);
        range.setEnd(t, match.index! + match[0].length);
        const rects = [...range.getClientRects()].filter(r => r.width > 0);
        const lines = new Set(rects.map(r => Math.round(r.bottom / 4)));
        const width = rects.reduce((sum, r) => sum + r.width, 0);
        if (lines.size > 1 && width <= line)
          broken.push(
            `${label}: "${match[0]}" (${Math.round(width)}px) on ${lines.size} lines, in ${parent.localName}.${parent.className} ${Math.round(parent.getBoundingClientRect().width)}px wide`,
          );
      }
    }
  };
  const walk = (el: Element) => {
    if (el.shadowRoot) {
      scan(el.shadowRoot);
      for (const inner of el.shadowRoot.querySelectorAll('*')) walk(inner);
    }
  };
  walk(root);
  return broken;
}

describe('phone: large text reads whole', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  const URGENT = {
    'widespread-pain': true,
    fatigue: true,
    'mood-changes': true,
    'sleep-problems': true,
    'pain-areas': ['neck', 'lower-back', 'jaw-left'],
    duration: '6-to-12-months',
    'sleep-impact': true,
    'daily-tasks-impact': true,
    'medication-start': true,
    'red-flags': ['breathing-dizziness'],
  };
  const SEE_DOCTOR = { ...URGENT, 'red-flags': undefined };
  const cases: [string, unknown, Record<string, unknown>][] = [
    ['checklist', html`<myo-symptom-checklist></myo-symptom-checklist>`, SEE_DOCTOR],
    [
      'checklist, Spanish',
      html`<myo-symptom-checklist lang="es" mode="severity"></myo-symptom-checklist>`,
      URGENT,
    ],
    ['body map', html`<myo-body-map></myo-body-map>`, SEE_DOCTOR],
    ['body map list, Spanish', html`<myo-body-map lang="es" list-view></myo-body-map>`, SEE_DOCTOR],
    [
      'banner, see a doctor',
      html`<myo-referral-banner cta-href="/doctor"></myo-referral-banner>`,
      SEE_DOCTOR,
    ],
    [
      'banner, urgent',
      html`<myo-referral-banner emergency-number="112"></myo-referral-banner>`,
      URGENT,
    ],
    [
      'banner, urgent, Spanish',
      html`<myo-referral-banner lang="es"></myo-referral-banner>`,
      URGENT,
    ],
    ...['symptoms', 'areas', 'impact', 'result'].map(
      (step): [string, unknown, Record<string, unknown>] => [
        `quiz, ${step}`,
        html`<myo-self-check step=${step} mode="severity"></myo-self-check>`,
        SEE_DOCTOR,
      ],
    ),
    [
      'quiz, result, urgent, Spanish',
      html`<myo-self-check step="result" lang="es"></myo-self-check>`,
      URGENT,
    ],
  ];
  it('at 320px with 200% text, no word breaks mid-word and nothing scrolls sideways', async () => {
    document.documentElement.style.fontSize = '200%';
    const problems: string[] = [];
    for (const [label, template, answers] of cases) {
      resetGroupStores();
      getGroupStore('default').merge(answers as never, { origin: 'code' });
      const box = await fixture<HTMLElement>(
        html`<div style="inline-size: 320px">${template}</div>`,
      );
      const el = box.firstElementChild as HTMLElement;
      await settleTree(el);
      for (const more of deepQuery(el, 'details')) (more as HTMLDetailsElement).open = true;
      await settleTree(el);
      await new Promise(r => requestAnimationFrame(r));
      // the widget's line: its box less the quiz's narrow padding and border
      problems.push(...brokenWords(el, label, el.getBoundingClientRect().width - 34));
      for (const inner of [el, ...deepQuery(el, '*')])
        if (
          inner.scrollWidth > inner.clientWidth + 1 &&
          getComputedStyle(inner).overflowX !== 'visible'
        )
          problems.push(
            `${label}: <${inner.localName} ${inner.getAttribute('part') ?? ''}> scrolls sideways`,
          );
      if (el.getBoundingClientRect().width > 321) problems.push(`${label}: wider than its box`);
    }
    expect(problems).to.deep.equal([]);
  });
});

/** Every element matching `selector` under `root`'s shadow roots, nested ones included. */
function deepQuery(root: Element, selector: string): Element[] {
  const found: Element[] = [];
  const walk = (el: Element) => {
    if (!el.shadowRoot) return;
    found.push(...el.shadowRoot.querySelectorAll(selector));
    for (const inner of el.shadowRoot.querySelectorAll('*')) walk(inner);
  };
  walk(root);
  return found;
}
