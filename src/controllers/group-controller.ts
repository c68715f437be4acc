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
}

/**
 * Makes its host a member of the host's `group`: joins the group's store with the settings
 * the host carries, re-renders the host when anything in the group changes, follows a
 * changed `group`, and leaves the store when the host is disconnected.
 */
export class GroupController implements ReactiveController {
  private host: GroupHost;
  private unsubscribe?: () => void;
  private current?: GroupStore;
  private onChange?: (store: GroupStore, change: StoreChange) => void;

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
    this.unsubscribe = store.subscribe((s, change) => {
      this.onChange?.(s, change);
      this.host.requestUpdate();
    });
    if (this.host.isConnected) store.join(this.host, this.host.groupSettings());
  }
}
