import type { Browser } from 'wxt/browser';
import { type BackgroundEnv, handleRequest } from './handle-request';
import type { BackgroundResponse } from './protocol';

/** The runtime.onMessage listener shape, with the answer typed by our protocol. */
export type RuntimeListener = (
  message: unknown,
  sender: Browser.runtime.MessageSender,
  sendResponse: (response: BackgroundResponse) => void,
) => true;

/**
 * Adapts handleRequest to runtime.onMessage. It answers through sendResponse
 * and returns true, the form both Chrome and WXT's fakeBrowser understand
 * (a returned Promise is not understood by every browser version).
 */
export function createRuntimeListener(getEnv: () => BackgroundEnv): RuntimeListener {
  return (message, _sender, sendResponse) => {
    sendResponse(handleRequest(message, getEnv()));
    return true;
  };
}
