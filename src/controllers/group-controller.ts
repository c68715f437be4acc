import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getGroupStore, type GroupStore, type StoreChange } from '../store/group-store.js';

export interface GroupHost extends ReactiveControllerHost, HTMLElement {
  group: string;
}

/**
 * Subscribes its host to the answers of the host's `group`: the host re-renders when any
 * element of the group changes an answer, and lets go of the store when disconnected.
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
    const name = this.host.group || 'default';
    if (this.current?.name !== name) this.connect(name);
    return this.current!;
  }

  hostConnected(): void {
    this.connect(this.host.group || 'default');
  }

  hostUpdate(): void {
    // follows a changed `group` attribute before the host renders
    void this.store;
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current = undefined;
  }

  private connect(name: string): void {
    this.unsubscribe?.();
    this.current = getGroupStore(name);
    this.unsubscribe = this.current.subscribe((store, change) => {
      this.onChange?.(store, change);
      this.host.requestUpdate();
    });
  }
}
