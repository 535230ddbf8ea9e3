import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CanonicalJsonError, canonicalJson, hashEvent } from '../../src/index.js';

// Property runs are CPU-bound; on a busy shared machine they need more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

const nodeHash = (value: unknown): string =>
  createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');

/** hashEvent writes canonical bytes straight into the hasher: it must hash exactly the canonical text. */
describe('hashEvent without the canonical text', () => {
  it('hashes any text (surrogates, controls, astral) as the UTF-8 canonical text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'grapheme-composite' }),
        (binary, text) => {
          const value = {
            [text]: binary,
            list: [binary, text, -0, 1e21, null, true],
            nested: { [binary]: text },
          };
          expect(hashEvent(value)).toBe(nodeHash(value));
        },
      ),
    );
  });

  it('grows past its buffer and keeps what it wrote, then hashes a small value right after', () => {
    const big = {
      text: 'é'.repeat(9_000),
      more: Array.from({ length: 500 }, (_, index) => `item ${index} ✓`),
    };
    expect(hashEvent(big)).toBe(nodeHash(big));
    expect(hashEvent({ a: 1 })).toBe(nodeHash({ a: 1 }));
  });

  it('throws what canonicalJson throws for a value JSON cannot hold, and is well afterwards', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    for (const value of [{ n: Number.NaN }, { f: () => 1 }, cyclic, [1, Number.POSITIVE_INFINITY]]) {
      let expected = '';
      try {
        canonicalJson(value);
      } catch (error) {
        expected = (error as Error).message;
      }
      expect(() => hashEvent(value)).toThrow(CanonicalJsonError);
      expect(() => hashEvent(value)).toThrow(expected);
      expect(hashEvent({ after: 'error' })).toBe(nodeHash({ after: 'error' }));
    }
  });
});
