/**
 * The overlay's features, in start order. Listing a feature here is what registers it:
 * the files only export definitions (WXT imports entrypoints at build time in Node).
 */
import type { OverlayFeature } from '../runtime/feature';
import { badgePosition } from './badge-position';
import { liveState } from './live-state';
import { placement } from './placement';
import { recordContext } from './record-context';
import { toggleCommand } from './toggle-command';

export const OVERLAY_FEATURES: readonly OverlayFeature[] = [
  badgePosition,
  liveState,
  toggleCommand,
  placement,
  recordContext,
];
