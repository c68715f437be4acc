import { elementUpdated, expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define/myo-body-map.js';
import type { MyoBodyMap } from '../../src/define/myo-body-map.js';
import { AREA_IDS, resetWarnings } from '../../src/core/index.js';
import { renderBodyFigure } from '../../src/components/body-map/body-figure.js';
import { getGroupStore, resetGroupStores } from '../../src/store/group-store.js';
import type { MyoChangeEvent } from '../../src/events.js';
import { canResizeViewport, captureWarningsAsync, fixture } from '../helpers.js';
import { render } from 'lit';

const root = (el: HTMLElement) => el.shadowRoot!;
const controls = (el: HTMLElement) => [
  ...root(el).querySelectorAll<SVGGElement>('[role="checkbox"]'),
];
const control = (el: HTMLElement, id: string) =>
  controls(el).find(c => c.dataset.area === id) as SVGGElement;
const checked = (el: HTMLElement) =>
  controls(el)
    .filter(c => c.getAttribute('aria-checked') === 'true')
    .map(c => c.dataset.area);
const part = <T extends Element = HTMLElement>(el: HTMLElement, name: string) =>
  root(el).querySelector<T>(`[part~="${name}"]`)!;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: HTMLElement) => root(el).activeElement as HTMLElement | SVGElement | null;
const boxes = (el: HTMLElement) => [
  ...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];

/** A click as a mouse or a tap gives it (SVG elements have no click()). */
async function tap(el: MyoBodyMap, target: Element): Promise<void> {
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await elementUpdated(el);
}

/** Counts the events a listener sees while `fn` runs. */
async function count(el: HTMLElement, name: string, fn: () => Promise<void>): Promise<number> {
  let n = 0;
  const listener = () => n++;
  el.addEventListener(name, listener);
  try {
    await fn();
  } finally {
    el.removeEventListener(name, listener);
  }
  return n;
}

const map = (template = html`<myo-body-map></myo-body-map>`) => fixture<MyoBodyMap>(template);

describe('<myo-body-map>', () => {
  beforeEach(() => {
    resetGroupStores();
    resetWarnings();
  });

  describe('accessibility', () => {
    for (const view of ['both', 'front', 'back']) {
      it(`passes axe in view="${view}", with and without selections`, async () => {
        const el = await map(html`<myo-body-map view=${view}></myo-body-map>`);
        await expect(el).to.be.accessible();
        el.value = ['neck', 'shoulder-left'];
        await elementUpdated(el);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe in the list view with selections, in Spanish and when disabled', async () => {
      const list = await map(html`<myo-body-map list-view value="neck,chest"></myo-body-map>`);
      await expect(list).to.be.accessible();
      const es = await map(html`<myo-body-map lang="es" group="es"></myo-body-map>`);
      await expect(es).to.be.accessible();
      const off = await map(html`<myo-body-map disabled group="off"></myo-body-map>`);
      await expect(off).to.be.accessible();
    });

    it('gives 19 checkbox controls with unique, stable names and never role="img"', async () => {
      const el = await map();
      const all = controls(el);
      expect(all).to.have.length(19);
      const names = all.map(c => c.getAttribute('aria-label'));
      expect(new Set(names).size).to.equal(19);
      expect(names).to.include.members(['Left shoulder', 'Right jaw', 'Lower back', 'Neck']);
      expect(all.map(c => c.dataset.area).sort()).to.deep.equal([...AREA_IDS].sort());
      expect(all.every(c => c.getAttribute('aria-checked') === 'false')).to.equal(true);
      expect(root(el).querySelector('[role="img"]')).to.equal(null);
      const svgs = [...root(el).querySelectorAll('svg')];
      expect(svgs.map(s => s.getAttribute('role'))).to.deep.equal(['group', 'group']);
      expect(
        svgs.map(s => text(root(el).getElementById(s.getAttribute('aria-labelledby')!))),
      ).to.deep.equal(['Front', 'Back']);
    });

    it('draws a shared area once as a control; its mirror on the back is hidden and untabbable', async () => {
      const el = await map();
      const copies = [...root(el).querySelectorAll<SVGGElement>('[data-area="shoulder-left"]')];
      expect(copies).to.have.length(2);
      const [front, back] = copies;
      expect(front.getAttribute('role')).to.equal('checkbox');
      expect(back.getAttribute('role')).to.equal(null);
      expect(back.getAttribute('aria-hidden')).to.equal('true');
      expect(back.hasAttribute('tabindex')).to.equal(false);
      expect(root(el).querySelectorAll('[tabindex="0"]')).to.have.length(1);
    });

    it('labels the person’s own sides beside each view', async () => {
      const el = await map();
      const [front, back] = [part(el, 'view-front'), part(el, 'view-back')];
      const sides = (view: HTMLElement) =>
        [...view.querySelectorAll('[part="side-label"]')]
          .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
          .map(text);
      expect(sides(front)).to.deep.equal(['Your right', 'Your left']);
      expect(sides(back)).to.deep.equal(['Your left', 'Your right']);
      expect(text(front)).to.contain('Front view: your left side is on the right of the picture.');
      // the person's left shoulder is on the right of the front picture, the left of the back
      const x = (node: Element) => node.getBoundingClientRect().left;
      const [lf, lb] = root(el).querySelectorAll('[data-area="shoulder-left"]');
      const [rf, rb] = root(el).querySelectorAll('[data-area="shoulder-right"]');
      expect(x(lf)).to.be.greaterThan(x(rf));
      expect(x(lb)).to.be.lessThan(x(rb));
    });

    it('shows a selection by outline and check mark, not by colour alone', async () => {
      const el = await map(html`<myo-body-map value="chest"></myo-body-map>`);
      const on = control(el, 'chest');
      const off = control(el, 'abdomen');
      expect(on.getAttribute('part')).to.equal('area area-selected');
      expect(off.getAttribute('part')).to.equal('area');
      expect(on.querySelector('.check')).to.exist;
      expect(off.querySelector('.check')).to.equal(null);
      const width = (g: Element) =>
        parseFloat(getComputedStyle(g.querySelector('.shape')!).strokeWidth);
      expect(width(on)).to.be.greaterThan(width(off) + 1);
    });
  });

  describe('disclaimer', () => {
    it("shows the pack's disclaimer on its own, in the visitor's language", async () => {
      const el = await map();
      const disclaimer = part(el, 'disclaimer')!;
      expect(text(disclaimer)).to.equal(
        'This self-check is for information only. It does not diagnose any condition.',
      );
      expect(disclaimer.getClientRects().length, 'visible').to.be.above(0);
      el.lang = 'es';
      await elementUpdated(el);
      expect(text(part(el, 'disclaimer'))).to.equal(
        'Esta autoevaluación es solo informativa. No diagnostica ninguna enfermedad.',
      );
    });
  });

  describe('pointer and touch', () => {
    it('toggles an area on click and fires myo-change with the pain-areas answer', async () => {
      const el = await map();
      const shoulder = control(el, 'shoulder-left');
      setTimeout(() =>
        shoulder.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })),
      );
      const event = (await oneEvent(el, 'myo-change')) as MyoChangeEvent;
      expect(event.detail.answers['pain-areas']).to.deep.equal(['shoulder-left']);
      expect(event.detail.assessment.areaCount).to.equal(1);
      expect(event.bubbles && event.composed).to.equal(true);
      await elementUpdated(el);
      expect(shoulder.getAttribute('aria-checked')).to.equal('true');
      await tap(el, shoulder);
      expect(shoulder.getAttribute('aria-checked')).to.equal('false');
      expect(getGroupStore('default').answers['pain-areas']).to.equal(undefined);
    });

    it('fires myo-level-change when the first area moves the level', async () => {
      const el = await map();
      setTimeout(() =>
        control(el, 'neck').dispatchEvent(new MouseEvent('click', { bubbles: true })),
      );
      const event = await oneEvent(el, 'myo-level-change');
      expect(event.detail).to.include({ level: 'self-care', previous: 'none' });
    });

    it('counts a click on the mirrored copy on the back', async () => {
      const el = await map();
      const mirror = root(el).querySelectorAll('[data-area="hip-right"]')[1];
      await tap(el, mirror);
      expect(checked(el)).to.deep.equal(['hip-right']);
    });

    it('toggles with a real pointer tap at the area', async () => {
      const el = await map();
      const leg = control(el, 'upper-leg-right');
      leg.scrollIntoView({ block: 'center' });
      const r = leg.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)],
      });
      await elementUpdated(el);
      expect(checked(el)).to.deep.equal(['upper-leg-right']);
    });
  });

  describe('keyboard', () => {
    it('is one tab stop: Tab enters at the first area and leaves to the buttons', async () => {
      const wrap = await fixture(
        html`<div><button>before</button><myo-body-map></myo-body-map></div>`,
      );
      const el = wrap.querySelector('myo-body-map')!;
      wrap.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      expect(focused(el)?.dataset.area).to.equal('jaw-right');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.getAttribute('part')).to.equal('toggle-button');
    });

    it('moves focus with the arrows, Home and End, and roves the tab stop', async () => {
      const el = await map();
      control(el, 'jaw-right').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)?.dataset.area).to.equal('jaw-left');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)?.dataset.area).to.equal('neck');
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)?.dataset.area).to.equal('jaw-right');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)?.dataset.area).to.equal('jaw-right');
      await sendKeys({ press: 'End' });
      expect(focused(el)?.dataset.area).to.equal('lower-back');
      await elementUpdated(el);
      expect(root(el).querySelector('[tabindex="0"]')).to.equal(control(el, 'lower-back'));
      await sendKeys({ press: 'Home' });
      expect(focused(el)?.dataset.area).to.equal('jaw-right');
    });

    it('toggles the focused area with Space and Enter', async () => {
      const el = await map();
      control(el, 'jaw-right').focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: ' ' });
      await elementUpdated(el);
      expect(checked(el)).to.deep.equal(['jaw-left']);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(checked(el)).to.deep.equal(['jaw-left', 'neck']);
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(checked(el)).to.deep.equal(['jaw-left']);
    });

    it('renders right to left: the picture and the arrows keep their sides', async () => {
      const wrap = await fixture(html`<div dir="rtl"><myo-body-map></myo-body-map></div>`);
      const el = wrap.querySelector('myo-body-map')!;
      await el.updateComplete;
      const labels = [...part(el, 'view-front').querySelectorAll('[part="side-label"]')];
      const [right, left] = labels.map(l => l.getBoundingClientRect().left);
      expect(right).to.be.lessThan(left);
      control(el, 'jaw-right').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)?.dataset.area).to.equal('jaw-left');
      // the views follow the text direction: the back is drawn on the left
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)?.dataset.area).to.equal('upper-back');
    });
  });

  describe('list view', () => {
    it('switches between the figure and the list with the toggle button', async () => {
      const el = await map();
      const toggle = part<HTMLButtonElement>(el, 'toggle-button');
      expect(text(toggle)).to.equal('Show as a list');
      toggle.focus();
      toggle.click();
      await elementUpdated(el);
      expect(el.listView).to.equal(true);
      expect(el.hasAttribute('list-view')).to.equal(true);
      expect(root(el).querySelector('svg')).to.equal(null);
      expect(boxes(el)).to.have.length(19);
      expect(text(toggle)).to.equal('Show the body map');
      expect(focused(el)).to.equal(toggle);
      toggle.click();
      await elementUpdated(el);
      expect(controls(el)).to.have.length(19);
    });

    it('starts there with list-view: native checkboxes grouped by region', async () => {
      const el = await map(html`<myo-body-map list-view></myo-body-map>`);
      const groups = [...root(el).querySelectorAll('fieldset')];
      expect(groups.map(g => text(g.querySelector('legend')))).to.deep.equal([
        'Left upper body',
        'Right upper body',
        'Left lower body',
        'Right lower body',
        'Neck, back and trunk',
      ]);
      const box = boxes(el).find(b => b.dataset.area === 'lower-back')!;
      expect(text(box.closest('label'))).to.equal('Lower back');
      setTimeout(() => box.click());
      const event = (await oneEvent(el, 'myo-change')) as MyoChangeEvent;
      expect(event.detail.answers['pain-areas']).to.deep.equal(['lower-back']);
    });

    it('meets the target size on a 360px phone, and the figure fits the width', async () => {
      // WebKitGTK's WebDriver cannot resize the window: there a 344px box (360px less the
      // page margins) stands in for the phone's width.
      const resized = canResizeViewport;
      if (resized) await setViewport({ width: 360, height: 740 });
      try {
        const wrap = await fixture(
          html`<div class="phone">
            <myo-body-map list-view></myo-body-map>
          </div>`,
        );
        if (!resized) (wrap as HTMLElement).style.inlineSize = '344px';
        const el = wrap.querySelector('myo-body-map')!;
        await elementUpdated(el);
        expect(el.getBoundingClientRect().width).to.be.at.most(344);
        for (const box of boxes(el)) {
          expect(box.getBoundingClientRect().height).to.be.at.least(24);
          expect(box.closest('label')!.getBoundingClientRect().height).to.be.at.least(44);
        }
        for (const button of root(el).querySelectorAll('button'))
          expect(button.getBoundingClientRect().height).to.be.at.least(44);
        el.listView = false;
        await elementUpdated(el);
        for (const svg of root(el).querySelectorAll('svg'))
          expect(svg.getBoundingClientRect().right).to.be.at.most(
            el.getBoundingClientRect().right + 1,
          );
        // on the figure, every area but the jaw (the list view is its equivalent) is ≥ 24px
        for (const c of controls(el).filter(c => !c.dataset.area!.startsWith('jaw'))) {
          const r = c.getBoundingClientRect();
          expect(Math.min(r.width, r.height), c.dataset.area).to.be.at.least(24);
        }
      } finally {
        if (resized) await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('count and clear', () => {
    it('updates the polite count and clears every area', async () => {
      const el = await map();
      const status = part(el, 'count');
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal('0 of 19 areas');
      await tap(el, control(el, 'neck'));
      expect(text(status)).to.equal('1 of 19 areas');
      await tap(el, control(el, 'chest'));
      expect(text(status)).to.equal('2 of 19 areas');
      const clear = part<HTMLButtonElement>(el, 'clear-button');
      const events = await count(el, 'myo-change', async () => {
        clear.click();
        await elementUpdated(el);
      });
      expect(events).to.equal(1);
      expect(text(status)).to.equal('0 of 19 areas');
      expect(el.value).to.deep.equal([]);
    });
  });

  describe('attributes', () => {
    it('view="front" and view="back" draw one outline each', async () => {
      const front = await map(html`<myo-body-map view="front"></myo-body-map>`);
      expect(controls(front)).to.have.length(17);
      expect(part(front, 'view-back')).to.equal(null);
      expect(control(front, 'upper-back')).to.equal(undefined);
      const back = await map(html`<myo-body-map view="back" group="b"></myo-body-map>`);
      expect(controls(back)).to.have.length(15);
      expect(control(back, 'jaw-left')).to.equal(undefined);
      expect(text(part(back, 'view-note'))).to.equal(
        'Back view: your left side is on the left of the picture.',
      );
    });

    it('warns once about a bad view and shows both', async () => {
      let el!: MyoBodyMap;
      const warnings = await captureWarningsAsync(async () => {
        el = await map(html`<myo-body-map view="sideways"></myo-body-map>`);
        el.requestUpdate();
        await elementUpdated(el);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.contain('<myo-body-map>')
        .and.contain('view')
        .and.contain('"sideways"');
      expect(warnings[0]).to.contain('"front", "back", "both"');
      expect(controls(el)).to.have.length(19);
    });

    it('offers a subset with areas; unknown ids warn once and are dropped', async () => {
      let el!: MyoBodyMap;
      const warnings = await captureWarningsAsync(async () => {
        el = await map(
          html`<myo-body-map areas="neck, upper-back,knee,lower-back"></myo-body-map>`,
        );
        el.requestUpdate();
        await elementUpdated(el);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<myo-body-map>').and.contain('areas').and.contain('"knee"');
      expect(controls(el).map(c => c.dataset.area)).to.deep.equal([
        'neck',
        'upper-back',
        'lower-back',
      ]);
      expect(text(part(el, 'count'))).to.equal('0 of 3 areas');
      // the rest of the outline is still drawn, as plain body
      expect(root(el).querySelectorAll('[part~="area"]')).to.have.length(3 + 1);
    });
  });

  describe('forms', () => {
    it('submits one entry per chosen area under its name', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <myo-body-map name="where"></myo-body-map>
        </form>`,
      );
      const el = form.querySelector('myo-body-map')!;
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      await tap(el, control(el, 'neck'));
      await tap(el, control(el, 'shoulder-left'));
      expect(new FormData(form).getAll('where')).to.deep.equal(['shoulder-left', 'neck']);
      expect(el.value).to.deep.equal(['shoulder-left', 'neck']);
    });

    it('restores the value attribute on form reset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <myo-body-map name="where" value="neck,chest"></myo-body-map>
        </form>`,
      );
      const el = form.querySelector('myo-body-map')!;
      expect(el.value).to.deep.equal(['neck', 'chest']);
      await tap(el, control(el, 'abdomen'));
      await tap(el, control(el, 'neck'));
      expect(el.value).to.deep.equal(['chest', 'abdomen']);
      form.reset();
      await elementUpdated(el);
      expect(el.value).to.deep.equal(['neck', 'chest']);
      expect(checked(el)).to.deep.equal(['neck', 'chest']);
      expect(new FormData(form).getAll('where')).to.deep.equal(['neck', 'chest']);
    });

    it('is invalid while required and empty', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <myo-body-map name="where" required></myo-body-map>
        </form>`,
      );
      const el = form.querySelector('myo-body-map')!;
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Please choose at least one area.');
      expect(form.checkValidity()).to.equal(false);
      await tap(el, control(el, 'lower-leg-left'));
      expect(el.validity.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('is inert when disabled, itself or by its fieldset', async () => {
      const el = await map(html`<myo-body-map disabled></myo-body-map>`);
      expect(root(el).querySelector('[tabindex="0"]')).to.equal(null);
      expect(controls(el).every(c => c.getAttribute('aria-disabled') === 'true')).to.equal(true);
      const events = await count(el, 'myo-change', () => tap(el, control(el, 'neck')));
      expect(events).to.equal(0);
      expect(el.value).to.deep.equal([]);
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset disabled><myo-body-map list-view group="f"></myo-body-map></fieldset>
        </form>`,
      );
      const inner = form.querySelector('myo-body-map')!;
      await elementUpdated(inner);
      expect(boxes(inner).every(b => b.disabled)).to.equal(true);
      expect(part<HTMLButtonElement>(inner, 'clear-button').disabled).to.equal(true);
    });

    it('takes a value from code without events; a comma list works too', async () => {
      const el = await map();
      const events = await count(el, 'myo-change', async () => {
        el.value = 'neck, lower-back';
        await elementUpdated(el);
        el.value = ['chest'];
        await elementUpdated(el);
      });
      expect(events).to.equal(0);
      expect(checked(el)).to.deep.equal(['chest']);
      const warnings = await captureWarningsAsync(async () => {
        el.value = ['elbow', 'neck'];
        el.value = ['elbow', 'neck'];
        await elementUpdated(el);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('value').and.contain('"elbow"');
      expect(el.value).to.deep.equal(['neck']);
    });
  });

  describe('groups and languages', () => {
    it('keeps two body maps of one group in sync', async () => {
      const wrap = await fixture(
        html`<div>
          <myo-body-map group="g"></myo-body-map><myo-body-map group="g" list-view></myo-body-map>
        </div>`,
      );
      const [a, b] = [...wrap.querySelectorAll('myo-body-map')];
      await Promise.all([a.updateComplete, b.updateComplete]);
      let seenByB = 0;
      b.addEventListener('myo-change', () => seenByB++);
      await tap(a, control(a, 'upper-arm-right'));
      await elementUpdated(b);
      expect(
        boxes(b)
          .filter(x => x.checked)
          .map(x => x.dataset.area),
      ).to.deep.equal(['upper-arm-right']);
      expect(text(part(b, 'count'))).to.equal('1 of 19 areas');
      expect(seenByB).to.equal(0);
      boxes(b)
        .find(x => x.dataset.area === 'upper-arm-right')!
        .click();
      await elementUpdated(a);
      expect(checked(a)).to.deep.equal([]);
    });

    it('speaks Spanish with lang="es"', async () => {
      const el = await map(html`<myo-body-map lang="es" value="shoulder-left"></myo-body-map>`);
      expect(control(el, 'shoulder-left').getAttribute('aria-label')).to.equal('Hombro izquierdo');
      expect(text(part(el, 'heading'))).to.equal('¿Dónde le duele?');
      expect(text(part(el, 'count'))).to.equal('1 de 19 zonas');
      expect(text(part(el, 'toggle-button'))).to.equal('Ver como lista');
      const sides = [...part(el, 'view-front').querySelectorAll('[part="side-label"]')].map(text);
      expect(sides).to.deep.equal(['Su derecha', 'Su izquierda']);
    });
  });

  describe('renderBodyFigure', () => {
    it('draws a small picture of the chosen areas for a summary', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      render(
        renderBodyFigure({
          view: 'back',
          selected: ['lower-back'],
          label: 'Painful areas: lower back',
        }),
        host,
      );
      const svg = host.querySelector('svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal('Painful areas: lower back');
      expect(host.querySelectorAll('[role="checkbox"], [tabindex]')).to.have.length(0);
      expect(host.querySelectorAll('[part~="area-selected"]')).to.have.length(1);
      host.remove();
    });
  });
});
