/**
 * The render scheduler (src/shared/render-budget.ts): first renders over the task's budget wait
 * for a task of their own, a host hides until the inner elements of its first render are drawn,
 * one helper owns `adoptedStyleSheets`, and a switch turns deferral off or on without faking the
 * clock. `nextTask` is replaced here by a gate the test opens, so every step is deterministic.
 */
import { expect, fixture as plainFixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { resetGroupStores } from '../../src/store/group-store.js';
import { MyoElement } from '../../src/shared/myo-element.js';
import { setDeferral } from '../../src/shared/render-budget.js';
import { RESERVED_HEIGHTS } from '../../src/shared/reserved-heights.js';
import type { MyoSelfCheck } from '../../src/components/self-check/self-check.js';

/** Microtasks only: whatever these let run happens in the current "task". */
const microtasks = async (n = 20) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

type Win = { scheduler?: { yield?: () => Promise<void> } };
const win = globalThis as Win;

/** Replaces the scheduler's next task with a gate: nothing waiting moves on until `open()`. */
function gateTasks() {
  const saved = win.scheduler;
  let waiting: (() => void)[] = [];
  win.scheduler = { yield: () => new Promise<void>(resolve => waiting.push(resolve)) };
  return {
    /** a new task begins: everything that waited for one goes on (microtasks included) */
    async open() {
      await microtasks(); // what this task still had to do, first
      const now = waiting;
      waiting = [];
      now.forEach(resolve => resolve());
      await microtasks();
    },
    restore() {
      win.scheduler = saved;
      waiting.forEach(resolve => resolve());
    },
  };
}

class BudgetInner extends MyoElement {
  override render() {
    return html`<p>inner</p>`;
  }
}
customElements.define('myo-test-budget-inner', BudgetInner);
customElements.define('myo-test-budget-other', class extends BudgetInner {});

/** A host with two inner elements, or one other when `step` is `b`. */
class BudgetHost extends MyoElement {
  static override reservedHeight = '30rem';
  @property() step = 'a';
  override render() {
    return this.step === 'a'
      ? html`<myo-test-budget-inner id="one"></myo-test-budget-inner
          ><myo-test-budget-inner id="two"></myo-test-budget-inner>`
      : html`<myo-test-budget-other></myo-test-budget-other>`;
  }
}
customElements.define('myo-test-budget-host', BudgetHost);

const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize);
const reserveSheets = (el: Element) =>
  el.shadowRoot!.adoptedStyleSheets.filter(s => s.cssRules[0]?.cssText.includes('--myo-reserve'));

describe('the render scheduler', () => {
  let container: HTMLElement;
  let gate: ReturnType<typeof gateTasks>;

  beforeEach(() => {
    resetGroupStores();
    container = document.createElement('div');
    document.body.append(container);
    gate = gateTasks();
    setDeferral('always'); // every task is over its budget at once
  });
  afterEach(() => {
    gate.restore();
    setDeferral('auto');
    container.remove();
  });

  it('a host and two inner elements over budget: the host hides in its space until both are drawn', async () => {
    container.innerHTML = '<myo-test-budget-host></myo-test-budget-host>';
    const host = container.firstElementChild as BudgetHost;
    await microtasks();
    expect(host.hasUpdated, "the host's first render waits for a task").to.equal(false);
    expect(getComputedStyle(host).minHeight, 'in its reserved space').to.equal(`${30 * rem()}px`);
    expect(getComputedStyle(host).visibility, 'shown: nothing of it is drawn').to.equal('visible');
    await gate.open(); // the host's task
    expect(host.hasUpdated).to.equal(true);
    const inner = [...host.shadowRoot!.querySelectorAll<LitElement>('myo-test-budget-inner')];
    expect(
      inner.map(el => el.hasUpdated),
      'both wait for a task',
    ).to.deep.equal([false, false]);
    expect(getComputedStyle(host).visibility, 'no frame without them').to.equal('hidden');
    expect(reserveSheets(host), 'each keeps its own sheet').to.have.length(2);
    let complete = false;
    void host.updateComplete.then(() => (complete = true));
    await microtasks();
    expect(complete, "the host's updateComplete waits for them").to.equal(false);
    await gate.open(); // their task
    expect(inner.map(el => el.hasUpdated)).to.deep.equal([true, true]);
    await host.updateComplete;
    expect(getComputedStyle(host).visibility).to.equal('visible');
    expect(getComputedStyle(host).minHeight, 'the space given back').to.equal('0px');
    expect(reserveSheets(host)).to.have.length(0);
    await expect(host).to.be.accessible();
  });

  it("a shipped element waits in its tag's space from the table the loader's sheet is built from", async () => {
    container.innerHTML =
      '<myo-symptom-checklist></myo-symptom-checklist><myo-body-map></myo-body-map>';
    const [checklist, map] = [...container.children] as LitElement[];
    await microtasks();
    expect([checklist.hasUpdated, map.hasUpdated]).to.deep.equal([false, false]);
    expect(getComputedStyle(checklist).minHeight).to.equal(
      `${parseFloat(RESERVED_HEIGHTS['myo-symptom-checklist']) * rem()}px`,
    );
    expect(getComputedStyle(map).minHeight).to.equal(
      `${parseFloat(RESERVED_HEIGHTS['myo-body-map']) * rem()}px`,
    );
    await gate.open();
    await Promise.all([checklist.updateComplete, map.updateComplete]);
    expect(getComputedStyle(checklist).minHeight, 'given back').to.equal('0px');
  });

  it("a step set in the host's first task draws with the host", async () => {
    container.innerHTML = '<myo-test-budget-host></myo-test-budget-host>';
    const host = container.firstElementChild as BudgetHost;
    await gate.open(); // the host's first render
    expect(getComputedStyle(host).visibility, 'its first inner elements wait').to.equal('hidden');
    host.step = 'b'; // code moves on before the browser paints
    await microtasks();
    const other = host.shadowRoot!.querySelector<LitElement>('myo-test-budget-other')!;
    expect(other.hasUpdated, 'drawn by the render that made it, in this task').to.equal(true);
    await gate.open(); // the removed inner elements' task gives the space back
    await host.updateComplete;
    expect(getComputedStyle(host).visibility).to.equal('visible');
    expect(reserveSheets(host)).to.have.length(0);
  });

  it("the quiz's styles loaded later arrive while its hide sheet is in place: neither drops the other", async () => {
    container.innerHTML = '<myo-self-check></myo-self-check>';
    const quiz = container.firstElementChild as MyoSelfCheck;
    await gate.open(); // the quiz's first render; its first step waits
    const step = quiz.shadowRoot!.querySelector<LitElement>('myo-symptom-checklist')!;
    expect(step.hasUpdated).to.equal(false);
    expect(getComputedStyle(quiz).visibility).to.equal('hidden');
    const own = quiz.shadowRoot!.adoptedStyleSheets.length;
    await quiz.summaryText(); // loads the result's parts, and their styles
    expect(quiz.shadowRoot!.adoptedStyleSheets.length, 'the summary and print sheets').to.equal(
      own + 2,
    );
    expect(getComputedStyle(quiz).visibility, 'still hidden while its step waits').to.equal(
      'hidden',
    );
    await gate.open(); // the step's task
    await quiz.updateComplete;
    expect(step.hasUpdated).to.equal(true);
    expect(getComputedStyle(quiz).visibility).to.equal('visible');
    expect(reserveSheets(quiz), 'the space given back').to.have.length(0);
    expect(quiz.shadowRoot!.adoptedStyleSheets.length, 'the late styles stay').to.equal(own + 1);
  });
});

describe('the render scheduler, deferral off', () => {
  beforeEach(() => {
    resetGroupStores();
    setDeferral('off');
  });
  afterEach(() => setDeferral('auto'));

  it("@open-wc's plain fixture has the quiz and its step drawn, without a fake clock", async () => {
    const quiz = await plainFixture<MyoSelfCheck>(html`<myo-self-check></myo-self-check>`);
    const step = quiz.shadowRoot!.querySelector<LitElement>('myo-symptom-checklist')!;
    expect(step.hasUpdated).to.equal(true);
    expect(step.shadowRoot!.querySelectorAll('input').length).to.be.above(0);
    expect(reserveSheets(quiz)).to.have.length(0);
  });
});
