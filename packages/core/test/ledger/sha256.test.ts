import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/ledger/sha256.js';

/** Node's native SHA-256 of the same text, encoded as WHATWG's TextEncoder encodes it. */
function reference(text: string): string {
  return createHash('sha256').update(new TextEncoder().encode(text)).digest('hex');
}

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 example digests', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('pads correctly at every length around a block boundary', () => {
    for (let length = 0; length <= 200; length++) {
      const text = 'x'.repeat(length);
      expect(sha256Hex(text), `length ${length}`).toBe(reference(text));
    }
  });

  it('encodes accents, emoji and lone surrogates as UTF-8 does', () => {
    for (const text of [
      'Café — 12 %',
      '👍 done',
      '\ud83d',
      'a\udc00b',
      '中文笔记',
      '\u0000\u007f\u0080\u07ff\u0800\uffff',
    ]) {
      expect(sha256Hex(text), JSON.stringify(text)).toBe(reference(text));
    }
  });

  it('agrees with the native hash on any text, short or long, in any order of calls', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 3000 }), { maxLength: 5 }), (texts) => {
        for (const text of texts) expect(sha256Hex(text)).toBe(reference(text));
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
