/**
 * The hash of a JSON value without building its canonical text: the RFC 8785 serialization is
 * written as UTF-8 straight into the SHA-256 buffer. Measured on the 10,000-event fold, the text
 * (one string per value, joined, then walked again to encode it) was half the fold's garbage.
 * The bytes are exactly those of `canonicalJson(value)` encoded as UTF-8 (a property test holds
 * the two together). Anything unusual (a value JSON cannot hold, a depth that suggests a cycle)
 * goes back to `canonicalJson`, so its error and message stay exactly that function's.
 */
import { canonicalJson } from './canonical-json.js';
import { sha256Hex, sha256HexOfBytes, writeUtf8 } from './sha256.js';

const MAX_DEPTH = 1_000;
const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;

/** Thrown inside the writer when the value needs `canonicalJson`'s own handling. */
const UNUSUAL = Symbol('unusual');

/** One buffer for every hash, grown by doubling (events are small), so a hash allocates nothing. */
let bytes = new Uint8Array(4096);
let at = 0;

/** Room for `extra` more bytes, and the padding SHA-256 writes after the message. */
function ensure(extra: number): void {
  const needed = at + extra + 72;
  if (needed <= bytes.length) return;
  let length = bytes.length;
  while (length < needed) length *= 2;
  const grown = new Uint8Array(length);
  grown.set(bytes.subarray(0, at));
  bytes = grown;
}

function writeByte(byte: number): void {
  ensure(1);
  bytes[at++] = byte;
}

function writeAscii(text: string): void {
  ensure(text.length);
  for (let index = 0; index < text.length; index++) bytes[at++] = text.charCodeAt(index);
}

/**
 * Writes a string as JSON. One pass for the usual text (printable, no quote, backslash or
 * surrogate): ASCII is copied byte for byte, other characters of the first plane encoded on the
 * spot. Anything else rewinds and writes `JSON.stringify`'s text, which escapes exactly what
 * RFC 8785 requires.
 */
function writeString(text: string): void {
  ensure(text.length * 3 + 2);
  const start = at;
  bytes[at++] = QUOTE;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (code < 0x20 || code === 0x22 || code === 0x5c) {
        writeEscaped(text, start);
        return;
      }
      bytes[at++] = code;
    } else if (code < 0x800) {
      bytes[at++] = 0xc0 | (code >> 6);
      bytes[at++] = 0x80 | (code & 0x3f);
    } else if (code >= 0xd800 && code <= 0xdfff) {
      writeEscaped(text, start);
      return;
    } else {
      bytes[at++] = 0xe0 | (code >> 12);
      bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[at++] = 0x80 | (code & 0x3f);
    }
  }
  bytes[at++] = QUOTE;
}

function writeEscaped(text: string, start: number): void {
  at = start;
  const quoted = JSON.stringify(text);
  ensure(quoted.length * 3);
  at = writeUtf8(bytes, at, quoted);
}

/** Object keys in UTF-16 code unit order; most objects are written with sorted keys already. */
function sortedKeys(record: object): string[] {
  const keys = Object.keys(record);
  for (let index = 1; index < keys.length; index++) {
    if ((keys[index - 1] as string) > (keys[index] as string)) return keys.sort();
  }
  return keys;
}

function write(value: unknown, depth: number): void {
  if (value === null) {
    writeAscii('null');
    return;
  }
  switch (typeof value) {
    case 'boolean':
      writeAscii(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw UNUSUAL;
      // ECMAScript Number-to-String is the RFC's number format; -0 is written 0.
      writeAscii(Object.is(value, -0) ? '0' : String(value));
      return;
    case 'string':
      writeString(value);
      return;
    case 'object':
      break;
    default:
      throw UNUSUAL;
  }
  if (depth >= MAX_DEPTH) throw UNUSUAL;
  if (Array.isArray(value)) {
    writeByte(0x5b);
    for (let index = 0; index < value.length; index++) {
      if (index > 0) writeByte(COMMA);
      const item: unknown = value[index];
      write(item === undefined ? null : item, depth + 1);
    }
    writeByte(0x5d);
    return;
  }
  const record = value as Record<string, unknown>;
  writeByte(0x7b);
  let first = true;
  // Default sort compares UTF-16 code units, the order RFC 8785 section 3.2.3 names.
  for (const key of sortedKeys(record)) {
    const member = record[key];
    if (member === undefined) continue;
    if (!first) writeByte(COMMA);
    writeString(key);
    writeByte(COLON);
    write(member, depth + 1);
    first = false;
  }
  writeByte(0x7d);
}

/** `sha256Hex(canonicalJson(value))`, computed without the text; throws what `canonicalJson` throws. */
export function hashCanonical(value: unknown): string {
  at = 0;
  try {
    write(value, 0);
  } catch (error) {
    if (error !== UNUSUAL) throw error;
    return sha256Hex(canonicalJson(value));
  }
  return sha256HexOfBytes(bytes, at);
}
