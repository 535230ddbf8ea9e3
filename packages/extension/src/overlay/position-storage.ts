import { browser } from 'wxt/browser';
import type { CrmId } from '../crm-adapters/types';
import type { BadgeOffset } from './store';

/**
 * Where the rep dragged the badge, one place per CRM (their layouts differ). A small setting,
 * so storage.local (content scripts can reach it), not the database. Read and written with
 * `browser.storage.local` itself rather than WXT's storage helper: its versioning, locks and
 * watchers cost every content script about 3 KB gzipped for this one value. The key is the one
 * that helper used (`local:overlay.badgeOffset.<crm>`), so places saved before are kept.
 */
export function badgeOffsetItem(crm: CrmId) {
  const key = `overlay.badgeOffset.${crm}`;
  return {
    /** Unchecked: the caller trusts it only through `isBadgeOffset`. */
    async getValue(): Promise<unknown> {
      const stored = await browser.storage.local.get(key);
      return stored[key] ?? null;
    },
    setValue(offset: BadgeOffset | null): Promise<void> {
      return offset === null
        ? browser.storage.local.remove(key)
        : browser.storage.local.set({ [key]: offset });
    },
  };
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
