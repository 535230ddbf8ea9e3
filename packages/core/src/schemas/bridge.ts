/**
 * The extension bridge: how the web dashboard, on an allowed origin, asks the extension in the
 * same browser for its data (`chrome.runtime.sendMessage(extensionId, request)`). Both sides
 * check every message with these schemas.
 */
import { z } from 'zod';
import { Bundle } from './bundle.js';

export const BRIDGE_PROTOCOL = 1;

export const BridgeRequest = z.discriminatedUnion('type', [
  /** Is the extension there, and what does it hold? */
  z.object({ type: z.literal('onpace/hello'), protocol: z.literal(BRIDGE_PROTOCOL) }),
  /** Everything the dashboard may show: plans, rollups, shared notes, check-ins, acknowledgments. */
  z.object({ type: z.literal('onpace/pull'), protocol: z.literal(BRIDGE_PROTOCOL) }),
]);
export type BridgeRequest = z.infer<typeof BridgeRequest>;

export const BridgeErrorCode = z.enum(['origin-not-allowed', 'bad-request', 'unavailable']);
export type BridgeErrorCode = z.infer<typeof BridgeErrorCode>;

const BridgeFailure = z.object({
  ok: z.literal(false),
  error: z.object({ code: BridgeErrorCode, message: z.string() }),
});

export const HelloResponse = z.union([
  z.object({ ok: z.literal(true), extensionVersion: z.string(), planCount: z.number().int().min(0) }),
  BridgeFailure,
]);
export type HelloResponse = z.infer<typeof HelloResponse>;

/**
 * A pull answers with a bundle: the same format as a file, so the dashboard stores both the
 * same way. The extension sends rollups (bundle.rollups) rather than raw activities, and never
 * secrets (CRM tokens, session ids) or private notes.
 */
export const PullResponse = z.union([z.object({ ok: z.literal(true), bundle: Bundle }), BridgeFailure]);
export type PullResponse = z.infer<typeof PullResponse>;
