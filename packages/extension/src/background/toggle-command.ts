/**
 * The manifest command `toggle-overlay` (Alt+Shift+O, rebindable) reaches only the background;
 * content scripts never see commands.onCommand. Forward it to the tab it was pressed in, where
 * the overlay opens or closes its panel (src/overlay/features/toggle-command.ts).
 */
import type { OverlayToggle } from '../overlay/commands';

export const TOGGLE_OVERLAY_COMMAND = 'toggle-overlay';

export interface TabMessenger {
  query(filter: {
    active: true;
    currentWindow: true;
  }): Promise<readonly { readonly id?: number | undefined }[]>;
  sendMessage(tabId: number, message: OverlayToggle): Promise<unknown>;
}

export async function forwardCommand(
  command: string,
  tabId: number | undefined,
  tabs: TabMessenger,
): Promise<void> {
  if (command !== TOGGLE_OVERLAY_COMMAND) return;
  const target = tabId ?? (await tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (target === undefined) return;
  try {
    await tabs.sendMessage(target, { type: 'overlay/toggle' });
  } catch {
    // A tab without the overlay (not a CRM page) has no receiver: nothing to toggle.
  }
}
