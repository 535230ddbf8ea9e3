/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as lowercase hex. Written here rather than
 * taken from a library for one reason, measured: folding a 10,000-event ledger hashes every
 * event, and a general-purpose hasher allocates several typed arrays per call (encoder output,
 * hash state, padding block), which left the garbage collector with more work than the hashing
 * itself. This one encodes into one reused buffer and works in one reused schedule array, so a
 * call allocates nothing but its result. It is checked against Node's native SHA-256 on the
 * standard vectors and on random text (test/ledger/sha256.test.ts).
 */

const ROUND_CONSTANTS = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const INITIAL_STATE = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

const schedule = new Int32Array(64);
const state = new Int32Array(8);
let buffer = new Uint8Array(4096);

/** Room for `size` bytes in the shared buffer, grown by doubling (never shrunk: events are small). */
function reserve(size: number): Uint8Array {
  if (buffer.length < size) {
    let length = buffer.length;
    while (length < size) length *= 2;
    buffer = new Uint8Array(length);
  }
  return buffer;
}

/**
 * Writes `text` as UTF-8 (a lone surrogate becomes U+FFFD, as TextEncoder writes it) into `bytes`
 * from `length` on, and returns the new length. The caller has reserved 3 bytes per UTF-16 unit.
 */
export function writeUtf8(bytes: Uint8Array, length: number, text: string): number {
  let at = length;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (code < 0x80) {
      bytes[at++] = code;
      continue;
    }
    if (code < 0x800) {
      bytes[at++] = 0xc0 | (code >> 6);
      bytes[at++] = 0x80 | (code & 0x3f);
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = index + 1 < text.length ? text.charCodeAt(index + 1) : 0;
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        index++;
        bytes[at++] = 0xf0 | (code >> 18);
        bytes[at++] = 0x80 | ((code >> 12) & 0x3f);
        bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
        bytes[at++] = 0x80 | (code & 0x3f);
        continue;
      }
      code = 0xfffd;
    }
    bytes[at++] = 0xe0 | (code >> 12);
    bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
    bytes[at++] = 0x80 | (code & 0x3f);
  }
  return at;
}

/** Appends SHA-256 padding after `length` message bytes (72 spare bytes needed); returns the padded length. */
function pad(bytes: Uint8Array, length: number): number {
  const messageBits = length * 8;
  let at = length;
  bytes[at++] = 0x80;
  while (at % 64 !== 56) bytes[at++] = 0;
  // The bit length as a 64-bit big-endian number; messages here stay far below 2^53 bits.
  const high = Math.floor(messageBits / 0x100000000);
  bytes[at++] = high >>> 24;
  bytes[at++] = (high >>> 16) & 0xff;
  bytes[at++] = (high >>> 8) & 0xff;
  bytes[at++] = high & 0xff;
  bytes[at++] = messageBits >>> 24;
  bytes[at++] = (messageBits >>> 16) & 0xff;
  bytes[at++] = (messageBits >>> 8) & 0xff;
  bytes[at++] = messageBits & 0xff;
  return at;
}

function compress(bytes: Uint8Array, offset: number): void {
  const w = schedule;
  for (let t = 0; t < 16; t++) {
    const at = offset + t * 4;
    w[t] =
      ((bytes[at] as number) << 24) |
      ((bytes[at + 1] as number) << 16) |
      ((bytes[at + 2] as number) << 8) |
      (bytes[at + 3] as number);
  }
  for (let t = 16; t < 64; t++) {
    const x = w[t - 15] as number;
    const y = w[t - 2] as number;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = ((w[t - 16] as number) + s0 + (w[t - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let t = 0; t < 64; t++) {
    const sum1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const choice = (e & f) ^ (~e & g);
    const temp1 = (h + sum1 + choice + (ROUND_CONSTANTS[t] as number) + (w[t] as number)) | 0;
    const sum0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const majority = (a & b) ^ (a & c) ^ (b & c);
    const temp2 = (sum0 + majority) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + temp1) | 0;
    d = c;
    c = b;
    b = a;
    a = (temp1 + temp2) | 0;
  }
  state[0] = ((state[0] as number) + a) | 0;
  state[1] = ((state[1] as number) + b) | 0;
  state[2] = ((state[2] as number) + c) | 0;
  state[3] = ((state[3] as number) + d) | 0;
  state[4] = ((state[4] as number) + e) | 0;
  state[5] = ((state[5] as number) + f) | 0;
  state[6] = ((state[6] as number) + g) | 0;
  state[7] = ((state[7] as number) + h) | 0;
}

/** The char codes of the sixteen hex digits, and one reused array of the 64 a hash is written with. */
const HEX_CODES = Array.from({ length: 16 }, (_, digit) => digit.toString(16).charCodeAt(0));
const hexCodes: number[] = new Array(64).fill(0);

/**
 * Lowercase hex SHA-256 of the first `length` bytes of `bytes`, which must have 72 bytes to spare
 * after them for the padding (written in place). The hex is made in one `fromCharCode` call, so
 * it is one flat string: built by concatenation it was a rope of 16 pieces, which every Map
 * lookup and comparison of the fold then had to flatten (measured: the 10,000-event fold went
 * from about 100 ms to about 78 ms).
 */
export function sha256HexOfBytes(bytes: Uint8Array, length: number): string {
  const padded = pad(bytes, length);
  state.set(INITIAL_STATE);
  for (let offset = 0; offset < padded; offset += 64) compress(bytes, offset);
  for (let index = 0; index < 8; index++) {
    const word = state[index] as number;
    for (let nibble = 0; nibble < 8; nibble++) {
      hexCodes[index * 8 + nibble] = HEX_CODES[(word >>> (28 - nibble * 4)) & 15] as number;
    }
  }
  return String.fromCharCode(...hexCodes);
}

/** Lowercase hex SHA-256 of the UTF-8 encoding of `text`. */
export function sha256Hex(text: string): string {
  const bytes = reserve(text.length * 3 + 72);
  return sha256HexOfBytes(bytes, writeUtf8(bytes, 0, text));
}
