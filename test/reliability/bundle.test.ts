// The one-file bundle (dist/myocheck.bundle.js, built by `npm run build`) as publishers use it:
// under a strict Content-Security-Policy with Trusted Types, and loaded twice on one page.
import { expect, html } from '@open-wc/testing';
import { fixture, settleTree, shadowQuery as $ } from '../helpers.js';

const TAGS = ['myo-symptom-checklist', 'myo-body-map', 'myo-referral-banner', 'myo-self-check'];
const CLASSES: Record<string, string> = {
  'myo-symptom-checklist': 'MyoSymptomChecklist',
  'myo-body-map': 'MyoBodyMap',
  'myo-referral-banner': 'MyoReferralBanner',
  'myo-self-check': 'MyoSelfCheck',
};
/** Trusted Types in this engine (Chromium, Firefox 153 and WebKitGTK 2.50 all have it). */
const TRUSTED_TYPES = 'trustedTypes' in window;

type FrameWindow = Window & typeof globalThis & { __violations: string[] };

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([
    promise,
    sleep(ms).then(() => {
      throw new Error(`${what} did not happen within ${ms} ms`);
    }),
  ]);

describe('reliability: the bundle', function () {
  this.timeout(60_000);

  it(
    TRUSTED_TYPES
      ? 'works on a page with a strict CSP and Trusted Types: no violation, and the policy is really enforced'
      : 'works on a page with a strict CSP: no violation (this engine has no Trusted Types: CSP only)',
    async () => {
      const frame = document.createElement('iframe');
      frame.src = new URL('./strict-csp-page.html', import.meta.url).href;
      frame.style.width = '800px';
      frame.style.height = '600px';
      const loaded = new Promise(r => frame.addEventListener('load', r, { once: true }));
      document.body.append(frame);
      try {
        await within(loaded, 20_000, 'the strict-CSP page load');
        const win = frame.contentWindow as FrameWindow;
        const doc = frame.contentDocument!;
        await within(
          Promise.all(TAGS.map(t => win.customElements.whenDefined(t))),
          20_000,
          `the definition of ${TAGS.filter(t => !win.customElements.get(t)).join(', ')}`,
        );
        await settleTree(doc);
        const el = (tag: string) => doc.querySelector(tag)!;

        // rendered, and styled: :host { display: block } comes from an adopted style sheet
        for (const tag of TAGS) {
          expect(el(tag).shadowRoot!.childElementCount, `${tag} renders`).to.be.greaterThan(0);
          expect(win.getComputedStyle(el(tag)).display, `${tag} is styled`).to.equal('block');
        }

        // use them: tick a symptom, pick an area, answer sleep, the list view, Spanish
        $<HTMLInputElement>(el('myo-symptom-checklist'), 'input[data-question="fatigue"]').click();
        $(el('myo-body-map'), '[role="checkbox"][data-area="neck"]').dispatchEvent(
          new win.MouseEvent('click', { bubbles: true, composed: true }),
        );
        await settleTree(doc);
        expect(el('myo-referral-banner').getAttribute('level')).to.equal('self-care');
        $<HTMLInputElement>(
          el('myo-symptom-checklist'),
          'input[data-question="sleep-impact"][value="true"]',
        ).click();
        $<HTMLButtonElement>(el('myo-body-map'), '[part~="toggle-button"]').click();
        await settleTree(doc);
        expect(el('myo-referral-banner').getAttribute('level')).to.equal('see-doctor');
        expect($(el('myo-referral-banner'), '[part~="cta"]').getAttribute('href')).to.equal(
          '/find-a-doctor',
        );
        expect(
          el('myo-body-map').shadowRoot!.querySelectorAll('input[type="checkbox"]').length,
        ).to.equal(19);

        // the quiz: Next through every step to the result
        const quiz = el('myo-self-check');
        $<HTMLInputElement>(
          $(quiz, 'myo-symptom-checklist'),
          'input[data-question="brain-fog"]',
        ).click();
        for (const step of ['areas', 'impact', 'result']) {
          $<HTMLButtonElement>(quiz, '[part~="next-button"]').click();
          await settleTree(doc);
          expect(quiz.shadowRoot!.querySelector(`[part~="step-${step}"]`), step).to.exist;
          if (step === 'areas')
            $($(quiz, 'myo-body-map'), '[role="checkbox"][data-area="lower-back"]').dispatchEvent(
              new win.MouseEvent('click', { bubbles: true, composed: true }),
            );
          if (step === 'impact')
            $<HTMLInputElement>(
              $(quiz, 'myo-symptom-checklist'),
              'input[data-question="duration"][value="3-to-6-months"]',
            ).click();
        }
        expect($(quiz, 'myo-referral-banner').getAttribute('level')).to.equal('see-doctor');
        const english = $(quiz, '[part~="step-heading"]').textContent!.trim();
        doc.documentElement.lang = 'es';
        await sleep(50);
        await settleTree(doc);
        const spanish = $(quiz, '[part~="step-heading"]').textContent!.trim();
        expect(spanish, 'the page switched to Spanish')
          .to.have.length.above(0)
          .and.not.equal(english);

        await sleep(100); // violation reports are queued as tasks
        expect(win.__violations, 'no CSP or Trusted Types violation').to.deep.equal([]);

        // the policy is enforced, so the check above could have failed
        const probe = doc.createElement('div');
        probe.setAttribute('style', 'color: rgb(1, 2, 3)');
        doc.body.append(probe);
        expect(win.getComputedStyle(probe).color, 'inline style= is blocked').not.to.equal(
          'rgb(1, 2, 3)',
        );
        if (TRUSTED_TYPES) {
          let thrown: unknown;
          try {
            doc.body.innerHTML = '<b>x</b>';
          } catch (error) {
            thrown = error;
          }
          expect(
            (thrown as Error | undefined)?.name,
            'innerHTML without a TrustedHTML throws',
          ).to.equal('TypeError');
        }
        await sleep(100);
        expect(
          win.__violations.some(v => v.startsWith('style-src')),
          'style violation reported',
        ).to.equal(true);
        if (TRUSTED_TYPES)
          expect(
            win.__violations.some(v => v.startsWith('require-trusted-types-for')),
            'Trusted Types violation reported',
          ).to.equal(true);
      } finally {
        frame.remove();
      }
    },
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
      const quiz = root.querySelector('myo-self-check')!;
      $<HTMLButtonElement>(quiz, '[part~="next-button"]').click();
      await settleTree(root);
      expect(quiz.shadowRoot!.querySelector('[part~="step-areas"]')).to.exist;
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
