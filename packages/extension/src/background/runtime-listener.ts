import type { Browser } from 'wxt/browser';
import type { AnyResponse } from '../messaging/protocol';
import type { BackgroundEnv } from './env';
import { handleRequest } from './handle-request';

/** The runtime.onMessage listener shape, with the answer typed by our protocol. */
export type RuntimeListener = (
  message: unknown,
  sender: Browser.runtime.MessageSender,
  sendResponse: (response: AnyResponse) => void,
) => true;

/**
 * Adapts handleRequest to runtime.onMessage. It answers through sendResponse and returns true
 * (keep the channel open), the form both Chrome and WXT's fakeBrowser understand (a returned
 * Promise is not understood by every browser version).
 */
export function createRuntimeListener(getEnv: () => Promise<BackgroundEnv>): RuntimeListener {
  return (message, sender, sendResponse) => {
    void getEnv()
      .then((env) => handleRequest(message, sender, env))
      .then(sendResponse, (error: unknown) =>
        sendResponse({ ok: false, code: 'internal', error: `OnPace's background failed: ${String(error)}` }),
      );
    return true;
  };
}
