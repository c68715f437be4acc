// The one-file bundle (dist/myocheck.bundle.js, built by `npm run build`) as publishers use it:
// under a strict Content-Security-Policy with Trusted Types, and loaded twice on one page.
import { expect, html } from '@open-wc/testing';
import { fixture, settleTree, shadowQuery as $ } from '../helpers.js';
import { checkStrictCspPage, STRICT_CSP_TITLE, TAGS } from './strict-csp-check.js';

const CLASSES: Record<string, string> = {
  'myo-symptom-checklist': 'MyoSymptomChecklist',
  'myo-body-map': 'MyoBodyMap',
  'myo-referral-banner': 'MyoReferralBanner',
  'myo-self-check': 'MyoSelfCheck',
};
describe('reliability: the bundle', function () {
  this.timeout(60_000);

  it(STRICT_CSP_TITLE, () =>
    checkStrictCspPage(new URL('./strict-csp-page.html', import.meta.url).href),
  );

  it('loads twice on one page: no error, each element defined once, one shared group registry', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const url = new URL('/dist/myocheck.bundle.js', location.href).href;
      const first = await import(/* @vite-ignore */ url);
      const second = await import(/* @vite-ignore */ `${url}?copy=2`);
      expect(first, 'two module instances').not.to.equal(second);
      for (const tag of TAGS) {
        const name = CLASSES[tag];
        expect(first[name], name).to.be.a('function');
        expect(second[name], name).to.be.a('function');
        expect(first[name]).not.to.equal(second[name]);
        expect(customElements.get(tag), `${tag}: the first copy's class`).to.equal(first[name]);
      }
      const registry = (globalThis as Record<symbol, unknown>)[
        Symbol.for('myocheck.groups')
      ] as Map<string, unknown>;
      expect(registry).to.be.an.instanceOf(Map);
      expect(second.getGroupStore('two')).to.equal(first.getGroupStore('two'));
      expect(registry.get('two')).to.equal(first.getGroupStore('two'));

      const root = await fixture<HTMLDivElement>(
        html`<div>
          <myo-symptom-checklist group="two"></myo-symptom-checklist>
          <myo-body-map group="two"></myo-body-map>
          <myo-referral-banner group="two"></myo-referral-banner>
          <myo-self-check group="two-quiz"></myo-self-check>
        </div>`,
      );
      await settleTree(root);
      const banner = root.querySelector('myo-referral-banner')!;
      $<HTMLInputElement>(
        root.querySelector('myo-symptom-checklist')!,
        'input[data-question="fatigue"]',
      ).click();
      $(root.querySelector('myo-body-map')!, '[role="checkbox"][data-area="neck"]').dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true }),
      );
      await settleTree(root);
      expect(banner.getAttribute('level')).to.equal('self-care');
      expect(second.getGroupStore('two').answers).to.deep.equal({
        fatigue: true,
        'pain-areas': ['neck'],
      });
      // the second copy's API drives elements the first copy defined
      second.getGroupStore('two').merge({ 'sleep-impact': true });
      await settleTree(root);
      expect(banner.getAttribute('level')).to.equal('see-doctor');
      // the quiz: "None of these" warning signs, then Next to the symptoms and the areas
      const quiz = root.querySelector('myo-self-check')!;
      $<HTMLInputElement>(
        $(quiz, 'myo-symptom-checklist'),
        '[part~="none-option"] input[data-question="red-flags"]',
      ).click();
      await settleTree(root);
      expect(second.getGroupStore('two-quiz').answers).to.deep.equal({ 'red-flags': [] });
      for (const step of ['symptoms', 'areas']) {
        $<HTMLButtonElement>(quiz, '[part~="next-button"]').click();
        await settleTree(root);
        expect(quiz.shadowRoot!.querySelector(`[part~="step-${step}"]`), step).to.exist;
      }
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
