/**
 * Splits an author's events into chunks whose UTF-8 text fits a byte budget (the plaintext one
 * HubSpot note can carry once encrypted and encoded, sealed-blob.ts). Events go in `seq` order
 * and are packed greedily, so a log of n small events takes as few notes as it can.
 */
import { canonicalJson } from '../ledger/canonical-json.js';
import { LOG_CHUNK_FORMAT, LOG_CHUNK_VERSION } from './log-chunk.js';

export class LogChunkTooLargeError extends Error {
  override readonly name = 'LogChunkTooLargeError';
}

export interface LogToSplit {
  readonly plan: string;
  readonly author: string;
  readonly events: readonly unknown[];
}

/**
 * UTF-8 length of `text`, counted by hand: core runs without DOM or Node typings, so without
 * TextEncoder. A lone surrogate counts 3, as the U+FFFD an encoder writes for it.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

const byteLength = utf8ByteLength;

function seqOf(event: unknown): number {
  const seq = typeof event === 'object' && event !== null ? (event as { seq?: unknown }).seq : undefined;
  return typeof seq === 'number' ? seq : Number.POSITIVE_INFINITY;
}

/** The chunks' texts, each at most `maxBytes` of UTF-8; an empty log has none. */
export function splitLog(log: LogToSplit, maxBytes: number): string[] {
  const head = `{"author":${canonicalJson(log.author)},"events":[`;
  const tail = `],"format":"${LOG_CHUNK_FORMAT}","plan":${canonicalJson(log.plan)},"v":${LOG_CHUNK_VERSION}}`;
  const frame = byteLength(head) + byteLength(tail);
  const ordered = [...log.events].sort((a, b) => seqOf(a) - seqOf(b));
  const chunks: string[] = [];
  let parts: string[] = [];
  let size = frame;
  const flush = () => {
    if (parts.length > 0) chunks.push(`${head}${parts.join(',')}${tail}`);
    parts = [];
    size = frame;
  };
  for (const event of ordered) {
    const text = canonicalJson(event);
    const bytes = byteLength(text);
    if (frame + bytes > maxBytes) {
      throw new LogChunkTooLargeError(
        `event ${seqOf(event)} of ${log.author} takes ${bytes} bytes, more than one chunk holds (${maxBytes - frame})`,
      );
    }
    const added = bytes + (parts.length > 0 ? 1 : 0);
    if (size + added > maxBytes) flush();
    size += bytes + (parts.length > 0 ? 1 : 0);
    parts.push(text);
  }
  flush();
  return chunks;
}
