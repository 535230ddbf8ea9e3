/**
 * The extension pages' side of the protocol: send a request, get a checked answer. A missing or
 * malformed answer becomes a Failure like any other, so the pages have one error path.
 */
import { browser } from 'wxt/browser';
import { type BackgroundRequest, parseResponse, type Response } from '../messaging/protocol';

export async function request<R extends BackgroundRequest>(message: R): Promise<Response<R['type']>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(message);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'internal', error: `OnPace's background did not answer: ${reason}` };
  }
  return parseResponse(message.type, raw);
}
