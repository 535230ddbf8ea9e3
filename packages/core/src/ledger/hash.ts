/**
 * An event's identity: lowercase hex SHA-256 of the UTF-8 bytes of its canonical JSON.
 * `@noble/hashes` is plain JavaScript, so the same synchronous code runs in Node, pages and the
 * extension's service worker (WebCrypto would make every fold asynchronous).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json.js';

/** The hash of an event (or of any JSON value): 64 lowercase hex digits. */
export function hashEvent(event: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(event))));
}
