import type { ChromeInsets } from './types';

/** The part of a DOMRect the measurement needs; plain objects in tests. */
export interface Box {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

export interface ChromeBoxes {
  /** A bar along the top edge (HubSpot's global toolbar, Salesforce's header). */
  readonly top?: Box | null;
  /** A bar along the left edge (HubSpot's vertical nav). */
  readonly left?: Box | null;
  /** A bar along the bottom edge (Salesforce's utility bar). */
  readonly bottom?: Box | null;
}

const visible = (box: Box | null | undefined): box is Box => !!box && box.width > 0 && box.height > 0;

/**
 * The insets the badge must keep from each viewport edge, from the measured chrome. Measured
 * at run time rather than hard-coded: heights change with density settings, banners and zoom.
 * A bar counts only where it touches its edge (a scrolled-away header does not).
 */
export function insetsFromBoxes(boxes: ChromeBoxes, viewportHeight: number): ChromeInsets {
  const top = visible(boxes.top) && boxes.top.top <= 1 ? Math.max(0, Math.ceil(boxes.top.bottom)) : 0;
  const left = visible(boxes.left) && boxes.left.left <= 1 ? Math.max(0, Math.ceil(boxes.left.right)) : 0;
  const bottom =
    visible(boxes.bottom) && boxes.bottom.bottom >= viewportHeight - 1
      ? Math.max(0, Math.ceil(viewportHeight - boxes.bottom.top))
      : 0;
  return { top, right: 0, bottom, left };
}
