/**
 * One chunk of an author's log, in plain text before encryption: the plan, the author and some
 * of that author's events, exactly as written (events are hashed as written, so the chunk keeps
 * them unparsed; the reader checks each one when it accepts the copy, accept-copy.ts).
 */
import { z } from 'zod';
import { LedgerId } from '../ledger/event-schema.js';
import { problemsOf } from '../schemas/validation.js';

export const LOG_CHUNK_FORMAT = 'onpace.log';
export const LOG_CHUNK_VERSION = 1;

export const LogChunk = z.strictObject({
  format: z.literal(LOG_CHUNK_FORMAT),
  v: z.literal(LOG_CHUNK_VERSION),
  plan: LedgerId,
  author: LedgerId,
  events: z.array(z.unknown()).min(1, { message: 'must hold at least one event' }),
});
export type LogChunk = z.infer<typeof LogChunk>;

export type LogChunkParse =
  | { readonly ok: true; readonly chunk: LogChunk }
  | { readonly ok: false; readonly error: string };

/** A decrypted chunk's text; a refusal names each bad field (`chunk.events: …`). */
export function parseLogChunk(text: string): LogChunkParse {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, error: 'chunk: is not JSON' };
  }
  const parsed = LogChunk.safeParse(json);
  if (parsed.success) return { ok: true, chunk: parsed.data };
  const fields = problemsOf(parsed.error).map((problem) => `chunk.${problem.path}: ${problem.message}`);
  return { ok: false, error: fields.join('; ') };
}
