/**
 * Upgrading many elements at once: once a task has spent 10 ms on first renders, the next
 * element renders in a task of its own (so no long task on a slow phone). Meanwhile it keeps
 * the space the loader reserved for it. The quiz's first step may wait too, the quiz hidden in
 * its space meanwhile; a later step renders with the quiz.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { html, type LitElement } from 'lit';
import { resetGroupStores } from '../../src/store/group-store.js';
import { MyoElement } from '../../src/shared/myo-element.js';
import { nextTask, setDeferral } from '../../src/shared/render-budget.js';
import { settleTree } from '../helpers.js';

/** Microtasks only: whatever these let run happens in the current task. */
const microtasks = async (n = 20) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

/** Resolves in a microtask of the task in which `el` next changes its shadow DOM. */
const committed = (el: Element) =>
  new Promise<void>(resolve =>
    new MutationObserver((_, observer) => {
      observer.disconnect();
      resolve();
    }).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true }),
  );

describe('upgrading elements', () => {
  const realNow = performance.now;
  let container: HTMLElement;

  beforeEach(() => {
    resetGroupStores();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    performance.now = realNow;
    setDeferral('auto');
    container.remove();
  });

  /** Each task is over its budget at once: every first render that may wait, waits. */
  const slowClock = () => setDeferral('always');

  it('a first render put off to a new task keeps the reserved space until it is drawn', async () => {
    slowClock();
    container.innerHTML = '<myo-symptom-checklist></myo-symptom-checklist>';
    const el = container.firstElementChild as LitElement;
    await microtasks();
    expect(el.hasUpdated, 'waits for a task of its own').to.equal(false);
    expect(getComputedStyle(el).minHeight).to.equal(
      `${36 * parseFloat(getComputedStyle(document.documentElement).fontSize)}px`,
    );
    el.style.setProperty('--myo-reserve-height', '123px');
    expect(getComputedStyle(el).minHeight, 'the page sets it').to.equal('123px');
    await el.updateComplete;
    expect(el.hasUpdated).to.equal(true);
    expect(getComputedStyle(el).minHeight, 'given back once drawn').to.equal('0px');
    expect(
      el.shadowRoot!.adoptedStyleSheets.some(s => s.cssRules[0]?.cssText.includes('min-height')),
    ).to.equal(false);
  });

  it("an element's upgrade counts for its task's budget: after a slow one it draws in a new task", async () => {
    await new Promise(resolve => setTimeout(resolve)); // a new task
    await nextTask(); // after the scheduler's own: the last task's token is gone
    let t = realNow.call(performance);
    performance.now = () => t;
    const el = document.createElement('myo-symptom-checklist') as LitElement; // the clock starts
    t += 15; // the upgrade (constructor, connecting, the page's own work) took 15 ms
    container.append(el);
    await microtasks();
    expect(el.hasUpdated, 'waits for a task of its own').to.equal(false);
    await el.updateComplete;
    expect(el.hasUpdated).to.equal(true);
  });

  it("the quiz's first step drawn in a task of its own: the quiz stays hidden in its space until then", async () => {
    slowClock();
    container.innerHTML = '<myo-self-check></myo-self-check>';
    const quiz = container.firstElementChild as LitElement;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    // the quiz's own first render (in a task of its own: the clock says it is over budget),
    // seen from a microtask of that same task
    await committed(quiz);
    const inner = quiz.shadowRoot!.querySelector('myo-symptom-checklist') as LitElement;
    expect(inner, 'the first step').to.exist;
    await microtasks();
    expect(inner.hasUpdated, 'the step waits for a task of its own').to.equal(false);
    const style = getComputedStyle(quiz);
    expect(style.visibility, 'no frame of the quiz without its step').to.equal('hidden');
    expect(style.minHeight, 'in the space it keeps').to.equal(`${35.5 * rem}px`);
    await quiz.updateComplete; // waits for the step
    expect(inner.hasUpdated).to.equal(true);
    expect(getComputedStyle(quiz).visibility).to.equal('visible');
    expect(getComputedStyle(quiz).minHeight, 'given back once drawn').to.equal('0px');
    expect(inner.shadowRoot!.querySelectorAll('input').length).to.be.greaterThan(0);
  });

  it("a later step's element draws in its host's task, never a frame later", async () => {
    container.innerHTML = '<myo-self-check></myo-self-check>';
    const quiz = container.firstElementChild as LitElement & { step: string };
    await settleTree(container);
    await new Promise(resolve => setTimeout(resolve)); // the quiz has been on screen
    slowClock();
    quiz.step = 'areas';
    await committed(quiz); // seen from a microtask of the step's task
    const inner = quiz.shadowRoot!.querySelector('myo-body-map') as LitElement;
    expect(inner, 'the body map step').to.exist;
    await microtasks();
    expect(inner.hasUpdated, 'drawn before any new task').to.equal(true);
    expect(getComputedStyle(quiz).visibility).to.equal('visible');
  });

  it("a step a later render draws, in the same task as the quiz's first, draws with the quiz; focus moves to it once shown", async () => {
    slowClock();
    container.innerHTML = '<myo-self-check></myo-self-check>';
    const quiz = container.firstElementChild as LitElement & { step: string };
    await committed(quiz); // the quiz's first render, in its task
    quiz.step = 'areas'; // code moves on before the browser has painted
    await committed(quiz);
    const inner = quiz.shadowRoot!.querySelector('myo-body-map') as LitElement;
    expect(inner, 'the body map step').to.exist;
    await microtasks();
    expect(inner.hasUpdated, 'drawn by the render that made it, not in a new task').to.equal(true);
    await quiz.updateComplete;
    expect(getComputedStyle(quiz).visibility).to.equal('visible');
    expect(quiz.shadowRoot!.activeElement?.id, 'focus on the new step').to.equal('step-heading');
  });

  it('an element upgraded inside a host already on screen (its chunk came late) draws with it, never hiding it', async () => {
    // a host drawn once, whose inner element is defined only later
    class LateHost extends MyoElement {
      static override reservedHeight = '30rem';
      override render() {
        return html`<myo-test-late-inner></myo-test-late-inner>`;
      }
    }
    customElements.define('myo-test-late-host', LateHost);
    container.innerHTML = '<myo-test-late-host></myo-test-late-host>';
    const host = container.firstElementChild as LateHost;
    await host.updateComplete;
    await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve))); // on screen
    // and the host's task is over for the scheduler too: its token is dropped by a message
    // posted in that task (WebKit, which has no scheduler.yield), which a later message follows
    await new Promise<void>(resolve => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
    slowClock();
    customElements.define(
      'myo-test-late-inner',
      class extends MyoElement {
        override render() {
          return html`<p>late</p>`;
        }
      },
    );
    const inner = host.shadowRoot!.querySelector('myo-test-late-inner') as LitElement;
    await microtasks();
    expect(inner.hasUpdated, 'drawn in the task it was upgraded in').to.equal(true);
    expect(getComputedStyle(host).visibility, 'the host is not hidden').to.equal('visible');
    expect(getComputedStyle(host).minHeight, 'nor grown to its reserved space').to.equal('0px');
  });

  it('with the real clock, ten elements at once: all drawn, each group working', async () => {
    container.innerHTML = Array.from(
      { length: 10 },
      (_, i) => `<myo-symptom-checklist group="u${i}"></myo-symptom-checklist>`,
    ).join('');
    await settleTree(container);
    const all = [...container.querySelectorAll<LitElement>('myo-symptom-checklist')];
    expect(all.filter(el => !el.shadowRoot!.querySelector('input')).length).to.equal(0);
  });
});
