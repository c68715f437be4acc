/**
 * Parts the elements load when they need them: a language the page asks for, the content
 * pack validator (with `content=`), the quiz's summary and FHIR export (near the result).
 * Element methods that need a part return a Promise.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/define/myo-self-check.js';
import type { MyoSelfCheck } from '../../src/define/myo-self-check.js';
import type { MyoSymptomChecklist } from '../../src/define/myo-symptom-checklist.js';
import { lazyImport } from '../../src/core/lazy.js';
import { registerLanguageLoader } from '../../src/core/languages.js';
import { registerUiStrings } from '../../src/core/i18n.js';
import { defaultPack, resetWarnings } from '../../src/core/index.js';
import { getGroupStore, resetGroupStores } from '../../src/store/group-store.js';
import {
  addPackScript,
  captureWarningsAsync,
  fixture,
  settleTree,
  shadowQuery,
} from '../helpers.js';

const heading = (el: Element) => shadowQuery(el, '[part~="heading"]').textContent!.trim();

describe('lazy parts', () => {
  beforeEach(() => {
    resetGroupStores();
    resetWarnings();
  });

  it('lazyImport: one load while it loads and after, a warning naming the file, a retry on the next call', async () => {
    let calls = 0;
    const importer = async () => {
      if (++calls === 1) throw new Error('offline (test)');
      return { ok: true };
    };
    const warnings = await captureWarningsAsync(async () => {
      const load = () => lazyImport(importer, 'parts/x.js', 'Tried again.', '<myo-x>');
      expect(load(), 'the same promise while it loads').to.equal(load());
      await load().catch(() => undefined);
      expect(calls).to.equal(1);
      expect(await load(), 'tried again on the next call').to.deep.equal({ ok: true });
      expect(load(), 'then loaded once').to.equal(load());
    });
    expect(calls).to.equal(2);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<myo-x> could not load parts/x.js').and.contain('offline');
  });

  it('loads the language an element resolves to, then shows it, keeping the answers', async () => {
    let calls = 0;
    registerLanguageLoader('xa', async () => {
      calls++;
      await new Promise(resolve => setTimeout(resolve, 30));
      registerUiStrings('xa', { checklistHeading: 'XA heading' });
    });
    getGroupStore('default').set('fatigue', true);
    const el = await fixture<MyoSymptomChecklist>(
      html`<myo-symptom-checklist lang="xa-YY"></myo-symptom-checklist>`,
    );
    expect(calls).to.equal(1);
    expect(heading(el), 'updateComplete waited for the language').to.equal('XA heading');
    expect(shadowQuery<HTMLInputElement>(el, 'input[data-question="fatigue"]').checked).to.equal(
      true,
    );
    el.lang = 'xa';
    await el.updateComplete;
    expect(calls, 'loaded once').to.equal(1);
  });

  it('a language that fails to load: one warning naming the module, English meanwhile, and a retry on the next change', async () => {
    let calls = 0;
    registerLanguageLoader('xb', async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      registerUiStrings('xb', { checklistHeading: 'XB heading' });
    });
    let el!: MyoSymptomChecklist;
    const warnings = await captureWarningsAsync(async () => {
      el = await fixture<MyoSymptomChecklist>(
        html`<myo-symptom-checklist lang="xb"></myo-symptom-checklist>`,
      );
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('locales/xb.js').and.contain('offline');
    expect(heading(el)).to.equal('Your symptoms');
    shadowQuery<HTMLInputElement>(el, 'input[data-question="fatigue"]').click();
    await el.updateComplete;
    expect(calls).to.equal(2);
    expect(heading(el)).to.equal('XB heading');
  });

  it('the quiz loads the body map and the banner only as it nears their steps', async () => {
    // this file imports the quiz's define module alone: the checklist comes with it
    expect(customElements.get('myo-symptom-checklist'), 'the first step').to.exist;
    const el = await fixture<MyoSelfCheck>(
      html`<myo-self-check group="steps" step="symptoms"></myo-self-check>`,
    );
    expect(customElements.get('myo-referral-banner'), 'the result is three steps on').to.equal(
      undefined,
    );
    el.step = 'areas';
    await el.updateComplete;
    await settleTree(el.shadowRoot!);
    expect(customElements.get('myo-body-map'), 'the body map, at its step').to.exist;
    expect(
      shadowQuery(el, 'myo-body-map').shadowRoot!.querySelectorAll(
        '[part~="area"], [part~="checkbox"]',
      ).length,
      'its areas',
    ).to.be.above(5);
    getGroupStore('steps').set('fatigue', true);
    el.step = 'result';
    await el.updateComplete;
    await settleTree(el.shadowRoot!);
    const banner = shadowQuery(el, 'myo-referral-banner');
    expect(banner.getAttribute('level'), 'the banner, at the result').to.equal('self-care');
    expect(banner.shadowRoot!.textContent!.trim()).not.to.equal('');
    await expect(el).to.be.accessible();
  });

  it('a step whose elements fail to load: one warning naming the step, the quiz works, a retry when it nears the step again', async () => {
    const Quiz = customElements.get('myo-self-check') as unknown as typeof MyoSelfCheck;
    const saved = Quiz.stepElements;
    let calls = 0;
    Quiz.stepElements = {
      ...saved,
      areas: () => (++calls === 1 ? Promise.reject(new Error('offline (test)')) : saved.areas!()),
    };
    try {
      let el!: MyoSelfCheck;
      const warnings = await captureWarningsAsync(async () => {
        el = await fixture<MyoSelfCheck>(
          html`<myo-self-check group="steps-fail" step="areas"></myo-self-check>`,
        );
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<myo-self-check>').and.to.contain('"areas" step');
      expect(shadowQuery(el, '[part~="step-heading"]').textContent).to.contain('Where');
      el.step = 'symptoms';
      await el.updateComplete;
      el.step = 'areas';
      await el.updateComplete;
      await settleTree(el.shadowRoot!);
      expect(calls, 'tried again').to.equal(2);
      expect(shadowQuery(el, 'myo-body-map').shadowRoot!.childElementCount).to.be.above(0);
    } finally {
      Quiz.stepElements = saved;
    }
  });

  it("on the warning signs, the quiz loads the result's banner when the browser is idle: a sign jumps there", async () => {
    const Quiz = customElements.get('myo-self-check') as unknown as typeof MyoSelfCheck;
    const saved = Quiz.stepElements;
    const asked: string[] = [];
    Quiz.stepElements = {
      ...saved,
      result: () => (asked.push('result'), saved.result!()),
      symptoms: () => (asked.push('symptoms'), Promise.resolve()),
    };
    try {
      const el = await fixture<MyoSelfCheck>(
        html`<myo-self-check group="steps-urgent"></myo-self-check>`,
      );
      expect(el.step).to.equal('safety');
      await waitUntil(() => asked.includes('result'), 'the banner is asked for', {
        timeout: 5000,
      });
      expect(asked).to.include('symptoms');
    } finally {
      Quiz.stepElements = saved;
    }
  });

  it("Next moves focus to the new step's heading at once, while that step's elements still load", async () => {
    const Quiz = customElements.get('myo-self-check') as unknown as typeof MyoSelfCheck;
    const saved = Quiz.stepElements;
    let arrive!: () => void;
    const slow = new Promise<void>(resolve => (arrive = resolve)); // a slow network
    Quiz.stepElements = { ...saved, areas: () => slow.then(() => saved.areas!()) };
    try {
      const el = await fixture<MyoSelfCheck>(
        html`<myo-self-check group="steps-slow" step="symptoms"></myo-self-check>`,
      );
      (shadowQuery(el, '[part~="next-button"]') as HTMLButtonElement).click();
      await new Promise(resolve => requestAnimationFrame(resolve)); // rendered, not loaded
      expect(el.step).to.equal('areas');
      expect(el.shadowRoot!.activeElement?.id, 'a keyboard user hears the new step').to.equal(
        'step-heading',
      );
      arrive();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id, 'and stays there').to.equal('step-heading');
    } finally {
      Quiz.stepElements = saved;
    }
  });

  it('the quiz loads its summary near the result; summaryText() and questionnaireResponse() are Promises', async () => {
    const el = await fixture<MyoSelfCheck>(html`<myo-self-check></myo-self-check>`);
    const text = el.summaryText();
    expect(text).to.be.instanceOf(Promise);
    expect(await text).to.contain('Summary for your doctor');
    const response = el.questionnaireResponse();
    expect(response).to.be.instanceOf(Promise);
    expect((await response).resourceType).to.equal('QuestionnaireResponse');
    el.step = 'result';
    await settleTree(el.shadowRoot!);
    await el.updateComplete;
    expect(shadowQuery(el, '[part~="summary"]')).to.exist;
    expect(shadowQuery(el, '[part~="print-button"]')).to.exist;
  });

  it('a custom pack is validated (the validator loads for it) before the element renders it', async () => {
    const pack = structuredClone(defaultPack);
    pack.id = 'lazy-pack';
    pack.questions[0].label = { en: 'Pain all over (custom)' };
    const script = addPackScript('lazy-pack', pack);
    const broken = addPackScript('lazy-broken', { id: 3 });
    try {
      const el = await fixture<MyoSymptomChecklist>(
        html`<myo-symptom-checklist content="lazy-pack" group="lazy"></myo-symptom-checklist>`,
      );
      expect(getGroupStore('lazy').pack.id).to.equal('lazy-pack');
      expect(el.shadowRoot!.textContent).to.contain('Pain all over (custom)');
      const warnings = await captureWarningsAsync(async () => {
        await fixture(
          html`<myo-symptom-checklist content="lazy-broken" group="lazy2"></myo-symptom-checklist>`,
        );
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('not a valid content pack');
      expect(getGroupStore('lazy2').pack.id).to.equal(defaultPack.id);
    } finally {
      script.remove();
      broken.remove();
    }
  });
});
