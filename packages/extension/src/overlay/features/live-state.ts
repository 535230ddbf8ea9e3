import { keepStatePort } from '../client/state-port';
import type { OverlayFeature } from '../runtime/feature';

/** Re-asked this often even without pushes, so the pace moves with the clock. */
export const REFRESH_MS = 60_000;

/**
 * Keeps the overlay's state live: asks once, listens on the `overlay` port for pushes, asks
 * again after each reconnection, every minute, and when the tab becomes visible.
 */
export const liveState: OverlayFeature = {
  id: 'live-state',
  lifetime: 'script',
  init({ signal, store, client, isInvalid, document }) {
    const refresh = async () => {
      if (isInvalid()) return;
      const result = await client.send({ type: 'overlay/state' });
      if (signal.aborted) return;
      if (result.ok) store.receive(result.state);
      // Keep the last good state through a hiccup; only a first failure shows as unavailable.
      else if (store.getSnapshot().data.status !== 'ready') {
        store.update({ data: { status: 'unavailable', error: result.error } });
      }
    };
    keepStatePort({
      signal,
      isInvalid,
      onState: (state) => store.receive(state),
      onConnected: () => void refresh(),
    });
    const interval = setInterval(() => void refresh(), REFRESH_MS);
    signal.addEventListener('abort', () => clearInterval(interval), { once: true });
    document.addEventListener(
      'visibilitychange',
      () => {
        if (document.visibilityState === 'visible') void refresh();
      },
      { signal },
    );
  },
};
