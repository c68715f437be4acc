import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  getGroupStore,
  type GroupSettings,
  type GroupStore,
  type StoreChange,
} from '../store/group-store.js';

export interface GroupHost extends ReactiveControllerHost, HTMLElement {
  group: string;
  /** The group settings this element carries (`undefined` for each one it does not set). */
  groupSettings(): GroupSettings;
  /**
   * What the host shows of its group, as a list compared item by item (`Object.is`) after
   * each change to the group: the host re-renders only when an item differs. `undefined`: it
   * shows the whole group (its assessment), so every change re-renders it.
   */
  groupView(store: GroupStore): readonly unknown[] | undefined;
}

const same = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) =>
  !!a && !!b && a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * Makes its host a member of the host's `group`: joins the group's store with the settings
 * the host carries, re-renders the host when what it shows of the group changes (its
 * `groupView`), follows a changed `group`, and leaves the store when the host is
 * disconnected.
 */
export class GroupController implements ReactiveController {
  private host: GroupHost;
  private unsubscribe?: () => void;
  private current?: GroupStore;
  private onChange?: (store: GroupStore, change: StoreChange) => void;
  /** The host's groupView when it was last asked to re-render for the group. */
  private shown?: readonly unknown[];

  constructor(host: GroupHost, onChange?: (store: GroupStore, change: StoreChange) => void) {
    this.host = host;
    this.onChange = onChange;
    host.addController(this);
  }

  /** The host group's store (switches when `group` changes). */
  get store(): GroupStore {
    if (this.current?.name !== this.groupName) this.connect();
    return this.current!;
  }

  hostConnected(): void {
    this.connect();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current?.leave(this.host);
    this.current = undefined;
  }

  /**
   * Called before the host renders: follows a changed `group` and hands the store the
   * settings the host carries now.
   */
  sync(): void {
    if (this.current?.name !== this.groupName) this.connect();
    else if (this.host.isConnected) this.current.join(this.host, this.host.groupSettings());
  }

  private get groupName(): string {
    return this.host.group || 'default';
  }

  private connect(): void {
    this.unsubscribe?.();
    this.current?.leave(this.host);
    const store = getGroupStore(this.groupName);
    this.current = store;
    this.shown = undefined;
    this.unsubscribe = store.subscribe((s, change) => {
      this.onChange?.(s, change);
      // a tap on the checklist leaves the body map as it is, and the other way round
      const view = this.host.groupView(s);
      if (same(view, this.shown)) return;
      this.shown = view;
      this.host.requestUpdate();
    });
    if (this.host.isConnected) store.join(this.host, this.host.groupSettings());
  }
}
