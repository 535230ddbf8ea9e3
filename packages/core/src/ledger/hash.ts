/**
 * An event's identity: lowercase hex SHA-256 of the UTF-8 bytes of its canonical JSON. The hash
 * is synchronous plain JavaScript, so the same code runs in Node, pages and the extension's
 * service worker (WebCrypto would make every fold asynchronous).
 */
import { hashCanonical } from './canonical-bytes.js';

/** The hash of an event (or of any JSON value): 64 lowercase hex digits. */
export function hashEvent(event: unknown): string {
  return hashCanonical(event);
}
