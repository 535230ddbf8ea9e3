/**
 * The overlay's state, outside React so features (navigation, port, commands) and the UI
 * share it; React reads it with useSyncExternalStore. Every update makes a new snapshot.
 */
import type { CrmId, CrmPage, OverlayPlace } from '../crm-adapters/types';
import { NO_INSETS } from '../crm-adapters/types';
import type { OverlayState } from '../messaging/overlay-protocol';

/** Where the badge was dragged to: its distance from the right and bottom of the free area. */
export interface BadgeOffset {
  readonly right: number;
  readonly bottom: number;
}

export const DEFAULT_OFFSET: BadgeOffset = { right: 16, bottom: 16 };

export type OverlayData =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly state: OverlayState }
  /** The background did not answer usefully; the badge stays, quiet. */
  | { readonly status: 'unavailable'; readonly error: string };

export interface OverlayModel {
  readonly crm: CrmId;
  readonly page: CrmPage;
  readonly place: OverlayPlace;
  readonly data: OverlayData;
  readonly open: boolean;
  readonly offset: BadgeOffset;
}

export interface OverlayStore {
  getSnapshot(): OverlayModel;
  subscribe(listener: () => void): () => void;
  update(change: Partial<OverlayModel>): void;
  /** A fresh state from the background, unless an older answer arrives after a newer push. */
  receive(state: OverlayState): void;
  toggle(): void;
}

export function createOverlayStore(crm: CrmId, page: CrmPage): OverlayStore {
  let model: OverlayModel = {
    crm,
    page,
    place: { kind: 'floating', insets: NO_INSETS, reason: 'not measured yet' },
    data: { status: 'loading' },
    open: false,
    offset: DEFAULT_OFFSET,
  };
  const listeners = new Set<() => void>();
  const store: OverlayStore = {
    getSnapshot: () => model,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(change) {
      model = { ...model, ...change };
      for (const listener of listeners) listener();
    },
    receive(state) {
      const current = model.data;
      // Answers and pushes race; the state computed at the later instant wins.
      if (current.status === 'ready' && Date.parse(current.state.asOf) > Date.parse(state.asOf)) return;
      store.update({ data: { status: 'ready', state } });
    },
    toggle: () => store.update({ open: !model.open }),
  };
  return store;
}
