import { storage } from 'wxt/utils/storage';
import type { CrmId } from '../crm-adapters/types';
import type { BadgeOffset } from './store';

/**
 * Where the rep dragged the badge, one place per CRM (their layouts differ). A small setting,
 * so storage.local through WXT's storage (content scripts can reach it), not the database.
 */
export function badgeOffsetItem(crm: CrmId) {
  return storage.defineItem<BadgeOffset | null>(`local:overlay.badgeOffset.${crm}`, {
    fallback: null,
    version: 1,
  });
}

/** A stored value we can trust: two finite, non-negative numbers. */
export function isBadgeOffset(value: unknown): value is BadgeOffset {
  if (typeof value !== 'object' || value === null) return false;
  const { right, bottom } = value as Record<string, unknown>;
  return (
    typeof right === 'number' &&
    typeof bottom === 'number' &&
    Number.isFinite(right) &&
    Number.isFinite(bottom) &&
    right >= 0 &&
    bottom >= 0
  );
}
