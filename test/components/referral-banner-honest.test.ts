// Issue 19 in the banner: at self-care it names what is still unanswered instead of saying the
// answers lack the signs; the chest note; threshold-months only takes a duration answer's lower
// bound; level texts read "1 month". The quiz's JSON download carries the disclaimer.
import { expect, html } from '@open-wc/testing';
import '../../src/define/myo-referral-banner.js';
import '../../src/define/myo-self-check.js';
import type { MyoReferralBanner } from '../../src/define/myo-referral-banner.js';
import type { MyoSelfCheck } from '../../src/define/myo-self-check.js';
import { resetWarnings, type Answers } from '../../src/core/index.js';
import { getGroupStore, resetGroupStores } from '../../src/store/group-store.js';
import { captureWarningsAsync, fixture } from '../helpers.js';

async function banner(
  answers: Answers,
  template = html`<myo-referral-banner group="t"></myo-referral-banner>`,
) {
  getGroupStore('t').replace(answers);
  return fixture<MyoReferralBanner>(template);
}
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: HTMLElement, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('<myo-referral-banner>: honest results', () => {
  beforeEach(() => {
    resetGroupStores();
    resetWarnings();
  });

  it('at self-care, names what is unanswered and never says the answers lack the signs', async () => {
    const el = await banner({ fatigue: true });
    expect(el.level).to.equal('self-care');
    const shown = text(el.shadowRoot!.querySelector('[role="status"]'));
    expect(shown).not.to.contain('do not include');
    expect(text(part(el, 'unanswered'))).to.equal(
      'You have not answered: how long, sleep, daily tasks, warning signs, and medicine.',
    );
    await expect(el).to.be.accessible();
  });

  it('names only what is still unanswered, in Spanish too, and nothing once all is answered', async () => {
    const el = await banner(
      {
        'sleep-problems': true,
        'red-flags': [],
        'medication-start': false,
        duration: '1-to-3-months',
      },
      html`<myo-referral-banner group="t" lang="es"></myo-referral-banner>`,
    );
    expect(text(part(el, 'unanswered'))).to.equal('No ha respondido: sueño y tareas diarias.');
    getGroupStore('t').replace({
      'sleep-problems': true,
      'red-flags': [],
      'medication-start': false,
      duration: '1-to-3-months',
      'sleep-impact': false,
      'daily-tasks-impact': false,
    });
    await el.updateComplete;
    expect(el.level).to.equal('self-care');
    expect(part(el, 'unanswered')).to.equal(null);
  });

  it('adds the cited chest note when the chest is chosen, without changing the level', async () => {
    const el = await banner({ 'pain-areas': ['chest'] });
    expect(el.level).to.equal('self-care');
    expect(text(part(el, 'note'))).to.contain('Chest pain can have other causes.');
    expect(text(part(el, 'sources'))).to.contain('NHS');
    await expect(el).to.be.accessible();
    getGroupStore('t').replace({ 'pain-areas': ['neck'] });
    await el.updateComplete;
    expect(part(el, 'note')).to.equal(null);
  });

  it('threshold-months="4" warns (element, attribute, value, allowed values) and keeps 3', async () => {
    let el!: MyoReferralBanner;
    const warnings = await captureWarningsAsync(async () => {
      el = await banner(
        { duration: '3-to-6-months' },
        html`<myo-referral-banner group="t" threshold-months="4"></myo-referral-banner>`,
      );
    });
    expect(el.assessment.thresholdMonths).to.equal(3);
    expect(el.level).to.equal('see-doctor');
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.contain('<myo-referral-banner> threshold-months=4')
      .and.contain('1, 3, 6, 12')
      .and.contain('Using 3');
  });

  it('threshold-months="1": "more than 1 month", "más de 1 mes"', async () => {
    const el = await banner(
      { fatigue: true },
      html`<myo-referral-banner group="t" threshold-months="1"></myo-referral-banner>`,
    );
    expect(text(part(el, 'body'))).to.contain('more than 1 month,');
    el.lang = 'es';
    await el.updateComplete;
    expect(text(part(el, 'body'))).to.contain('más de 1 mes,');
  });

  it('the quiz’s JSON download carries the disclaimer, in the visitor’s language', async () => {
    const el = await fixture<MyoSelfCheck>(html`<myo-self-check lang="es"></myo-self-check>`);
    expect(el.toJSON().disclaimer).to.equal(
      'Esta autoevaluación es solo informativa. No diagnostica ninguna enfermedad.',
    );
  });
});
