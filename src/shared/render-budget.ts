/**
 * How a first render is scheduled (see docs/architecture.md, "How a first render is
 * scheduled"): the render scheduler every myocheck element inherits, in one module.
 *
 * - A **task** is a token (`Task`), made by the first myocheck work of a main-thread task (this
 *   module's evaluation, an element's upgrade, a first render) and dropped when the next task
 *   begins. Tokens are compared, never timestamps.
 * - Once a task has spent `TASK_BUDGET_MS` on myocheck, an element's first render waits for a
 *   task of its own, keeping the space the loader reserved (`reservedHeight`) meanwhile.
 * - An element inside a `RenderHost`'s shadow root that comes with the host's first render, in
 *   that same task, may wait too: the host is hidden in its space until then, and its
 *   `updateComplete` waits for it. Any later inner element draws with its host.
 * - `adoptSheets()` owns every change to an element's `adoptedStyleSheets` (the reserved space,
 *   the hide sheet, styles loaded later), so no owner can drop another's sheet.
 * - `setDeferral('off')` renders every element at once (component tests use @open-wc's plain
 *   `fixture`); `'always'` puts off every first render that may wait (tests of this module).
 *
 * The state is shared by every copy of myocheck on the page (a host may be another copy's).
 * @module
 */
import { adoptStyles, LitElement, supportsAdoptingStyleSheets, type CSSResultOrNative } from 'lit';
import { RESERVED_HEIGHTS } from './reserved-heights.js';

/**
 * The share of a task that first renders may take: 10 ms, so that a task that also runs the
 * page's scripts and the browser's style and layout stays under 50 ms (the Long Tasks API's
 * "long task", the unit of total blocking time) on a phone-speed CPU.
 */
export const TASK_BUDGET_MS = 10;

/** `auto`: first renders wait past the budget; `off`: never; `always`: whenever they may. */
export type Deferral = 'auto' | 'off' | 'always';

/** A main-thread task, as a token: two are the same task only if they are the same object. */
export interface Task {
  /** when myocheck's work in it began (`performance.now()`) */
  readonly start: number;
}

/** An element whose shadow root holds inner myocheck elements (every myocheck element is one). */
export interface RenderHost extends Element {
  /** The task of its first render, while that is its only render. */
  readonly firstRenderTask: Task | undefined;
  /** Makes `updateComplete` wait for `work`. */
  waitFor(work: Promise<unknown>): void;
  /** Keeps its reserved space (hidden, if asked) for `owner`; returns what gives it back. */
  keepSpace(owner: object, hide: boolean): () => void;
}

interface Shared {
  task?: Task;
  deferral: Deferral;
  hosts: WeakMap<Element, RenderHost>;
  /** the sheets each owner added to an element, in the order the owners came */
  sheets: WeakMap<Element, Map<unknown, CSSResultOrNative[]>>;
}
const KEY = Symbol.for('myocheck.render-budget');
const shared: Shared = ((globalThis as Record<symbol, Shared>)[KEY] ??= {
  deferral: 'auto',
  hosts: new WeakMap(),
  sheets: new WeakMap(),
});

/** @internal How first renders are scheduled from now on (for tests; default `auto`). */
export function setDeferral(mode: Deferral): void {
  shared.deferral = mode;
}

/**
 * @internal Waits for a new task: the browser may paint and handle input in between.
 * `scheduler.yield()` where there is one; else a message to ourselves, which, unlike a timer,
 * is not slowed down. Awaited after another call, it resolves after that one.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return Promise.resolve(); // Node: no tasks to share
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise(resolve => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The current task's token, made by the first call in a task (`fresh`: we know it is new). */
function currentTask(fresh = false): Task {
  if (fresh || !shared.task) {
    const task: Task = { start: typeof performance === 'undefined' ? 0 : performance.now() };
    shared.task = task;
    void nextTask().then(() => {
      if (shared.task === task) shared.task = undefined;
    });
  }
  return shared.task;
}
currentTask(); // evaluating the library's code counts for its task

/** Has the current task already spent its share of time on myocheck? */
function overBudget(): boolean {
  const { deferral } = shared;
  if (deferral !== 'auto') return deferral === 'always';
  return performance.now() - currentTask().start > TASK_BUDGET_MS;
}

/**
 * @internal Sets the sheets `owner` adds to `el`'s shadow root (none: `undefined`), after the
 * element's own styles and every other owner's: the only writer of `adoptedStyleSheets` for
 * myocheck's elements.
 */
export function adoptSheets(el: LitElement, owner: unknown, sheets?: CSSResultOrNative[]): void {
  const root = el.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  // no constructable sheets (old engines): Lit adds style elements, which cannot be taken back
  if (!supportsAdoptingStyleSheets) return void (sheets && adoptStyles(root, sheets));
  let byOwner = shared.sheets.get(el);
  if (!byOwner) shared.sheets.set(el, (byOwner = new Map()));
  if (sheets) byOwner.set(owner, sheets);
  else byOwner.delete(owner);
  adoptStyles(root, [
    ...(el.constructor as typeof LitElement).elementStyles,
    ...[...byOwner.values()].flat(),
  ]);
}

/**
 * @internal The scheduler's side of every myocheck element: its first render may wait for a
 * task of its own, keeping its reserved space, and its `updateComplete` waits for the work it
 * was given (`waitFor`). Not registered; `MyoElement` extends it.
 */
export class ScheduledElement extends LitElement implements RenderHost {
  /**
   * @internal The space the element keeps until its first render, when a subclass sets one;
   * unset, its tag's in RESERVED_HEIGHTS (src/shared/reserved-heights.ts), the table the
   * loader's style sheet is built from. None in either: no space kept.
   */
  static reservedHeight = '';

  /** @internal */
  firstRenderTask: Task | undefined;

  /** @internal work `updateComplete` waits for (a language, a pack, an inner element's render) */
  private pendingWork = new Set<Promise<unknown>>();

  constructor() {
    super();
    currentTask(); // an upgrade's time counts for its task's budget
    shared.hosts.set(this, this);
  }

  /** @internal makes `updateComplete` wait for `work` (and the render that follows it) */
  waitFor(work: Promise<unknown>): void {
    const tracked = work.finally(() => this.pendingWork.delete(tracked));
    this.pendingWork.add(tracked);
  }

  /** @internal keeps the reserved space (hidden, if asked) for `owner`; returns its release */
  keepSpace(owner: object, hide: boolean): () => void {
    const heights: Readonly<Record<string, string>> = RESERVED_HEIGHTS;
    const height =
      (this.constructor as typeof ScheduledElement).reservedHeight || heights[this.localName];
    if (!height || !supportsAdoptingStyleSheets) return () => {};
    const kept = new CSSStyleSheet();
    kept.replaceSync(
      `:host{min-height:var(--myo-reserve-height,${height})${hide ? ';visibility:hidden' : ''}}`,
    );
    adoptSheets(this, owner, [kept]);
    return () => adoptSheets(this, owner);
  }

  /**
   * @internal A first render waits for a task of its own when the current one has spent its
   * budget, so upgrading many widgets (or a quiz and its step) never makes one long task.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || !overBudget()) return this.draw();
    const root = this.getRootNode();
    const host = root instanceof ShadowRoot ? shared.hosts.get(root.host) : undefined;
    // inside a host: wait only in the task of the host's first render (the host then hides)
    if (host && host.firstRenderTask !== currentTask()) return this.draw();
    const release = (host ?? this).keepSpace(this, Boolean(host));
    const drawn = nextTask()
      .then(() => {
        currentTask(true); // a new task, a new budget
        return this.draw();
      })
      .finally(release); // in a microtask of the same task: before the browser paints
    host?.waitFor(drawn);
    return drawn;
  }

  /** Renders, noting the task of the first render. */
  private draw(): void | Promise<unknown> {
    this.firstRenderTask = this.hasUpdated ? undefined : currentTask();
    return super.scheduleUpdate();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pendingWork.size) {
      await Promise.allSettled([...this.pendingWork]);
      result = await super.getUpdateComplete();
    }
    return result;
  }
}

/**
 * Runs `work` when the browser is idle (within `timeout` ms), or soon where it cannot tell
 * (Safari before 18 has no `requestIdleCallback`).
 */
export function whenIdle(work: () => void, timeout = 1000): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout });
  else setTimeout(work, 200);
}
