import { STATUS_LOOK } from '@onpace/core/present';
import type { OverlayState } from '../../messaging/overlay-protocol';

/**
 * What the polite live region says when a push changes a status: "Calls: now at risk".
 * Nothing on the first state (the rep did not ask) and nothing when nothing changed.
 */
export function statusChanges(previous: OverlayState | null, next: OverlayState): string {
  const before = new Map((previous?.plan?.targets ?? []).map((target) => [target.targetId, target.status]));
  if (before.size === 0) return '';
  const changes: string[] = [];
  for (const target of next.plan?.targets ?? []) {
    const was = before.get(target.targetId);
    if (was !== undefined && was !== target.status) {
      changes.push(`${target.label}: now ${STATUS_LOOK[target.status].word}`);
    }
  }
  return changes.join('. ');
}
