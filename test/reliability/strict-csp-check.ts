// The strict-CSP test page, as the one-file bundle and the loader both load it: under a strict
// Content-Security-Policy with Trusted Types, every element renders, is styled and works (answers,
// the quiz from its warning signs through its result, Spanish), and no violation is reported while the policy is enforced.
import { expect } from '@open-wc/testing';
import { settleTree, shadowQuery as $ } from '../helpers.js';

export const TAGS = [
  'myo-symptom-checklist',
  'myo-body-map',
  'myo-referral-banner',
  'myo-self-check',
];
/** Trusted Types in this engine (Chromium, Firefox 153 and WebKitGTK 2.50 all have it). */
export const TRUSTED_TYPES = 'trustedTypes' in window;

type FrameWindow = Window & typeof globalThis & { __violations: string[] };

export const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
export const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([
    promise,
    sleep(ms).then(() => {
      throw new Error(`${what} did not happen within ${ms} ms`);
    }),
  ]);

/** Title of the test that runs checkStrictCspPage in this engine. */
export const STRICT_CSP_TITLE = TRUSTED_TYPES
  ? 'works on a page with a strict CSP and Trusted Types: no violation, and the policy is really enforced'
  : 'works on a page with a strict CSP: no violation (this engine has no Trusted Types: CSP only)';

/** Loads `url` (a page served with the strict CSP) in an 800×600 iframe and uses every element. */
export async function checkStrictCspPage(url: string): Promise<void> {
  const frame = document.createElement('iframe');
  frame.src = url;
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

    // the quiz: "None of these" warning signs, then Next through every step to the result
    const quiz = el('myo-self-check');
    expect(quiz.shadowRoot!.querySelector('[part~="step-safety"]'), 'safety').to.exist;
    $<HTMLInputElement>(
      $(quiz, 'myo-symptom-checklist'),
      '[part~="none-option"] input[data-question="red-flags"]',
    ).click();
    for (const step of ['symptoms', 'areas', 'impact', 'result']) {
      $<HTMLButtonElement>(quiz, '[part~="next-button"]').click();
      await settleTree(doc);
      expect(quiz.shadowRoot!.querySelector(`[part~="step-${step}"]`), step).to.exist;
      if (step === 'symptoms')
        $<HTMLInputElement>(
          $(quiz, 'myo-symptom-checklist'),
          'input[data-question="brain-fog"]',
        ).click();
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
    expect(spanish, 'the page switched to Spanish').to.have.length.above(0).and.not.equal(english);

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
}
