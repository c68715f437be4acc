import { defaultPack } from '../core/default-pack.js';
import { assess, normalizeAnswers } from '../core/engine.js';
import { languageVersion } from '../core/languages.js';
import { lazyImport } from '../core/lazy.js';
import { describeValue, warnOnce } from '../core/warn.js';
import type { AnswerValue, Answers, Assessment, ContentPack, Level } from '../core/types.js';

/** Where a change came from: a visitor's action, or code (a property set, a reset from code). */
export type ChangeOrigin = 'user' | 'code';

export interface StoreChange {
  origin: ChangeOrigin;
  /** The element whose user action made the change, if any. */
  source?: EventTarget;
  /** The group's level before a user's change, when the element that made it knew it. */
  before?: Level;
}

export type PersistMode = 'session' | 'local';
export const PERSIST_MODES = ['session', 'local'] as const;

/**
 * The settings that hold for a whole group, whichever element of the group carries them:
 * `undefined` means "not set here".
 */
export interface GroupSettings {
  /** `persist`: opt-in storage of the answers. */
  persist?: PersistMode;
  /** `content`: the id of a `<script type="application/json">` holding a content pack. */
  content?: string;
  /** `threshold-months`: months of pain after which a doctor is suggested. */
  thresholdMonths?: number;
  /** `emergency-number`: the publisher's emergency number, shown with a warning sign. */
  emergencyNumber?: string;
}

/** Each group setting's attribute, for warnings. */
export const GROUP_SETTING_ATTRIBUTES: Record<keyof GroupSettings, string> = {
  persist: 'persist',
  content: 'content',
  thresholdMonths: 'threshold-months',
  emergencyNumber: 'emergency-number',
};
const SETTING_KEYS = Object.keys(GROUP_SETTING_ATTRIBUTES) as (keyof GroupSettings)[];

/** An element of a group, as the store sees it (a plain object will do in tests). */
export interface GroupMember {
  readonly localName: string;
  readonly id?: string;
  /** In the page (an element's `isConnected`): members in the page take document order. */
  readonly isConnected?: boolean;
}

type Listener = (store: GroupStore, change: StoreChange) => void;

const STORAGE_PREFIX = 'myocheck';
/** The elements that show the group's "answers are stored" notice when none carries `persist`. */
const NOTICE_HOSTS = ['myo-symptom-checklist', 'myo-body-map', 'myo-self-check'];

const isEmpty = (record: object) => Object.keys(record).length === 0;
const nameOf = (member: GroupMember) =>
  `<${member.localName}${member.id ? ` id="${member.id}"` : ''}>`;

/**
 * Where a node stands in the page, outermost first: the shadow hosts that hold it, then the
 * node (a shadow host's place stands for everything in its shadow root, before its children).
 */
const placeOf = (node: Node): Node[] => {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? [...placeOf(root.host), node] : [node];
};

/** Document order of two connected nodes, across shadow roots (see `placeOf`). */
const documentOrder = (a: GroupMember, b: GroupMember): number => {
  const x = placeOf(a as unknown as Node);
  const y = placeOf(b as unknown as Node);
  let i = 0;
  while (x[i] && x[i] === y[i]) i++;
  // the one whose shadow root holds the other comes first
  return !x[i] ? -1 : !y[i] ? 1 : x[i].compareDocumentPosition(y[i]) & 4 ? -1 : 1;
};

/**
 * One group's truth: its answers, its settings (given by whichever elements of the group
 * carry them) and the one assessment every element of the group shows. Plain data plus a
 * list of listeners; storage is touched only while a member sets `persist`.
 */
export class GroupStore {
  readonly name: string;
  private _answers: Answers = Object.freeze({}) as Answers;
  private _pack: ContentPack = defaultPack;
  private _settings: Readonly<GroupSettings> = {};
  private listeners = new Set<Listener>();
  /** Members in the order they joined (connected), with the settings each carries. */
  private claims = new Map<GroupMember, GroupSettings>();
  /** Extra state saved alongside the answers (the quiz's current step). */
  private _meta: Record<string, unknown> = {};
  /** The `content` id the pack in force came from (`undefined`: the default pack). */
  private packContent: string | undefined;
  /** A pack being loaded; storage waits for it, since the key depends on the pack. */
  private loading?: Promise<void>;
  /** Where the answers are kept now, when the group stores them. */
  private storedAt?: { mode: PersistMode; key: string };
  /** A member left in this task; the settings are resolved again after it. */
  private leaving = false;
  /** The assessment of the current answers and settings, by language. */
  private assessments = new Map<string, Assessment>();

  constructor(name: string) {
    this.name = name;
  }

  /** The answers, a frozen copy: change them with `set`, `merge` or `clear`. */
  get answers(): Readonly<Answers> {
    return this._answers;
  }

  /** The content pack in force for the group. */
  get pack(): ContentPack {
    return this._pack;
  }

  /** The group's settings in force (each from the first member in document order that sets it). */
  get settings(): Readonly<GroupSettings> {
    return this._settings;
  }

  get meta(): Readonly<Record<string, unknown>> {
    return this._meta;
  }

  /** How many elements listen (for tests that count released subscriptions). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** The storage the group uses, or `undefined` while it stores nothing. */
  get persistence(): PersistMode | undefined {
    return this._settings.persist;
  }

  /** The members, in the order they joined. */
  get members(): GroupMember[] {
    return [...this.claims.keys()];
  }

  /** The group settings `member` carries, as it last handed them over. */
  settingsOf(member: GroupMember): Readonly<GroupSettings> | undefined {
    return this.claims.get(member);
  }

  /**
   * The member that shows the "answers are stored" notice besides those that carry
   * `persist`: the group's first checklist, body map or quiz.
   */
  get noticeHost(): GroupMember | undefined {
    return this.members.find(m => NOTICE_HOSTS.includes(m.localName));
  }

  /** Settles when the group's content pack is in place (`undefined` unless one is loading). */
  get ready(): Promise<void> | undefined {
    return this.loading;
  }

  /** The storage key, namespaced by pack and group. */
  get storageKey(): string {
    return `${STORAGE_PREFIX}:${this._pack.id}:${this.name}`;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The group's assessment: one per change of answers or settings, shared by every element
   * (computed once per language in use, for the wording of its reasons).
   */
  assessment(lang = 'en'): Assessment {
    const key = `${languageVersion()}:${lang}`; // a language that arrives rewords the reasons
    let result = this.assessments.get(key);
    if (!result) {
      result = assess(this._answers, {
        pack: this._pack,
        lang,
        thresholdMonths: this._settings.thresholdMonths,
        emergencyNumber: this._settings.emergencyNumber,
      });
      this.assessments.set(key, result);
    }
    return result;
  }

  /** The group's level now (the same in every language). */
  get level(): Level {
    return (this.assessments.values().next().value ?? this.assessment()).level;
  }

  /**
   * Adds a member (or updates the settings it carries). The first member in document order
   * to set a setting gives it; another that disagrees gets one warning naming both.
   */
  join(member: GroupMember, settings: GroupSettings = {}): void {
    const previous = this.claims.get(member);
    if (previous && SETTING_KEYS.every(k => previous[k] === settings[k])) return;
    this.claims.set(member, { ...settings });
    this.applySettings(!previous);
  }

  /**
   * Removes a member; settings only it gave return to what the others (or the defaults) say,
   * once the current task's removals are done (a moved element is back by then). When the
   * whole group has left (a page or app took its widgets away), the settings stay as they
   * are, so a stored copy is kept for when the widgets come back.
   */
  leave(member: GroupMember): void {
    if (!this.claims.delete(member) || this.leaving) return;
    this.leaving = true;
    queueMicrotask(() => {
      this.leaving = false;
      if (this.claims.size > 0) this.applySettings(true);
    });
  }

  /** Sets one answer; `undefined` clears it. */
  set(id: string, value: AnswerValue | undefined, change: StoreChange = { origin: 'code' }): void {
    this.merge({ [id]: value }, change);
  }

  /** Sets several answers at once; `undefined` values clear (an empty list is an answer). */
  merge(
    values: Record<string, AnswerValue | undefined>,
    change: StoreChange = { origin: 'code' },
  ): void {
    const next = { ...this._answers };
    for (const [id, value] of Object.entries(values)) {
      // an empty list stays: "None of these" was chosen (`undefined` is "not answered")
      if (value === undefined) delete next[id];
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
   * The settings in force: each from the first member in document order that sets it
   * (whatever order the members' code loaded or connected in), so a referral never depends
   * on which file the network delivered first.
   */
  private resolveSettings(): GroupSettings {
    const result: GroupSettings = {};
    const givers: Partial<Record<keyof GroupSettings, GroupMember>> = {};
    // members in the page in document order; others (plain objects in tests) in joining order
    const members = [
      ...this.members.filter(m => m.isConnected).sort(documentOrder),
      ...this.members.filter(m => !m.isConnected),
    ];
    for (const member of members) {
      const claim = this.claims.get(member)!;
      for (const key of SETTING_KEYS) {
        const value = claim[key];
        if (value === undefined) continue;
        const giver = givers[key];
        if (!giver) {
          givers[key] = member;
          (result as Record<string, unknown>)[key] = value;
        } else if (result[key] !== value) {
          const attr = GROUP_SETTING_ATTRIBUTES[key];
          warnOnce(
            `${nameOf(member)} ${attr}=${describeValue(value)} disagrees with ${nameOf(giver)} ${attr}=${describeValue(result[key])} in group "${this.name}": ${attr} holds for the whole group, and the first in document order wins.`,
          );
        }
      }
    }
    return result;
  }

  /**
   * Puts the settings in force: the pack first (loaded and validated, which may take a
   * moment), so stored answers are read under the pack's key and checked against its
   * questions; then storage (turning it off removes the stored copy).
   */
  private applySettings(membersChanged: boolean): void {
    const next = this.resolveSettings();
    const before = this._settings;
    if (!SETTING_KEYS.some(k => before[k] !== next[k])) {
      if (membersChanged) this.notify({ origin: 'code' }); // the notice host may have moved
      return;
    }
    this._settings = Object.freeze(next);
    this.assessments.clear(); // the threshold or emergency number may have changed
    if (next.content !== this.packContent) this.switchPack(next.content);
    if (!this.syncStorage()) this.notify({ origin: 'code' });
  }

  /** Uses the pack of `content` (an element id), or the default pack when there is none. */
  private switchPack(content: string | undefined): void {
    this.packContent = content;
    if (!content) {
      this.loading = undefined;
      this.usePack(defaultPack);
      return;
    }
    const giver = this.members.find(m => this.claims.get(m)?.content === content);
    const loading = loadPack(content, giver?.localName ?? 'myo-*').then(pack => {
      if (this.packContent !== content) return; // another pack was asked for meanwhile
      this.loading = undefined;
      this.usePack(pack);
      if (!this.syncStorage()) this.commit(this._answers, { origin: 'code' });
    });
    this.loading = loading;
  }

  private usePack(pack: ContentPack): void {
    if (pack === this._pack) return;
    this._pack = pack;
    this._answers = Object.freeze(normalizeAnswers(this._answers, pack).answers) as Answers;
    this.assessments.clear();
  }

  /**
   * Keeps the answers where the settings say (nowhere, or under the pack's and group's key
   * in session or local storage): moves them when that changed, restoring a stored copy
   * into a group that has no answers yet. Waits while a pack is loading, since the key
   * depends on it. Returns whether it committed (and so notified).
   */
  private syncStorage(): boolean {
    if (this.loading) return false;
    const mode = this._settings.persist;
    const target = mode ? { mode, key: this.storageKey } : undefined;
    const at = this.storedAt;
    if (at?.mode === target?.mode && at?.key === target?.key) return false;
    if (at) removeItem(at.mode, at.key); // stopped, or moved to another key
    this.storedAt = target;
    let answers = this._answers;
    const stored = target ? readStored(target.mode, target.key) : undefined;
    if (stored && isEmpty(answers)) {
      answers = normalizeAnswers(stored.answers, this._pack).answers;
      this._meta = stored.meta && typeof stored.meta === 'object' ? stored.meta : {};
    }
    this.commit(answers, { origin: 'code' });
    return true;
  }

  private save(): void {
    const at = this.storedAt;
    if (!at) return;
    try {
      const storage = storageOf(at.mode);
      if (isEmpty(this._answers) && isEmpty(this._meta)) storage?.removeItem(at.key);
      else
        storage?.setItem(
          at.key,
          JSON.stringify({ v: 1, answers: this._answers, meta: this._meta }),
        );
    } catch {
      // quota or privacy mode: nothing is lost on the page itself
    }
  }

  private removeStored(): void {
    if (this.storedAt) removeItem(this.storedAt.mode, this.storedAt.key);
  }

  private commit(next: Answers, change: StoreChange): void {
    this._answers = Object.freeze(next) as Answers;
    this.assessments.clear();
    this.save();
    this.notify(change);
  }

  private notify(change: StoreChange): void {
    for (const listener of [...this.listeners]) listener(this, change);
  }
}

/** The storage of a mode, or `undefined` where the browser blocks it. */
function storageOf(mode: PersistMode): Storage | undefined {
  try {
    return mode === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined; // storage blocked by the browser: keep answers in memory only
  }
}

function removeItem(mode: PersistMode, key: string): void {
  try {
    storageOf(mode)?.removeItem(key);
  } catch {
    // storage blocked: there is nothing to remove
  }
}

function readStored(
  mode: PersistMode,
  key: string,
): { answers: unknown; meta?: Record<string, unknown> } | undefined {
  try {
    const raw = storageOf(mode)?.getItem(key);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The content pack of `content=` (see `./load-pack.ts`), loaded with the pack validator only
 * for the pages that use their own pack. If that module cannot be loaded: one warning naming
 * the element and the id, and the default pack.
 */
function loadPack(id: string, tag: string): Promise<ContentPack> {
  return lazyImport(
    importPackReader,
    'the pack validator (store/load-pack.js)',
    'Using the default content.',
    `<${tag}> content=${describeValue(id)}:`,
  ).then(
    module => module.loadPack(id, tag),
    () => defaultPack,
  );
}
const importPackReader = () => import('./load-pack.js');

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
