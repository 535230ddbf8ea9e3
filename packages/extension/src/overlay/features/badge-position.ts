import { badgeOffsetItem, isBadgeOffset } from '../position-storage';
import type { OverlayFeature } from '../runtime/feature';

/** Restores where the rep last dragged the badge on this CRM, and remembers each new place. */
export const badgePosition: OverlayFeature = {
  id: 'badge-position',
  lifetime: 'script',
  async init({ signal, store }) {
    const item = badgeOffsetItem(store.getSnapshot().crm);
    const saved = await item.getValue();
    if (signal.aborted) return;
    if (isBadgeOffset(saved)) store.update({ offset: saved });
    let last = store.getSnapshot().offset;
    const unsubscribe = store.subscribe(() => {
      const { offset } = store.getSnapshot();
      if (offset === last) return;
      last = offset;
      void item.setValue(offset).catch(() => undefined);
    });
    signal.addEventListener('abort', unsubscribe, { once: true });
  },
};
