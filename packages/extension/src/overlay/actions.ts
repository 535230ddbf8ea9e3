import type { BackgroundClient } from './client/background-client';
import type { BadgeOffset, OverlayStore } from './store';
import type { DisputeActions } from './ui/DisputeDay';

/** What the UI can do; each talks to the background or the store, never the CRM page. */
export interface OverlayActions {
  setOpen(open: boolean): void;
  toggle(): void;
  moveBadge(offset: BadgeOffset): void;
  logActivity(metric: string, amount?: number): Promise<boolean>;
  undo(activityId: string): Promise<boolean>;
  markRead(noteIds: readonly string[]): Promise<boolean>;
  /** The options page, opened by the background: a CRM page may not link to extension pages. */
  openOptions(): Promise<boolean>;
  /** Disputing a day's count from a target's details, on my plan. */
  readonly disputes?: DisputeActions;
}

export function createOverlayActions(store: OverlayStore, client: BackgroundClient): OverlayActions {
  const apply = async (request: Parameters<BackgroundClient['send']>[0]): Promise<boolean> => {
    const result = await client.send(request);
    if (result.ok) store.receive(result.state);
    return result.ok;
  };
  const disputes: DisputeActions = {
    openDispute: async (draft) => {
      const result = await client.send({
        type: 'overlay/dispute',
        metric: draft.metric,
        date: draft.date,
        kind: draft.kind,
        text: draft.text,
        ...(draft.amount !== undefined ? { amount: draft.amount } : {}),
        ...(draft.activities !== undefined ? { activities: [...draft.activities] } : {}),
      });
      if (!result.ok) return result.error;
      store.receive(result.state);
      return null;
    },
    loadDisputeDay: async (metric, date) => {
      const result = await client.send({ type: 'overlay/dispute-day', metric, date });
      if (!result.ok) return result.error;
      store.receive(result.state);
      return result.day ?? [];
    },
  };
  return {
    disputes,
    setOpen: (open) => store.update({ open }),
    toggle: () => store.toggle(),
    moveBadge: (offset) => store.update({ offset }),
    logActivity: (metric, amount) =>
      apply(
        amount === undefined ? { type: 'activity/log', metric } : { type: 'activity/log', metric, amount },
      ),
    undo: (activityId) => apply({ type: 'activity/undo', activityId }),
    openOptions: () => apply({ type: 'options/open' }),
    markRead: (noteIds) => {
      const [first, ...rest] = noteIds;
      return first === undefined
        ? Promise.resolve(true)
        : apply({ type: 'notes/mark-read', noteIds: [first, ...rest] });
    },
  };
}
