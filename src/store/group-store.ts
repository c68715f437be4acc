import { defaultPack } from '../core/default-pack.js';
import { assess, normalizeAnswers } from '../core/engine.js';
import { validatePack } from '../core/validate.js';
import { describeValue, warnOnce } from '../core/warn.js';
import type {
  AnswerValue,
  Answers,
  AssessOptions,
  Assessment,
  ContentPack,
} from '../core/types.js';

/** Where a change came from: a visitor's action, or code (a property set, a reset from code). */
export type ChangeOrigin = 'user' | 'code';

export interface StoreChange {
  origin: ChangeOrigin;
  /** The element whose user action made the change, if any. */
  source?: EventTarget;
}

export type PersistMode = 'session' | 'local';
export const PERSIST_MODES = ['session', 'local'] as const;

type Listener = (store: GroupStore, change: StoreChange) => void;

const STORAGE_PREFIX = 'myocheck';

/**
 * One set of answers shared by every element with the same `group`. Plain data plus a list
 * of listeners; storage is touched only after `persist()` is called (the page opted in).
 */
export class GroupStore {
  readonly name: string;
  private _answers: Answers = {};
  private _pack: ContentPack = defaultPack;
  private _packId = '';
  private listeners = new Set<Listener>();
  private persistMode: PersistMode | undefined;
  /** Extra state saved alongside the answers (the quiz's current step). */
  private _meta: Record<string, unknown> = {};

  constructor(name: string) {
    this.name = name;
  }

  /** The answers, a frozen copy: change them with `set`, `merge` or `clear`. */
  get answers(): Readonly<Answers> {
    return this._answers;
  }

  get pack(): ContentPack {
    return this._pack;
  }

  get meta(): Readonly<Record<string, unknown>> {
    return this._meta;
  }

  /** How many elements listen (for tests that count released subscriptions). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  get persistence(): PersistMode | undefined {
    return this.persistMode;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  assess(options: Omit<AssessOptions, 'pack'> = {}): Assessment {
    return assess(this._answers, { ...options, pack: this._pack });
  }

  /** Sets one answer; `undefined` clears it. */
  set(id: string, value: AnswerValue | undefined, change: StoreChange = { origin: 'code' }): void {
    this.merge({ [id]: value }, change);
  }

  /** Sets several answers at once; `undefined` values clear. */
  merge(
    values: Record<string, AnswerValue | undefined>,
    change: StoreChange = { origin: 'code' },
  ): void {
    const next = { ...this._answers };
    for (const [id, value] of Object.entries(values)) {
      if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[id];
      else next[id] = Array.isArray(value) ? [...value] : value;
    }
    this.commit(next, change);
  }

  /** Replaces every answer (invalid ones are dropped with a warning). */
  replace(answers: unknown, change: StoreChange = { origin: 'code' }): void {
    const { answers: clean, problems } = normalizeAnswers(answers, this._pack);
    for (const p of problems) warnOnce(`group "${this.name}": ${p}; ignored.`);
    this.commit(clean, change);
  }

  /** Clears every answer, the extra state and the stored copy. */
  clear(change: StoreChange = { origin: 'code' }): void {
    this._meta = {};
    this.removeStored();
    this.commit({}, change);
  }

  setMeta(key: string, value: unknown): void {
    this._meta = { ...this._meta, [key]: value };
    this.save();
  }

  /**
   * Uses the content pack in `<script type="application/json" id="…">`. A missing element,
   * bad JSON or an invalid pack gives one warning and the default pack.
   */
  usePack(elementId: string, tag: string): void {
    const id = elementId.trim();
    if (id === this._packId) return;
    this._packId = id;
    const pack = id ? loadPack(id, tag) : defaultPack;
    if (pack === this._pack) return;
    this._pack = pack;
    const { answers } = normalizeAnswers(this._answers, pack);
    this.commit(answers, { origin: 'code' });
  }

  /** Opts in to keeping the answers in session or local storage; restores a stored copy. */
  persist(mode: PersistMode | undefined): void {
    if (mode === this.persistMode) return;
    this.persistMode = mode;
    if (!mode) return;
    const stored = this.readStored();
    if (stored && Object.keys(this._answers).length === 0) {
      const { answers } = normalizeAnswers(stored.answers, this._pack);
      this._meta = stored.meta && typeof stored.meta === 'object' ? stored.meta : {};
      this.commit(answers, { origin: 'code' });
    } else this.save();
  }

  /** The storage key, namespaced by group and pack. */
  get storageKey(): string {
    return `${STORAGE_PREFIX}:${this._pack.id}:${this.name}`;
  }

  private storage(): Storage | undefined {
    if (!this.persistMode) return undefined;
    try {
      return this.persistMode === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
    } catch {
      return undefined; // storage blocked by the browser: keep answers in memory only
    }
  }

  private readStored(): { answers: unknown; meta?: Record<string, unknown> } | undefined {
    try {
      const raw = this.storage()?.getItem(this.storageKey);
      if (!raw) return undefined;
      const parsed = JSON.parse(raw);
      return parsed && typeof parsed === 'object' ? parsed : undefined;
    } catch {
      return undefined;
    }
  }

  private save(): void {
    const storage = this.storage();
    if (!storage) return;
    try {
      if (Object.keys(this._answers).length === 0 && Object.keys(this._meta).length === 0)
        storage.removeItem(this.storageKey);
      else
        storage.setItem(
          this.storageKey,
          JSON.stringify({ v: 1, answers: this._answers, meta: this._meta }),
        );
    } catch {
      // quota or privacy mode: nothing is lost on the page itself
    }
  }

  private removeStored(): void {
    try {
      this.storage()?.removeItem(this.storageKey);
    } catch {}
  }

  private commit(next: Answers, change: StoreChange): void {
    this._answers = Object.freeze(next) as Answers;
    this.save();
    for (const listener of [...this.listeners]) listener(this, change);
  }
}

function loadPack(id: string, tag: string): ContentPack {
  const el = typeof document === 'undefined' ? null : document.getElementById(id);
  if (!el || !(el instanceof HTMLScriptElement) || el.type !== 'application/json') {
    warnOnce(
      `<${tag}> content=${describeValue(id)} is not valid: expected the id of a <script type="application/json"> element on the page. Using the default content.`,
    );
    return defaultPack;
  }
  let data: unknown;
  try {
    data = JSON.parse(el.textContent ?? '');
  } catch (error) {
    warnOnce(
      `<${tag}> content=${describeValue(id)}: the JSON could not be parsed (${String(error)}). Using the default content.`,
    );
    return defaultPack;
  }
  const problems = validatePack(data);
  if (problems.length) {
    const list = problems
      .slice(0, 5)
      .map(p => `${p.path || '(root)'}: ${p.message}`)
      .join('; ');
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    warnOnce(
      `<${tag}> content=${describeValue(id)} is not a valid content pack: ${list}${more}. Using the default content.`,
    );
    return defaultPack;
  }
  return data as ContentPack;
}

// One registry per page, shared by every copy of the library that is loaded.
const REGISTRY_KEY = Symbol.for('myocheck.groups');
type Registry = Map<string, GroupStore>;
const registry: Registry =
  ((globalThis as Record<symbol, unknown>)[REGISTRY_KEY] as Registry | undefined) ??
  ((globalThis as Record<symbol, unknown>)[REGISTRY_KEY] = new Map());

/** The store of a group, created on first use. */
export function getGroupStore(name: string): GroupStore {
  let store = registry.get(name);
  if (!store) {
    store = new GroupStore(name);
    registry.set(name, store);
  }
  return store;
}

/** Forgets every group (for tests). */
export function resetGroupStores(): void {
  registry.clear();
}
