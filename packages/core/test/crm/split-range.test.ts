import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitRange } from '../../src/index.js';

const quarter = { fromMs: Date.UTC(2026, 9, 1), toMs: Date.UTC(2027, 0, 1) };

describe('splitRange', () => {
  it('leaves a range whose total fits under the cap alone', () => {
    expect(splitRange(quarter, 10_000)).toEqual([quarter]);
    expect(splitRange(quarter, 0)).toEqual([quarter]);
  });

  it('splits 25,000 results into four contiguous parts of 8,000 or fewer when evenly spread', () => {
    const parts = splitRange(quarter, 25_000);
    expect(parts).toHaveLength(4);
    expect(parts[0]?.fromMs).toBe(quarter.fromMs);
    expect(parts[3]?.toMs).toBe(quarter.toMs);
    for (let index = 1; index < parts.length; index++)
      expect(parts[index]?.fromMs).toBe(parts[index - 1]?.toMs);
  });

  it('always covers the range exactly, with no gap, overlap or empty part', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        fc.integer({ min: 2, max: 200_000_000_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 100, max: 20_000 }),
        (fromMs, width, total, cap) => {
          const range = { fromMs, toMs: fromMs + width };
          const parts = splitRange(range, total, { cap });
          let contiguous = parts[0]?.fromMs === range.fromMs && parts.at(-1)?.toMs === range.toMs;
          parts.forEach((part, index) => {
            if (!Number.isInteger(part.fromMs) || !Number.isInteger(part.toMs) || part.toMs <= part.fromMs) {
              contiguous = false;
            }
            if (index > 0 && part.fromMs !== parts[index - 1]?.toMs) contiguous = false;
          });
          const enough = total <= cap || parts.length >= Math.min(width, Math.ceil(total / cap));
          return contiguous && enough;
        },
      ),
    );
  });

  it('cannot split a single millisecond, and refuses nonsense', () => {
    expect(() => splitRange({ fromMs: 5, toMs: 6 }, 10_001)).toThrow(RangeError);
    expect(splitRange({ fromMs: 5, toMs: 7 }, 50_000)).toEqual([
      { fromMs: 5, toMs: 6 },
      { fromMs: 6, toMs: 7 },
    ]);
    expect(() => splitRange({ fromMs: 7, toMs: 7 }, 1)).toThrow(RangeError);
    expect(() => splitRange(quarter, -1)).toThrow(RangeError);
    expect(() => splitRange(quarter, 20_000, { fill: 0 })).toThrow(RangeError);
  });
});
