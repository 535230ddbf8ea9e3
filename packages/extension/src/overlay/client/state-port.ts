/**
 * The live `overlay` port: the background pushes `overlay/state` whenever something the
 * overlay shows changes. Ports die when the service worker stops; we reconnect with a growing
 * delay, unless the content script itself is invalid (the extension was reloaded or removed).
 */
import { browser } from 'wxt/browser';
import { OVERLAY_PORT, OverlayPush, type OverlayState } from '../../messaging/overlay-protocol';

export interface StatePortOptions {
  readonly signal: AbortSignal;
  readonly isInvalid: () => boolean;
  readonly onState: (state: OverlayState) => void;
  /** After each (re)connection, so the overlay catches up on what it missed. */
  readonly onConnected: () => void;
}

const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 60_000;

export function keepStatePort(options: StatePortOptions): void {
  let retryMs = FIRST_RETRY_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = () => {
    if (options.signal.aborted || options.isInvalid()) return;
    let port: ReturnType<typeof browser.runtime.connect>;
    try {
      port = browser.runtime.connect({ name: OVERLAY_PORT });
    } catch {
      // "Extension context invalidated": nothing to reconnect to.
      return;
    }
    const onAbort = () => port.disconnect();
    options.signal.addEventListener('abort', onAbort, { once: true });
    port.onMessage.addListener((message: unknown) => {
      const push = OverlayPush.safeParse(message);
      if (!push.success) return;
      retryMs = FIRST_RETRY_MS;
      options.onState(push.data.state);
    });
    port.onDisconnect.addListener(() => {
      // Reading lastError marks it checked; otherwise Chrome logs it to the CRM page's console.
      void browser.runtime.lastError;
      options.signal.removeEventListener('abort', onAbort);
      if (options.signal.aborted || options.isInvalid()) return;
      timer = setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
    });
    options.onConnected();
  };

  options.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  connect();
}
