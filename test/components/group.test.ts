/**
 * One group, one truth: group settings (persist, content, threshold-months,
 * emergency-number) act for the whole group whichever element carries them, the group has
 * one assessment, and the "stored on this device" notice is visible wherever it stores.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type {
  MyoBodyMap,
  MyoReferralBanner,
  MyoSelfCheck,
  MyoSymptomChecklist,
} from '../../src/index.js';
import { defaultPack, resetWarnings } from '../../src/core/index.js';
import type { MyoLevelChangeEvent } from '../../src/events.js';
import { getGroupStore, resetGroupStores } from '../../src/store/group-store.js';
import {
  addPackScript,
  captureWarningsAsync,
  fixture,
  settleTree,
  shadowQuery,
} from '../helpers.js';

type MyoEl = MyoSymptomChecklist | MyoBodyMap | MyoReferralBanner | MyoSelfCheck;

const notice = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part~="persist-notice"]');
const clearButton = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="persist-notice"] button');
const box = (el: Element, id: string) =>
  shadowQuery<HTMLInputElement>(el, `input[type="checkbox"][data-question="${id}"]`);
const radio = (el: Element, question: string, value: string) =>
  shadowQuery<HTMLInputElement>(el, `input[data-question="${question}"][value="${value}"]`);

async function page(template: unknown): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(template as never);
  await settleTree(root);
  return root;
}
const get = <T extends MyoEl>(root: ParentNode, selector: string) =>
  root.querySelector(selector) as T;

describe('one group, one truth', () => {
  beforeEach(() => {
    resetGroupStores();
    resetWarnings();
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  describe('persist with a custom pack', () => {
    it("restores the answers after a reload, under the custom pack's key (persist and content on one element)", async () => {
      const pack = structuredClone(defaultPack);
      pack.id = 'my-pack';
      const script = addPackScript('my-pack', pack);
      try {
        let root = await page(
          html`<div>
            <myo-symptom-checklist persist="local" content="my-pack"></myo-symptom-checklist>
          </div>`,
        );
        box(get(root, 'myo-symptom-checklist'), 'fatigue').click();
        await settleTree(root);
        const key = 'myocheck:my-pack:default';
        expect(JSON.parse(localStorage.getItem(key)!).answers).to.deep.equal({ fatigue: true });

        root.remove();
        resetGroupStores(); // as after a reload
        root = await page(
          html`<div>
            <myo-symptom-checklist persist="local" content="my-pack"></myo-symptom-checklist>
          </div>`,
        );
        expect(box(get(root, 'myo-symptom-checklist'), 'fatigue').checked).to.equal(true);
        expect(getGroupStore('default').answers).to.deep.equal({ fatigue: true });
        expect(JSON.parse(localStorage.getItem(key)!).answers).to.deep.equal({ fatigue: true });
      } finally {
        script.remove();
      }
    });

    it("restores under the pack's key when persist and content are on different elements", async () => {
      const pack = structuredClone(defaultPack);
      pack.id = 'other-pack';
      const script = addPackScript('other-pack', pack);
      localStorage.setItem(
        'myocheck:other-pack:default',
        JSON.stringify({ v: 1, answers: { 'brain-fog': true }, meta: {} }),
      );
      try {
        const root = await page(
          html`<div>
            <myo-referral-banner persist="local"></myo-referral-banner>
            <myo-symptom-checklist content="other-pack"></myo-symptom-checklist>
          </div>`,
        );
        expect(getGroupStore('default').pack.id).to.equal('other-pack');
        expect(getGroupStore('default').answers).to.deep.equal({ 'brain-fog': true });
        expect(box(get(root, 'myo-symptom-checklist'), 'brain-fog').checked).to.equal(true);
      } finally {
        script.remove();
      }
    });
  });

  describe('visible clearing', () => {
    it('a banner with persist stores for the group, and the banner and the first checklist both show "Clear my answers"', async () => {
      const root = await page(
        html`<div>
          <myo-symptom-checklist></myo-symptom-checklist>
          <myo-body-map></myo-body-map>
          <myo-referral-banner persist="local"></myo-referral-banner>
        </div>`,
      );
      const list = get(root, 'myo-symptom-checklist');
      const map = get(root, 'myo-body-map');
      const banner = get(root, 'myo-referral-banner');
      box(list, 'fatigue').click();
      await settleTree(root);
      expect(localStorage.getItem('myocheck:inomyalgia:default')).to.contain('fatigue');
      expect(notice(banner), 'the element that carries persist').to.exist;
      expect(notice(list), "the group's first checklist").to.exist;
      expect(notice(map), 'a second input element does not repeat it').to.equal(null);
      clearButton(banner)!.click();
      await settleTree(root);
      expect(getGroupStore('default').answers).to.deep.equal({});
      expect(localStorage.getItem('myocheck:inomyalgia:default')).to.equal(null);
      expect(box(list, 'fatigue').checked).to.equal(false);
    });

    it('removing persist from every element stops storing and removes the stored copy', async () => {
      const root = await page(
        html`<div>
          <myo-symptom-checklist persist="local"></myo-symptom-checklist>
          <myo-referral-banner persist="local"></myo-referral-banner>
        </div>`,
      );
      const list = get(root, 'myo-symptom-checklist');
      const banner = get(root, 'myo-referral-banner');
      box(list, 'fatigue').click();
      await settleTree(root);
      expect(localStorage.length).to.equal(1);
      list.removeAttribute('persist');
      await settleTree(root);
      expect(localStorage.length, 'the banner still carries it').to.equal(1);
      banner.removeAttribute('persist');
      await settleTree(root);
      expect(localStorage.length).to.equal(0);
      expect(notice(list)).to.equal(null);
      box(list, 'brain-fog').click();
      await settleTree(root);
      expect(localStorage.length, 'nothing is stored any more').to.equal(0);
      expect(getGroupStore('default').answers).to.deep.equal({ fatigue: true, 'brain-fog': true });
    });

    it('changing group moves the element and its persist to the new group', async () => {
      const root = await page(
        html`<div><myo-symptom-checklist persist="session"></myo-symptom-checklist></div>`,
      );
      const list = get<MyoSymptomChecklist>(root, 'myo-symptom-checklist');
      list.group = 'other';
      await settleTree(root);
      box(list, 'fatigue').click();
      await settleTree(root);
      expect(getGroupStore('other').persistence).to.equal('session');
      expect(sessionStorage.getItem('myocheck:inomyalgia:other')).to.contain('fatigue');
      expect(notice(list)).to.exist;
    });

    it('inside a disabled fieldset, "Clear my answers" is disabled and clears nothing', async () => {
      getGroupStore('default').set('fatigue', true);
      const root = await page(
        html`<form>
          <fieldset disabled>
            <myo-symptom-checklist persist="local"></myo-symptom-checklist>
            <myo-referral-banner persist="local"></myo-referral-banner>
            <myo-self-check persist="local"></myo-self-check>
          </fieldset>
        </form>`,
      );
      for (const tag of ['myo-symptom-checklist', 'myo-referral-banner', 'myo-self-check']) {
        const button = clearButton(get(root, tag));
        expect(button, tag).to.exist;
        expect(button!.disabled, tag).to.equal(true);
        button!.click();
      }
      await settleTree(root);
      expect(getGroupStore('default').answers).to.deep.equal({ fatigue: true });
    });
  });

  describe('one assessment per group', () => {
    it("a banner's threshold-months holds for the checklist's events too", async () => {
      const root = await page(
        html`<div>
          <myo-symptom-checklist></myo-symptom-checklist>
          <myo-referral-banner threshold-months="6"></myo-referral-banner>
        </div>`,
      );
      const list = get<MyoSymptomChecklist>(root, 'myo-symptom-checklist');
      const banner = get<MyoReferralBanner>(root, 'myo-referral-banner');
      const levels: string[] = [];
      list.addEventListener('myo-level-change', (e: MyoLevelChangeEvent) =>
        levels.push(e.detail.level),
      );
      box(list, 'fatigue').click();
      await settleTree(root);
      radio(list, 'duration', '3-to-6-months').click();
      await settleTree(root);
      expect(levels, '3–6 months is under a 6-month threshold').to.deep.equal(['self-care']);
      expect(banner.level).to.equal('self-care');
      expect(list.assessment).to.equal(banner.assessment);
      expect(list.assessment.thresholdMonths).to.equal(6);
      radio(list, 'duration', '6-to-12-months').click();
      await settleTree(root);
      expect(levels).to.deep.equal(['self-care', 'see-doctor']);
      expect(banner.level).to.equal('see-doctor');
    });

    it('two elements that disagree: the first in document order wins, with one warning naming both', async () => {
      let root!: HTMLElement;
      const warnings = await captureWarningsAsync(async () => {
        root = await page(
          html`<div>
            <myo-referral-banner threshold-months="6" emergency-number="112"></myo-referral-banner>
            <myo-self-check threshold-months="12" emergency-number="112"></myo-self-check>
          </div>`,
        );
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.contain('<myo-self-check> threshold-months=12')
        .and.contain('<myo-referral-banner> threshold-months=6')
        .and.contain('group "default"');
      const quiz = get<MyoSelfCheck>(root, 'myo-self-check');
      expect(quiz.assessment.thresholdMonths).to.equal(6);
      get(root, 'myo-referral-banner').removeAttribute('threshold-months');
      await settleTree(root);
      expect(quiz.assessment.thresholdMonths, 'now only the quiz sets it').to.equal(12);
      quiz.removeAttribute('threshold-months');
      await settleTree(root);
      expect(quiz.assessment.thresholdMonths, 'back to the default').to.equal(3);
    });

    describe('disagreeing elements: the first in document order wins', () => {
      /** Two places in a fresh page, filled in the order the test says. */
      async function twoPlaces(): Promise<[HTMLElement, HTMLElement, HTMLElement]> {
        const root = await page(
          html`<div>
            <section></section>
            <section></section>
          </div>`,
        );
        const [first, second] = root.querySelectorAll('section');
        return [root, first, second];
      }
      const add = (where: Element, markup: string) => {
        where.insertAdjacentHTML('beforeend', markup);
        return where.lastElementChild as MyoEl;
      };

      it('the later element connected first does not win, and the warning names the first in the page', async () => {
        let root!: HTMLElement;
        let banner!: MyoEl;
        const warnings = await captureWarningsAsync(async () => {
          const [r, first, second] = await twoPlaces();
          root = r;
          banner = add(second, '<myo-referral-banner threshold-months="1"></myo-referral-banner>');
          await settleTree(root);
          add(first, '<myo-symptom-checklist threshold-months="6"></myo-symptom-checklist>');
          await settleTree(root);
        });
        expect(banner.assessment.thresholdMonths).to.equal(6);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(
          '<myo-referral-banner> threshold-months=1 disagrees with <myo-symptom-checklist> threshold-months=6',
        );
      });

      it('an element added later before the others gives the setting', async () => {
        const [root, first, second] = await twoPlaces();
        const banner = add(
          second,
          '<myo-referral-banner emergency-number="999"></myo-referral-banner>',
        );
        await settleTree(root);
        expect(getGroupStore('default').settings.emergencyNumber).to.equal('999');
        await captureWarningsAsync(async () => {
          add(first, '<myo-body-map emergency-number="112"></myo-body-map>');
          await settleTree(root);
        });
        expect(getGroupStore('default').settings.emergencyNumber).to.equal('112');
        expect(banner.isConnected).to.equal(true);
      });

      it("across shadow roots: a host's place stands for the elements inside its shadow root", async () => {
        const [root, first, second] = await twoPlaces();
        // the banner last in the page, in the page's own tree
        const banner = add(
          second,
          '<myo-referral-banner threshold-months="1"></myo-referral-banner>',
        );
        await settleTree(root);
        // a checklist inside the shadow root of a host that comes before it
        const host = document.createElement('div');
        first.append(host);
        const shadow = host.attachShadow({ mode: 'open' });
        const inner = document.createElement('div');
        shadow.append(inner);
        await captureWarningsAsync(async () => {
          add(inner, '<myo-symptom-checklist threshold-months="12"></myo-symptom-checklist>');
          await settleTree(root);
          await settleTree(shadow);
        });
        expect(banner.assessment.thresholdMonths).to.equal(12);
        // and the host's own light children come after its shadow root
        const light = add(host, '<myo-referral-banner threshold-months="6"></myo-referral-banner>');
        await captureWarningsAsync(() => settleTree(root));
        expect(light.assessment.thresholdMonths).to.equal(12);
      });
    });

    it("a checklist's emergency-number is shown by the group's banner", async () => {
      const root = await page(
        html`<div>
          <myo-symptom-checklist emergency-number="112"></myo-symptom-checklist>
          <myo-referral-banner></myo-referral-banner>
        </div>`,
      );
      const list = get(root, 'myo-symptom-checklist');
      shadowQuery<HTMLInputElement>(list, 'input[value="fever-stiff-neck"]').click();
      await settleTree(root);
      const banner = get<MyoReferralBanner>(root, 'myo-referral-banner');
      expect(banner.level).to.equal('urgent');
      expect(shadowQuery(banner, '[part~="emergency"]').getAttribute('href')).to.equal('tel:112');
    });
  });

  describe('a change re-renders the elements that show it', () => {
    /** Counts the renders of `el` from now on. */
    const renders = (el: MyoEl) => {
      const counter = { n: 0 };
      const self = el as unknown as { render(): unknown };
      const render = self.render.bind(el);
      self.render = () => {
        counter.n++;
        return render();
      };
      return counter;
    };

    it('a checklist answer redraws the checklist and the banner, not the body map; an area the other way round', async () => {
      const root = await page(
        html`<div>
          <myo-symptom-checklist sections="symptoms,duration"></myo-symptom-checklist>
          <myo-body-map></myo-body-map>
          <myo-referral-banner></myo-referral-banner>
        </div>`,
      );
      const checklist = get<MyoSymptomChecklist>(root, 'myo-symptom-checklist');
      const map = get<MyoBodyMap>(root, 'myo-body-map');
      const banner = get<MyoReferralBanner>(root, 'myo-referral-banner');
      const [c, m, b] = [checklist, map, banner].map(renders);

      radio(checklist, 'duration', '3-to-6-months').click();
      await settleTree(root);
      expect([c.n, m.n, b.n]).to.deep.equal([1, 0, 1]);
      expect(banner.level).to.equal('see-doctor');

      shadowQuery<SVGElement>(map, '[role="checkbox"][data-area="neck"]').dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true }),
      );
      await settleTree(root);
      expect([c.n, m.n, b.n]).to.deep.equal([1, 1, 2]);
      expect(getGroupStore('default').answers['pain-areas']).to.deep.equal(['neck']);
    });

    it('every element redraws for what they all show: a group setting, a cleared group', async () => {
      const root = await page(
        html`<div>
          <myo-symptom-checklist sections="duration"></myo-symptom-checklist>
          <myo-body-map></myo-body-map>
          <myo-referral-banner></myo-referral-banner>
        </div>`,
      );
      const [checklist, map, banner] = [
        'myo-symptom-checklist',
        'myo-body-map',
        'myo-referral-banner',
      ].map(t => get<MyoEl>(root, t));
      const counts = [checklist, map, banner].map(renders);
      map.persist = 'session';
      await settleTree(root);
      expect(counts.map(x => x.n >= 1)).to.deep.equal([true, true, true]);
      expect(notice(checklist), 'the notice shows on the first checklist').to.exist;

      const before = counts.map(x => x.n);
      getGroupStore('default').merge({ 'pain-areas': ['neck'], duration: '6-to-12-months' });
      await settleTree(root);
      getGroupStore('default').clear();
      await settleTree(root);
      expect(counts.map((x, i) => x.n > before[i])).to.deep.equal([true, true, true]);
      expect(radio(checklist, 'duration', '6-to-12-months').checked).to.equal(false);
      expect(shadowQuery(map, '[data-area="neck"]').getAttribute('aria-checked')).to.equal('false');
    });
  });

  describe('the value attribute, the same way on both form elements', () => {
    it('is the defaultValue: the answer at first, unless the group already has one, and again on reset', async () => {
      getGroupStore('default').merge({ fatigue: true });
      const root = await page(
        html`<form>
          <myo-symptom-checklist
            name="c"
            value='{"fatigue":true,"brain-fog":true}'
            sections="symptoms"
          ></myo-symptom-checklist>
          <myo-body-map name="m" value="neck,chest"></myo-body-map>
        </form>`,
      );
      const checklist = get<MyoSymptomChecklist>(root, 'myo-symptom-checklist');
      const map = get<MyoBodyMap>(root, 'myo-body-map');
      expect(checklist.defaultValue).to.equal('{"fatigue":true,"brain-fog":true}');
      expect(map.defaultValue).to.equal('neck,chest');
      // the group answered the checklist's questions already: its attribute waits; the map's applies
      expect(checklist.value).to.equal('{"fatigue":true}');
      expect(map.value).to.deep.equal(['neck', 'chest']);

      (root as HTMLFormElement).reset();
      await settleTree(root);
      expect(JSON.parse(checklist.value)).to.deep.equal({ fatigue: true, 'brain-fog': true });
      expect(map.value).to.deep.equal(['neck', 'chest']);

      checklist.defaultValue = '{"sleep-problems":true}';
      map.defaultValue = 'lower-back';
      (root as HTMLFormElement).reset();
      await settleTree(root);
      expect(checklist.value).to.equal('{"sleep-problems":true}');
      expect(map.value).to.deep.equal(['lower-back']);
    });
  });

  describe('enumerated attributes are ASCII case-insensitive', () => {
    it('accepts mode="Severity" on the quiz, view=" FRONT " and show-when="See-Doctor" without a warning', async () => {
      let root!: HTMLElement;
      const warnings = await captureWarningsAsync(async () => {
        root = await page(
          html`<div>
            <myo-self-check mode="Severity" step="symptoms"></myo-self-check>
            <myo-body-map view=" FRONT "></myo-body-map>
            <myo-referral-banner show-when="See-Doctor" persist="LOCAL"></myo-referral-banner>
            <myo-symptom-checklist sections="Symptoms"></myo-symptom-checklist>
          </div>`,
        );
      });
      expect(warnings).to.deep.equal([]);
      const inner = shadowQuery(get(root, 'myo-self-check'), 'myo-symptom-checklist');
      expect(inner.getAttribute('mode')).to.equal('severity');
      expect(inner.shadowRoot!.querySelectorAll('input[data-question="fatigue"]')).to.have.length(
        4,
      );
      const map = get(root, 'myo-body-map');
      expect(map.shadowRoot!.querySelectorAll('[part~="view"]')).to.have.length(1);
      expect(getGroupStore('default').persistence).to.equal('local');
    });

    it('warns once, naming element, attribute, value and the allowed values', async () => {
      const warnings = await captureWarningsAsync(async () => {
        await page(html`<div><myo-self-check mode="sometimes"></myo-self-check></div>`);
      });
      expect(warnings).to.deep.equal([
        '[myocheck] <myo-self-check> mode="sometimes" is not valid: expected one of "yes-no", "severity". Using "yes-no".',
      ]);
    });
  });
});
