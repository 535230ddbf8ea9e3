/**
 * The overlay's side of src/messaging/overlay-protocol.ts: requests with runtime.sendMessage,
 * every answer parsed with the protocol's schemas. Failures come back as values, never thrown
 * into the page: a background that is updating, asleep or older than us is an ordinary state.
 */
import { browser } from 'wxt/browser';
import {
  type DisputeDayLine,
  type OverlayRequest,
  OverlayResponse,
  type OverlayState,
} from '../../messaging/overlay-protocol';

export type ClientResult =
  | { readonly ok: true; readonly state: OverlayState; readonly day?: readonly DisputeDayLine[] | undefined }
  | { readonly ok: false; readonly error: string };

export interface BackgroundClient {
  send(request: OverlayRequest): Promise<ClientResult>;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Parses an answer; a wrong shape names its first problem, so a protocol drift is visible. */
export function parseResponse(answer: unknown): ClientResult {
  const parsed = OverlayResponse.safeParse(answer);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    return {
      ok: false,
      error: `unexpected answer from the background: ${where}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return parsed.data;
}

export function createBackgroundClient(): BackgroundClient {
  return {
    async send(request) {
      try {
        return parseResponse(await browser.runtime.sendMessage(request));
      } catch (error) {
        return { ok: false, error: describe(error) };
      }
    },
  };
}
