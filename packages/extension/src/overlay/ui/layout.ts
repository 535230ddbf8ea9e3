/**
 * Where the badge and the panel go, from the remembered offset, the CRM's chrome insets and
 * the viewport. Pure, so the clamping rules are tested without a browser.
 */
import type { ChromeInsets } from '../../crm-adapters/types';
import type { BadgeOffset } from '../store';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** A gap kept from the chrome and the viewport edges. */
export const MARGIN = 8;

/** Keeps the badge inside the free area (viewport less the CRM's chrome), whatever was stored. */
export function clampOffset(
  offset: BadgeOffset,
  insets: ChromeInsets,
  viewport: Size,
  badge: Size,
): BadgeOffset {
  const maxRight = Math.max(0, viewport.width - insets.left - insets.right - badge.width - MARGIN);
  const maxBottom = Math.max(0, viewport.height - insets.top - insets.bottom - badge.height - MARGIN);
  return {
    right: Math.round(Math.min(Math.max(offset.right, MARGIN), Math.max(MARGIN, maxRight))),
    bottom: Math.round(Math.min(Math.max(offset.bottom, MARGIN), Math.max(MARGIN, maxBottom))),
  };
}

export interface PanelBox {
  readonly right: number;
  /** Set when the panel opens above the badge. */
  readonly bottom?: number;
  /** Set when there is more room below the badge (it was dragged near the top). */
  readonly top?: number;
  readonly maxHeight: number;
}

/** The panel opens above the badge, right-aligned with it, or below it when the room is there. */
export function panelBox(offset: BadgeOffset, insets: ChromeInsets, viewport: Size, badge: Size): PanelBox {
  const right = insets.right + offset.right;
  const badgeBottom = insets.bottom + offset.bottom;
  const above = viewport.height - insets.top - badgeBottom - badge.height - 2 * MARGIN;
  const below = badgeBottom - insets.bottom - MARGIN;
  if (above >= below || above >= 320) {
    return { right, bottom: badgeBottom + badge.height + MARGIN, maxHeight: Math.max(120, above) };
  }
  return { right, top: viewport.height - badgeBottom + MARGIN, maxHeight: Math.max(120, below - MARGIN) };
}
