import { z } from 'zod/mini';

/**
 * Sent by the background to a tab's content script when the user presses the manifest
 * command `toggle-overlay` (content scripts do not receive commands.onCommand themselves).
 */
export const OverlayToggle = z.object({ type: z.literal('overlay/toggle') });
export type OverlayToggle = z.infer<typeof OverlayToggle>;
