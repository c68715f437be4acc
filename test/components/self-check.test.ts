import { elementUpdated, expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/define/myo-self-check.js';
import type { MyoSelfCheck } from '../../src/define/myo-self-check.js';
import type { MyoReferralBanner } from '../../src/define/myo-referral-banner.js';
import { summary as buildSummary, summaryToText } from '../../src/core/summary.js';
import { assess, defaultPack, resetWarnings, type Answers } from '../../src/core/index.js';
import { getGroupStore, resetGroupStores } from '../../src/store/group-store.js';
import { downloads } from '../../src/components/self-check/result-actions.js';
import { canResizeViewport, captureWarningsAsync, fixture } from '../helpers.js';

// ---------------------------------------------------------------------------------------
// helpers

const INNER = 'myo-symptom-checklist, myo-body-map, myo-referral-banner';

/** Waits for the self-check and the elements inside it to render. */
async function settle(el: MyoSelfCheck): Promise<void> {
  await el.updateComplete;
  for (const inner of el.shadowRoot!.querySelectorAll<LitElement>(INNER))
    await inner.updateComplete;
  await el.updateComplete;
}

async function make(template = html`<myo-self-check></myo-self-check>`): Promise<MyoSelfCheck> {
  const el = await fixture<MyoSelfCheck>(template);
  await settle(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: MyoSelfCheck, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const part = (el: MyoSelfCheck, name: string) => $(el, `[part~="${name}"]`);
const checklist = (el: MyoSelfCheck) => $<LitElement>(el, 'myo-symptom-checklist')!;
const input = (el: MyoSelfCheck, question: string, value?: string) =>
  checklist(el).shadowRoot!.querySelector<HTMLInputElement>(
    `input[data-question="${question}"]${value === undefined ? '' : `[value="${value}"]`}`,
  )!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The focused element, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The focused element as a short string (`#id` or `tag.part`): compared as text, so a failing
 * assertion reports it plainly instead of serialising DOM nodes.
 */
function focused(): string {
  const active = deepActive();
  if (!active) return 'nothing';
  return active.id
    ? `#${active.id}`
    : `${active.localName}[part="${active.getAttribute('part') ?? ''}"]`;
}

/** Presses Tab until `match` holds for the focused element. */
async function tabTo(match: (el: Element | null) => boolean, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    if (match(deepActive())) return deepActive()!;
  }
  throw new Error(`Tab never reached the element; focus is on ${deepActive()?.outerHTML}`);
}

/** Clicks at the centre of `target` with the real mouse. */
async function click(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center', inline: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)],
  });
}

const next = async (el: MyoSelfCheck) => {
  (part(el, 'next-button') as HTMLButtonElement).click();
  await settle(el);
};

/** Answers straight in the group store, as another element of the page would. */
const give = (answers: Answers, group = 'default') =>
  getGroupStore(group).merge(answers, { origin: 'code' });

const FULL: Answers = {
  fatigue: 2,
  'brain-fog': true,
  'pain-areas': ['shoulder-left', 'shoulder-right', 'hip-left', 'hip-right', 'neck'],
  duration: 'over-12-months',
  'sleep-impact': true,
  'daily-tasks-impact': false,
  'medication-start': false,
};

beforeEach(() => {
  resetGroupStores();
  resetWarnings();
  sessionStorage.clear();
  localStorage.clear();
});

// ---------------------------------------------------------------------------------------

describe('myo-self-check: accessibility', () => {
  it('has no axe violations on any question step', async () => {
    const el = await make();
    for (const step of ['safety', 'symptoms', 'areas', 'impact'] as const) {
      el.step = step;
      await settle(el);
      expect(part(el, `step-${step}`), step).to.exist;
      await expect(el).to.be.accessible();
    }
  });

  it('has no axe violations on the result at every level', async () => {
    const el = await make(html`<myo-self-check step="result"></myo-self-check>`);
    const levels: [Answers, string][] = [
      [{}, 'none'],
      [{ fatigue: true }, 'self-care'],
      [{ fatigue: true, 'sleep-impact': true }, 'see-doctor'],
      [{ 'red-flags': ['extreme-weakness'] }, 'urgent'],
    ];
    for (const [answers, level] of levels) {
      getGroupStore('default').replace(answers);
      await settle(el);
      expect(el.toJSON().assessment.level).to.equal(level);
      await expect(el).to.be.accessible();
    }
  });

  it('nests the headings under its own: step headings one level down, the rest below', async () => {
    const el = await make(html`<myo-self-check heading-level="3" step="result"></myo-self-check>`);
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('3');
    expect(part(el, 'step-heading')!.getAttribute('aria-level')).to.equal('4');
    expect(part(el, 'summary-heading')!.getAttribute('aria-level')).to.equal('5');
    expect($(el, 'myo-referral-banner')!.getAttribute('heading-level')).to.equal('5');
    el.heading = '';
    el.step = 'symptoms';
    await settle(el);
    expect(part(el, 'heading')).to.equal(null);
    expect(part(el, 'step-heading')!.getAttribute('aria-level')).to.equal('3');
    expect(checklist(el).getAttribute('heading')).to.equal('');
  });
});

describe('myo-self-check: warning signs first', () => {
  const none = (el: MyoSelfCheck) =>
    checklist(el).shadowRoot!.querySelector<HTMLInputElement>(
      '[part~="none-option"] input[data-question="red-flags"]',
    )!;

  it('asks the three warning signs, with "None of these", before anything else: "Step 1 of 5"', async () => {
    const el = await make();
    expect(el.step).to.equal('safety');
    expect(part(el, 'step-safety')).to.exist;
    expect(text(part(el, 'step-heading'))).to.equal('Warning signs');
    expect(text(part(el, 'progress-text'))).to.equal('Step 1 of 5');
    expect($(el, '[role="progressbar"]')!.getAttribute('aria-valuemax')).to.equal('5');
    const inputs = [
      ...checklist(el).shadowRoot!.querySelectorAll<HTMLInputElement>('input[data-question]'),
    ];
    expect(inputs.map(i => i.dataset.question)).to.deep.equal([
      'red-flags',
      'red-flags',
      'red-flags',
      'red-flags',
    ]);
    expect(inputs.map(i => i.value)).to.deep.equal([
      'breathing-dizziness',
      'extreme-weakness',
      'fever-stiff-neck',
      '',
    ]);
    expect(text(none(el).closest('label'))).to.equal('None of these');
    await expect(el).to.be.accessible();
    none(el).click();
    await settle(el);
    expect(getGroupStore('default').answers).to.deep.equal({ 'red-flags': [] });
    await expect(el).to.be.accessible();
    await next(el);
    expect(el.step).to.equal('symptoms');
    expect(text(part(el, 'progress-text'))).to.equal('Step 2 of 5');
    expect(focused()).to.equal('#step-heading');
  });

  it('a sign ticked on the first step goes straight to the urgent result, which says what to do now first', async () => {
    const el = await make(html`<myo-self-check cta-href="/find-a-doctor"></myo-self-check>`);
    input(el, 'red-flags', 'breathing-dizziness').click();
    await settle(el);
    expect(el.step).to.equal('result');
    const banner = $<LitElement>(el, 'myo-referral-banner')!;
    expect(banner.getAttribute('level')).to.equal('urgent');
    const alert = banner.shadowRoot!.querySelector('[role="alert"]');
    expect(text(alert)).to.contain('Get medical care now');
    expect(text(alert)).to.contain(
      'Call your local emergency number or go to the nearest emergency department now.',
    );
    const cta = banner.shadowRoot!.querySelector('[part~="cta"]')!;
    expect(alert!.compareDocumentPosition(cta) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    expect(cta.classList.contains('button--secondary')).to.equal(true);
  });

  it('the impact step asks the medicine question, not the warning signs again', async () => {
    const el = await make(html`<myo-self-check step="impact"></myo-self-check>`);
    const asked = new Set(
      [...checklist(el).shadowRoot!.querySelectorAll<HTMLInputElement>('input[data-question]')].map(
        i => i.dataset.question,
      ),
    );
    expect([...asked]).to.deep.equal([
      'duration',
      'sleep-impact',
      'daily-tasks-impact',
      'medication-start',
    ]);
  });

  it('keeps "None of these" going back and forth', async () => {
    const el = await make();
    none(el).click();
    await next(el);
    await next(el);
    (part(el, 'back-button') as HTMLButtonElement).click();
    await settle(el);
    (part(el, 'back-button') as HTMLButtonElement).click();
    await settle(el);
    expect(el.step).to.equal('safety');
    expect(none(el).checked).to.equal(true);
    expect(text(deepActive())).to.equal('Warning signs');
  });

  it('comes first whatever steps says', async () => {
    const el = await make(html`<myo-self-check steps="impact, safety, symptoms"></myo-self-check>`);
    expect(el.step).to.equal('safety');
    expect(text(part(el, 'progress-text'))).to.equal('Step 1 of 4');
    await next(el);
    expect(el.step).to.equal('impact');
  });
});

describe('myo-self-check: a result with nothing reported', () => {
  it('names what is still unanswered, and says nothing of the kind once all is answered', async () => {
    const el = await make();
    el.step = 'result';
    await settle(el);
    const note = () => part(el, 'unanswered');
    expect(text(note())).to.equal(
      'You have not answered: how long, sleep, daily tasks, warning signs, and medicine.',
    );
    await expect(el).to.be.accessible();
    give({
      'red-flags': [],
      duration: 'under-1-month',
      'sleep-impact': false,
      'daily-tasks-impact': false,
      'medication-start': false,
    });
    await settle(el);
    expect(el.assessment.level).to.equal('none');
    expect(note()).to.equal(null);
  });
});

describe('myo-self-check: the disclaimer', () => {
  /** The disclaimers visible in the quiz, its inner elements' included. */
  const shown = (el: MyoSelfCheck) => {
    const found: string[] = [];
    const walk = (root: ShadowRoot) => {
      for (const node of root.querySelectorAll('*')) {
        if (
          node.getAttribute('part')?.split(' ').includes('disclaimer') &&
          node.getClientRects().length
        )
          found.push(text(node));
        if (node.shadowRoot) walk(node.shadowRoot);
      }
    };
    walk(el.shadowRoot!);
    return found;
  };

  it('shows it exactly once on every step, the result included', async () => {
    const el = await make();
    for (const step of ['safety', 'symptoms', 'areas', 'impact', 'result'] as const) {
      el.step = step;
      await settle(el);
      expect(shown(el), step).to.deep.equal([
        'This self-check is for information only. It does not diagnose any condition.',
      ]);
    }
    getGroupStore('default').merge({ 'red-flags': ['extreme-weakness'] });
    await settle(el);
    expect(shown(el), 'urgent').to.have.length(1);
  });
});

describe('myo-self-check: steps and progress', () => {
  it('starts on the warning signs with a labelled progress bar "Step 1 of 5", then the symptoms', async () => {
    const el = await make();
    expect(el.step).to.equal('safety');
    const bar = $(el, '[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuemin')).to.equal('1');
    expect(bar.getAttribute('aria-valuemax')).to.equal('5');
    expect(bar.getAttribute('aria-valuenow')).to.equal('1');
    expect(bar.getAttribute('aria-valuetext')).to.equal('Step 1 of 5');
    expect(bar.getAttribute('aria-label')).to.equal('Progress');
    expect(text(part(el, 'progress-text'))).to.equal('Step 1 of 5');
    expect(checklist(el).getAttribute('sections')).to.equal('safety');
    expect(part(el, 'back-button'), 'no Back on step 1').to.equal(null);
    await next(el);
    expect(el.step).to.equal('symptoms');
    expect(checklist(el).getAttribute('sections')).to.equal('symptoms');
    await next(el);
    expect(el.step).to.equal('areas');
    expect(bar.getAttribute('aria-valuenow')).to.equal('3');
    expect(text(part(el, 'progress-text'))).to.equal('Step 3 of 5');
    expect(el.shadowRoot!.querySelectorAll('[part~="progress-segment-done"]')).to.have.length(2);
    expect($(el, 'myo-body-map')).to.exist;
  });

  it('says "See my result" on the last question step and offers Start again on the result', async () => {
    const el = await make(html`<myo-self-check step="areas"></myo-self-check>`);
    expect(text(part(el, 'next-button'))).to.equal('Next');
    await next(el);
    expect(el.step).to.equal('impact');
    expect(checklist(el).getAttribute('sections')).to.equal('duration,impact,safety');
    expect(text(part(el, 'next-button'))).to.equal('See my result');
    await next(el);
    expect(el.step).to.equal('result');
    expect(part(el, 'next-button')).to.equal(null);
    expect(text(part(el, 'start-again-button'))).to.equal('Start again');
    expect(part(el, 'back-button')).to.exist;
  });

  it('moves focus to the new step heading on Next, Back and a step set from code', async () => {
    const el = await make(html`<myo-self-check step="symptoms"></myo-self-check>`);
    expect(focused(), 'not on first render').not.to.equal('#step-heading');
    await next(el);
    expect(focused()).to.equal('#step-heading');
    expect(text(deepActive())).to.equal('Where it hurts');
    (part(el, 'back-button') as HTMLButtonElement).click();
    await settle(el);
    expect(text(deepActive())).to.equal('Symptoms');
    el.step = 'result';
    await settle(el);
    expect(focused()).to.equal('#step-heading');
    expect(part(el, 'step-heading')!.getAttribute('tabindex')).to.equal('-1');
  });

  it('keeps answers going back and forth', async () => {
    const el = await make(html`<myo-self-check step="symptoms"></myo-self-check>`);
    input(el, 'fatigue').click();
    await next(el);
    await next(el);
    input(el, 'duration', '6-to-12-months').click();
    (part(el, 'back-button') as HTMLButtonElement).click();
    await settle(el);
    (part(el, 'back-button') as HTMLButtonElement).click();
    await settle(el);
    expect(input(el, 'fatigue').checked).to.equal(true);
    await next(el);
    await next(el);
    expect(input(el, 'duration', '6-to-12-months').checked).to.equal(true);
    expect(getGroupStore('default').answers).to.deep.equal({
      fatigue: true,
      duration: '6-to-12-months',
    });
  });

  it('keeps the step and the answers when the language changes mid-quiz', async () => {
    const el = await make(html`<myo-self-check step="symptoms"></myo-self-check>`);
    input(el, 'fatigue').click();
    await next(el);
    await next(el);
    input(el, 'sleep-impact', 'true').click();
    el.lang = 'es';
    await settle(el);
    expect(el.step).to.equal('impact');
    expect(text(part(el, 'step-heading'))).to.equal('Cuánto tiempo y cómo le afecta');
    expect(text(part(el, 'progress-text'))).to.equal('Paso 4 de 5');
    expect(checklist(el).getAttribute('lang')).to.equal('es');
    expect(input(el, 'sleep-impact', 'true').checked).to.equal(true);
    expect(text(part(el, 'next-button'))).to.equal('Ver mi resultado');
    expect(getGroupStore('default').answers).to.deep.equal({ fatigue: true, 'sleep-impact': true });
  });

  it('jumps straight to the result, with the urgent alert, when a warning sign is ticked', async () => {
    const el = await make(
      html`<myo-self-check step="safety" emergency-number="112"></myo-self-check>`,
    );
    const order: string[] = [];
    for (const name of ['myo-change', 'myo-level-change', 'myo-complete'])
      el.addEventListener(name, () => order.push(name));
    const complete = oneEvent(el, 'myo-complete');
    input(el, 'red-flags', 'fever-stiff-neck').click();
    const event = await complete;
    await settle(el);
    expect(el.step).to.equal('result');
    expect(order).to.deep.equal(['myo-change', 'myo-level-change', 'myo-complete']);
    expect(event.detail.assessment.level).to.equal('urgent');
    const banner = $<LitElement>(el, 'myo-referral-banner')!;
    expect(banner.getAttribute('level')).to.equal('urgent');
    expect(text(banner.shadowRoot!.querySelector('[role="alert"]'))).to.contain(
      'Get medical care now',
    );
    expect(focused()).to.equal('#step-heading');
    expect(text(part(el, 'summary'))).to.contain('A high fever and a stiff neck');
  });

  it('does not jump again for a second warning sign while the level is already urgent', async () => {
    const el = await make();
    input(el, 'red-flags', 'fever-stiff-neck').click();
    await settle(el);
    expect(el.step).to.equal('result');
    el.step = 'safety';
    await settle(el);
    input(el, 'red-flags', 'extreme-weakness').click();
    await settle(el);
    expect(el.step, 'still urgent: the visitor stays where they are').to.equal('safety');
    expect(getGroupStore('default').level).to.equal('urgent');
  });

  it('jumps for a warning sign ticked in another element of the group, not for one set by code', async () => {
    const el = await make();
    give({ 'red-flags': ['extreme-weakness'] });
    await settle(el);
    expect(el.step, 'code change').to.equal('safety');
    getGroupStore('default').clear();
    await settle(el);
    getGroupStore('default').merge({ 'red-flags': ['breathing-dizziness'] }, { origin: 'user' });
    await settle(el);
    expect(el.step).to.equal('result');
  });

  it('takes a subset and order of steps; the warning signs are always first, the result last', async () => {
    const el = await make(html`<myo-self-check steps="impact, symptoms"></myo-self-check>`);
    expect(el.step).to.equal('safety');
    expect(text(part(el, 'progress-text'))).to.equal('Step 1 of 4');
    await next(el);
    expect(el.step).to.equal('impact');
    await next(el);
    expect(el.step).to.equal('symptoms');
    expect(text(part(el, 'next-button'))).to.equal('See my result');
    el.steps = 'result,areas';
    await settle(el);
    expect(el.step, 'symptoms is gone').to.equal('safety');
    expect(text(part(el, 'progress-text'))).to.equal('Step 1 of 3');
    await next(el);
    expect(el.step).to.equal('areas');
    el.steps = 'result';
    await settle(el);
    expect(el.step, 'areas is gone').to.equal('safety');
    expect(text(part(el, 'progress-text'))).to.equal('Step 1 of 2');
    await next(el);
    expect(el.step).to.equal('result');
    expect(text(part(el, 'progress-text'))).to.equal('Step 2 of 2');
  });

  it('warns once about unknown steps, then uses the known ones (or all)', async () => {
    let el!: MyoSelfCheck;
    const warnings = await captureWarningsAsync(async () => {
      el = await make(html`<myo-self-check steps="areas,where,result"></myo-self-check>`);
      el.requestUpdate();
      await settle(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<myo-self-check> steps="areas,where,result" is not valid');
    expect(warnings[0]).to.contain('"safety", "symptoms", "areas", "impact", "result"');
    expect(warnings[0]).to.contain('Using "safety,areas,result"');
    expect(text(part(el, 'progress-text'))).to.equal('Step 1 of 3');
    await next(el);

    const more = await captureWarningsAsync(async () => {
      el.steps = 'nonsense';
      await settle(el);
    });
    expect(more).to.have.length(1);
    expect(more[0]).to.contain('Using "safety,symptoms,areas,impact,result"');
    expect(el.step, 'the current step is still there').to.equal('areas');
    expect(text(part(el, 'progress-text'))).to.equal('Step 3 of 5');
  });

  it('warns once for a bad step, mode, threshold-months, emergency-number or cta-href', async () => {
    const warnings = await captureWarningsAsync(async () => {
      const el = await make(
        html`<myo-self-check
          mode="stars"
          threshold-months="soon"
          emergency-number="call us"
          cta-href="javascript:alert(1)"
        ></myo-self-check>`,
      );
      el.step = 'nowhere' as MyoSelfCheck['step'];
      await settle(el);
      expect(el.step).to.equal('safety');
      el.step = 'symptoms';
      await settle(el);
      expect((checklist(el) as LitElement & { mode: string }).mode).to.equal('yes-no');
      el.step = 'result';
      await settle(el);
      const banner = $(el, 'myo-referral-banner')!;
      expect(banner.hasAttribute('threshold-months')).to.equal(false);
      expect(banner.hasAttribute('cta-href')).to.equal(false);
      expect(banner.hasAttribute('emergency-number')).to.equal(false);
    });
    const mine = warnings.filter(w => w.includes('<myo-self-check>'));
    expect(mine, warnings.join('\n')).to.have.length(5);
    expect(warnings, 'inner elements do not warn again').to.have.length(5);
    for (const attr of [
      'mode="stars"',
      'threshold-months="soon"',
      'emergency-number="call us"',
      'cta-href="javascript:alert(1)"',
      'step="nowhere"',
    ])
      expect(
        mine.some(w => w.includes(attr)),
        attr,
      ).to.equal(true);
  });
});

describe('myo-self-check: attributes passed down', () => {
  it('gives its group, language, mode and call to action to the inner elements; they share its threshold through the group', async () => {
    getGroupStore('clinic').merge({ fatigue: true, duration: '6-to-12-months' });
    const el = await make(
      html`<myo-self-check
        group="clinic"
        lang="es"
        mode="severity"
        threshold-months="12"
        cta-href="/doctors"
        cta-label="Find a clinic"
        emergency-number="112"
        step="symptoms"
      ></myo-self-check>`,
    );
    const list = checklist(el);
    expect(list.getAttribute('group')).to.equal('clinic');
    expect(list.getAttribute('lang')).to.equal('es');
    expect(list.getAttribute('mode')).to.equal('severity');
    expect(list.shadowRoot!.querySelectorAll('input[data-question="fatigue"]')).to.have.length(4);
    expect(el.toJSON().assessment.level, '6–12 months is under a 12-month threshold').to.equal(
      'self-care',
    );
    el.step = 'result';
    await settle(el);
    const banner = $(el, 'myo-referral-banner') as MyoReferralBanner;
    expect(banner.getAttribute('cta-href')).to.equal('/doctors');
    expect(banner.getAttribute('cta-label')).to.equal('Find a clinic');
    // threshold and emergency number are group settings: the banner reads them from the group
    expect(banner.hasAttribute('threshold-months')).to.equal(false);
    expect(banner.assessment).to.equal(el.assessment);
    expect(banner.assessment.thresholdMonths).to.equal(12);
    expect(banner.getAttribute('level')).to.equal('self-care');
    el.removeAttribute('threshold-months');
    await settle(el);
    expect(banner.getAttribute('level')).to.equal('see-doctor');
  });

  it('disables its buttons and the inner elements with disabled', async () => {
    const el = await make(html`<myo-self-check disabled step="areas"></myo-self-check>`);
    expect((part(el, 'next-button') as HTMLButtonElement).disabled).to.equal(true);
    expect((part(el, 'back-button') as HTMLButtonElement).disabled).to.equal(true);
    expect($(el, 'myo-body-map')!.hasAttribute('disabled')).to.equal(true);
    el.step = 'result';
    await settle(el);
    expect((part(el, 'copy-button') as HTMLButtonElement).disabled).to.equal(true);
    expect((part(el, 'start-again-button') as HTMLButtonElement).disabled).to.equal(true);
  });
});

describe('myo-self-check: myo-complete', () => {
  it('fires once when the result is reached, and again only after a reset', async () => {
    const el = await make(html`<myo-self-check steps="impact" step="impact"></myo-self-check>`);
    let count = 0;
    let detail: any;
    el.addEventListener('myo-complete', e => {
      count++;
      detail = e.detail;
    });
    input(el, 'sleep-impact', 'true').click();
    await next(el);
    expect(count).to.equal(1);
    expect(detail.group).to.equal('default');
    expect(detail.answers).to.deep.equal({ 'sleep-impact': true });
    expect(detail.assessment.level).to.equal('see-doctor');
    (part(el, 'back-button') as HTMLButtonElement).click();
    await settle(el);
    await next(el);
    expect(count, 'not again on a second visit').to.equal(1);
    el.reset();
    await settle(el);
    expect(el.step, 'back to the warning signs').to.equal('safety');
    await next(el);
    await next(el);
    expect(count).to.equal(2);
  });

  it('does not fire when the step is set from code', async () => {
    const el = await make();
    let fired = false;
    el.addEventListener('myo-complete', () => (fired = true));
    el.step = 'result';
    await settle(el);
    expect(fired).to.equal(false);
  });
});

describe('myo-self-check: keyboard and pointer', () => {
  it('goes through the whole quiz by keyboard alone', async () => {
    const el = await make();
    let complete = 0;
    el.addEventListener('myo-complete', () => complete++);
    const isInput = (q: string, v?: string) => (a: Element | null) =>
      a instanceof HTMLInputElement &&
      a.dataset.question === q &&
      (v === undefined || a.value === v);
    const isPart = (name: string) => (a: Element | null) =>
      !!a?.getAttribute('part')?.split(' ').includes(name);

    await tabTo(isInput('red-flags', ''));
    await sendKeys({ press: ' ' });
    await tabTo(isPart('next-button'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.step).to.equal('symptoms');
    expect(text(deepActive())).to.equal('Symptoms');

    await tabTo(isInput('fatigue'));
    await sendKeys({ press: ' ' });
    await tabTo(isPart('next-button'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.step).to.equal('areas');
    expect(text(deepActive())).to.equal('Where it hurts');

    const area = await tabTo(
      a => a?.getAttribute('role') === 'checkbox' && a.hasAttribute('data-area'),
    );
    const areaId = area.getAttribute('data-area');
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(getGroupStore('default').answers['pain-areas']).to.deep.equal([areaId]);
    await tabTo(isPart('next-button'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.step).to.equal('impact');

    await tabTo(isInput('duration'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(isInput('daily-tasks-impact'));
    await sendKeys({ press: ' ' });
    await tabTo(isPart('next-button'));
    expect(text(deepActive())).to.equal('See my result');
    await sendKeys({ press: 'Enter' });
    await settle(el);

    expect(el.step).to.equal('result');
    expect(complete).to.equal(1);
    const answers = getGroupStore('default').answers;
    expect(answers['red-flags'], '"None of these"').to.deep.equal([]);
    expect(answers.fatigue).to.equal(true);
    expect(answers['daily-tasks-impact']).to.equal(true);
    expect(answers.duration).to.be.oneOf(['1-to-3-months', '3-to-6-months']);
    expect($(el, 'myo-referral-banner')!.getAttribute('level')).to.equal('see-doctor');

    await tabTo(isPart('start-again-button'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.step).to.equal('safety');
    expect(getGroupStore('default').answers).to.deep.equal({});
  });

  it('goes through the quiz by pointer in a 360px viewport', async () => {
    // WebDriver (our WebKit) cannot resize the viewport: there the 360px box alone applies
    const resizable = canResizeViewport;
    if (resizable) await setViewport({ width: 360, height: 640 });
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 360px"><myo-self-check></myo-self-check></div>`,
      );
      const el = wrapper.querySelector('myo-self-check')!;
      await settle(el);
      await click(input(el, 'red-flags', ''));
      await settle(el);
      await click(part(el, 'next-button')!);
      await settle(el);
      await click(input(el, 'stiffness'));
      await settle(el);
      expect(input(el, 'stiffness').checked).to.equal(true);
      await click(part(el, 'next-button')!);
      await settle(el);
      const map = $<LitElement>(el, 'myo-body-map')!;
      await click(
        map.shadowRoot!.querySelector('[role="checkbox"][data-area="lower-back"] .shape')!,
      );
      await settle(el);
      await click(part(el, 'next-button')!);
      await settle(el);
      await click(input(el, 'medication-start', 'true'));
      await settle(el);
      await click(part(el, 'next-button')!);
      await settle(el);
      expect(el.step).to.equal('result');
      expect(getGroupStore('default').answers).to.deep.equal({
        'red-flags': [],
        stiffness: true,
        'pain-areas': ['lower-back'],
        'medication-start': true,
      });
      const next = part(el, 'start-again-button')!.getBoundingClientRect();
      expect(next.width, 'full-width button in a narrow box').to.be.greaterThan(250);
      expect(next.height).to.be.at.least(44);
    } finally {
      if (resizable) await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('myo-self-check: summary for the doctor', () => {
  it('lists symptoms with severity, areas "N of 19", many areas, duration, impact, signs and the date', async () => {
    give(FULL);
    const el = await make(html`<myo-self-check step="result"></myo-self-check>`);
    const summary = part(el, 'summary')!;
    const t = text(summary);
    expect(t).to.contain('Summary for your doctor');
    expect(t).to.contain('Fatigue and low energy: Moderate');
    expect(t).to.contain('Brain fog: Yes');
    expect(t).not.to.contain('Mood changes');
    expect(t).to.contain('5 of 19 areas');
    expect(t).to.contain('Left shoulder');
    expect(t).to.contain('Neck');
    expect(t).to.contain('Pain in many areas');
    expect(t).to.contain('More than 12 months');
    expect(t).to.contain('Does the pain disrupt your sleep? Yes');
    expect(t).to.contain('Does it stop you from doing daily tasks? No');
    // skipped, so "Not answered": never "None reported", which reads as a "no"
    expect(t).to.contain('Along with the muscle pain, do you have any of these? Not answered');
    expect(t).not.to.contain('None reported');
    expect(t).to.contain('Consider seeing a doctor');
    expect(t).to.contain(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date()));
    expect(text(part(el, 'disclaimer'))).to.equal(
      'This self-check is for information only. It does not diagnose any condition.',
    );
    const figure = part(el, 'summary-figure')!;
    expect(figure.getAttribute('aria-hidden'), 'the list says it already').to.equal('true');
    expect(figure.querySelectorAll('svg')).to.have.length(2);
    const drawn = new Set(
      [...figure.querySelectorAll('.area--selected')].map(a => a.getAttribute('data-area')),
    );
    expect([...drawn].sort()).to.deep.equal([...(FULL['pain-areas'] as string[])].sort());
  });

  it('shows the disclaimer on the result even when nothing was reported', async () => {
    const el = await make(html`<myo-self-check step="result"></myo-self-check>`);
    expect(part(el, 'disclaimer')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(text(part(el, 'summary'))).to.contain('Not answered');
    // the map never touched is not "no painful areas"
    expect(text(part(el, 'summary'))).not.to.contain('No areas chosen');
    give({ 'pain-areas': [] });
    await settle(el);
    expect(text(part(el, 'summary'))).to.contain('No areas chosen');
  });

  it('is in Spanish with a Spanish date', async () => {
    give({ 'sleep-impact': true });
    const el = await make(html`<myo-self-check lang="es" step="result"></myo-self-check>`);
    const t = text(part(el, 'summary'));
    expect(t).to.contain('Resumen para su médico');
    expect(t).to.contain('¿El dolor altera su sueño? Sí');
    expect(t).to.contain(new Intl.DateTimeFormat('es', { dateStyle: 'long' }).format(new Date()));
  });

  it('builds the same summary as text, without a diagnosis', () => {
    const summary = buildSummary(FULL, {
      assessment: assess(FULL),
      pack: defaultPack,
      lang: 'en',
      date: new Date(2025, 5, 3),
    });
    const out = summaryToText(summary);
    expect(summary.isoDate).to.equal('2025-06-03');
    expect(summary.areaIds).to.deep.equal([
      'shoulder-left',
      'shoulder-right',
      'hip-left',
      'hip-right',
      'neck',
    ]);
    expect(out.split('\n').slice(0, 3)).to.deep.equal([
      'Summary for your doctor',
      'Muscle pain self-check',
      'Date: June 3, 2025',
    ]);
    expect(out).to.contain(
      'Result: Consider seeing a doctor\n  - pain for more than 3 months\n  - pain that disrupts your sleep',
    );
    expect(out).to.contain('- Fatigue and low energy: Moderate');
    expect(out).to.contain('\nPainful areas: 5 of 19 areas\n  - Left shoulder\n');
    expect(out).to.contain('  - Neck\nPain in many areas\n');
    expect(out).to.contain('\nSymptoms\n- Fatigue and low energy: Moderate\n- Brain fog: Yes\n');
    expect(out).to.contain('- How long have you had this pain? More than 12 months');
    expect(out).to.contain(
      '- Did the pain start after you began a medicine or took a higher dose of it? For example, a statin (a cholesterol medicine). No',
    );
    expect(out.trimEnd().endsWith('It does not diagnose any condition.')).to.equal(true);
    expect(out.toLowerCase()).not.to.match(
      /you have (inomyalgia|fibromyalgia)|diagnosed with|meet the criteria|inomyalgia/,
    );
  });
});

describe('myo-self-check: print, copy, download', () => {
  it('prints with a print stylesheet that shows only the summary', async () => {
    const el = await make(html`<myo-self-check step="result"></myo-self-check>`);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap(sheet => [...sheet.cssRules]);
    const print = rules.filter(
      (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print',
    );
    expect(print.length).to.be.greaterThan(0);
    const printText = print.map(r => r.cssText).join('\n');
    for (const hidden of ['.progress', '.nav', '.actions', '.step--result > :not(.summary)'])
      expect(printText).to.contain(hidden);

    const original = window.print;
    let printed = 0;
    let attributeDuringPrint = false;
    window.print = () => {
      printed++;
      attributeDuringPrint = el.hasAttribute('printing');
    };
    try {
      (part(el, 'print-button') as HTMLButtonElement).click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
    expect(attributeDuringPrint).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(el.hasAttribute('printing')).to.equal(false);
  });

  it('copies the summary as text and says so', async () => {
    give(FULL);
    const el = await make(html`<myo-self-check step="result"></myo-self-check>`);
    const clipboard = navigator.clipboard;
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void (copied = t) },
    });
    try {
      (part(el, 'copy-button') as HTMLButtonElement).click();
      await new Promise(r => setTimeout(r));
      await settle(el);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    expect(copied).to.equal(await el.summaryText());
    expect(copied).to.contain('Painful areas: 5 of 19 areas');
    expect(copied).to.contain('- Fatigue and low energy: Moderate');
    expect(text(part(el, 'status'))).to.equal('Copied to the clipboard');
    expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
  });

  it('shows the text to copy by hand when the clipboard refuses', async () => {
    give({ fatigue: true });
    const el = await make(html`<myo-self-check step="result"></myo-self-check>`);
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    try {
      (part(el, 'copy-button') as HTMLButtonElement).click();
      await new Promise(r => setTimeout(r, 20));
      await settle(el);
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    const area = $<HTMLTextAreaElement>(el, '#copy-fallback')!;
    expect(area.value).to.equal(await el.summaryText());
    expect(focused()).to.equal('#copy-fallback');
    expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
    expect(text(part(el, 'status'))).to.contain('Could not copy');
    await expect(el).to.be.accessible();
  });

  it('gives toJSON() with answers, assessment, pack and date', async () => {
    give(FULL);
    const el = await make();
    const data = el.toJSON();
    expect(data.answers).to.deep.equal(FULL);
    expect(data.assessment).to.deep.equal(assess(FULL));
    expect(data.pack).to.deep.equal({ id: 'inomyalgia', version: '1.0.0' });
    expect(Date.now() - Date.parse(data.date)).to.be.within(0, 60000);
    expect(JSON.parse(JSON.stringify(el)).pack.id).to.equal('inomyalgia');
  });

  it('downloads JSON through an object URL and an <a download>, then revokes the URL', async () => {
    give(FULL);
    const el = await make(html`<myo-self-check step="result"></myo-self-check>`);
    const calls = await captureDownload(el, 'download-json-button');
    expect(calls.filename).to.match(/^myocheck-summary-\d{4}-\d{2}-\d{2}\.json$/);
    expect(calls.href).to.equal('blob:test-url');
    expect(calls.type).to.equal('application/json');
    const data = JSON.parse(calls.body);
    expect(data.answers).to.deep.equal(FULL);
    expect(data.assessment.level).to.equal('see-doctor');
    expect(calls.revoked).to.deep.equal(['blob:test-url']);
    expect(calls.linkLeft, 'the link is removed').to.equal(false);
  });
});

describe('myo-self-check: FHIR', () => {
  it('gives a QuestionnaireResponse for the pack: status, canonical, linkIds', async () => {
    give(FULL);
    const el = await make(html`<myo-self-check lang="es"></myo-self-check>`);
    expect((await el.questionnaireResponse()).status, 'before the result').to.equal('in-progress');
    el.step = 'result';
    await settle(el);
    const response = await el.questionnaireResponse();
    expect(response.resourceType).to.equal('QuestionnaireResponse');
    expect(response.status).to.equal('completed');
    expect(response.questionnaire).to.equal(`${defaultPack.url}|${defaultPack.version}`);
    expect(response.language).to.equal('es');
    const linkIds = (response.item ?? []).flatMap(group => (group.item ?? []).map(i => i.linkId));
    expect(linkIds.sort()).to.deep.equal(Object.keys(FULL).sort());
    const areas = response.item!.flatMap(g => g.item ?? []).find(i => i.linkId === 'pain-areas')!;
    expect(areas.answer!.map(a => ('valueCoding' in a ? a.valueCoding.code : ''))).to.deep.equal(
      FULL['pain-areas'],
    );
  });

  it('downloads the QuestionnaireResponse as a .json file', async () => {
    give(FULL);
    const el = await make(html`<myo-self-check step="result"></myo-self-check>`);
    const calls = await captureDownload(el, 'download-fhir-button');
    expect(calls.filename).to.match(/^myocheck-questionnaire-response-\d{4}-\d{2}-\d{2}\.json$/);
    expect(calls.type).to.equal('application/fhir+json');
    const data = JSON.parse(calls.body);
    expect(data.resourceType).to.equal('QuestionnaireResponse');
    expect(data.status).to.equal('completed');
    expect(data.questionnaire).to.equal('https://myocheck.dev/fhir/Questionnaire/inomyalgia|1.0.0');
    expect(calls.revoked).to.deep.equal(['blob:test-url']);
  });
});

/** Clicks a download button with URL.createObjectURL and <a>.click stubbed; reports what happened. */
async function captureDownload(el: MyoSelfCheck, button: string) {
  const { createObjectURL, revokeObjectURL } = URL;
  const anchorClick = HTMLAnchorElement.prototype.click;
  const delay = downloads.revokeDelay;
  const result = {
    filename: '',
    href: '',
    type: '',
    body: '',
    revoked: [] as string[],
    linkLeft: true,
  };
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return 'blob:test-url';
  };
  URL.revokeObjectURL = (url: string) => void result.revoked.push(url);
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    result.filename = this.download;
    result.href = this.getAttribute('href') ?? '';
  };
  downloads.revokeDelay = 0;
  try {
    (part(el, button) as HTMLButtonElement).click();
    // the FHIR export loads on the first click: wait for the file (up to 5 s)
    for (let i = 0; i < 500 && !blob; i++) await new Promise(r => setTimeout(r, 10));
    await new Promise(r => setTimeout(r, 10));
  } finally {
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
    HTMLAnchorElement.prototype.click = anchorClick;
    downloads.revokeDelay = delay;
  }
  result.type = blob!.type;
  result.body = await blob!.text();
  result.linkLeft = !!el.shadowRoot!.querySelector('a[download]');
  return result;
}

describe('myo-self-check: reset, privacy and persistence', () => {
  it('reset() and Start again clear every answer and go back to step 1', async () => {
    give(FULL);
    const el = await make(html`<myo-self-check step="result"></myo-self-check>`);
    el.reset();
    await settle(el);
    expect(el.step).to.equal('safety');
    expect(getGroupStore('default').answers).to.deep.equal({});

    give(FULL);
    el.step = 'result';
    await settle(el);
    const change = oneEvent(el, 'myo-change');
    (part(el, 'start-again-button') as HTMLButtonElement).click();
    expect((await change).detail.answers).to.deep.equal({});
    await settle(el);
    expect(el.step).to.equal('safety');
    expect(getGroupStore('default').answers).to.deep.equal({});
    expect(focused()).to.equal('#step-heading');
  });

  it('makes no request and stores nothing without persist', async () => {
    const seen: string[] = [];
    const { fetch } = window;
    const open = XMLHttpRequest.prototype.open;
    const beacon = navigator.sendBeacon;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      seen.push(`fetch ${String(args[0])}`);
      return fetch(...args);
    };
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: any[]) {
      seen.push(`xhr ${args[1]}`);
      return (open as any).apply(this, args);
    };
    navigator.sendBeacon = (url: string | URL) => (seen.push(`beacon ${url}`), true);
    const cookie = document.cookie;
    const resources = performance.getEntriesByType('resource').length;
    try {
      const el = await make(html`<myo-self-check step="symptoms"></myo-self-check>`);
      input(el, 'fatigue').click();
      await next(el);
      await next(el);
      input(el, 'duration', '3-to-6-months').click();
      await next(el);
      await captureDownload(el, 'download-json-button');
      await elementUpdated(el);
    } finally {
      window.fetch = fetch;
      XMLHttpRequest.prototype.open = open;
      navigator.sendBeacon = beacon;
    }
    expect(seen).to.deep.equal([]);
    expect(performance.getEntriesByType('resource').length).to.equal(resources);
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal(cookie);
  });

  it('with persist="local", a new element restores the step and answers; Start again removes the key', async () => {
    const key = 'myocheck:inomyalgia:default';
    let el = await make(html`<myo-self-check persist="local"></myo-self-check>`);
    input(el, 'red-flags', '').click();
    await next(el);
    expect(JSON.parse(localStorage.getItem(key)!)).to.deep.include({
      answers: { 'red-flags': [] },
      meta: { step: 'symptoms' },
    });
    input(el, 'fatigue').click();
    await next(el);
    expect(JSON.parse(localStorage.getItem(key)!)).to.deep.include({
      answers: { 'red-flags': [], fatigue: true },
      meta: { step: 'areas' },
    });
    el.remove();
    resetGroupStores(); // as after a reload

    el = await make(html`<myo-self-check persist="local"></myo-self-check>`);
    expect(el.step).to.equal('areas');
    expect(getGroupStore('default').answers).to.deep.equal({ 'red-flags': [], fatigue: true });
    el.step = 'result';
    await settle(el);
    expect(part(el, 'persist-notice')).to.exist;
    (part(el, 'start-again-button') as HTMLButtonElement).click();
    await settle(el);
    expect(el.step).to.equal('safety');
    expect(localStorage.getItem(key)).to.equal(null);
  });
});

describe('myo-self-check: layout', () => {
  it('fits a 320px box without horizontal overflow, using container queries', async () => {
    give(FULL);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><myo-self-check></myo-self-check></div>`,
    );
    const el = wrapper.querySelector('myo-self-check')!;
    for (const step of ['safety', 'symptoms', 'areas', 'impact', 'result'] as const) {
      el.step = step;
      await settle(el);
      const boxes = [el, part(el, 'base')!, ...el.shadowRoot!.querySelectorAll(INNER)];
      for (const box of boxes)
        expect(box.scrollWidth, `${step}: ${box.localName}`).to.be.at.most(box.clientWidth);
    }
    expect(getComputedStyle(el).containerType).to.equal('inline-size');
    expect(getComputedStyle(part(el, 'nav')!).flexDirection).to.equal('column');
    wrapper.style.width = '800px';
    await new Promise(r => requestAnimationFrame(r));
    expect(getComputedStyle(part(el, 'nav')!).flexDirection).to.equal('row');
  });

  it('lays out right to left with dir="rtl"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="width: 600px">
        <myo-self-check step="areas"></myo-self-check>
      </div>`,
    );
    const el = wrapper.querySelector('myo-self-check')!;
    await settle(el);
    const back = part(el, 'back-button')!.getBoundingClientRect();
    const nextButton = part(el, 'next-button')!.getBoundingClientRect();
    expect(back.left, 'Back on the right').to.be.greaterThan(nextButton.left);
  });
});
