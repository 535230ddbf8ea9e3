import { browser } from 'wxt/browser';
import { OverlayToggle } from '../commands';
import type { OverlayFeature } from '../runtime/feature';

/**
 * The manifest command `toggle-overlay` reaches content scripts only through the background,
 * which forwards it to the active tab as `{type: 'overlay/toggle'}`; this opens or closes the panel.
 */
export const toggleCommand: OverlayFeature = {
  id: 'toggle-command',
  lifetime: 'script',
  init({ signal, store }) {
    const listener = (message: unknown): undefined => {
      if (OverlayToggle.safeParse(message).success) store.toggle();
      // No answer: other listeners in this tab (none today) keep the channel.
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
      once: true,
    });
  },
};
