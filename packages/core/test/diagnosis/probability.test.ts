import { describe, expect, it } from 'vitest';
import { binomialTail, normalCdf, roundGoalDown } from '../../src/index.js';

describe('normalCdf agrees with published values of Φ to 1e-7 (to 1e-12 here)', () => {
  // Φ from 0.5·(1 + erf(x/√2)) in Python's math library (correctly rounded erf).
  const known: [number, number][] = [
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [1, 0.8413447460685429],
    [1.96, 0.9750021048517796],
    [2.5, 0.9937903346742238],
    [5, 0.9999997133484282],
    [-1.5, 0.06680720126885809],
    [-3, 0.0013498980316301035],
    [-7.5, 3.191891195797325e-14],
  ];
  it.each(known)('Φ(%d)', (x, expected) => {
    expect(Math.abs(normalCdf(x) - expected)).toBeLessThan(1e-12);
  });

  it('is 0 and 1 far in the tails, symmetric around 0', () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    for (const x of [0.1, 0.7, 1.3, 2.2, 3.9, 6.1]) {
      expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
    }
  });
});

describe('binomialTail', () => {
  it('sums the upper tail: P(Bin(4, 0.5) ≥ 2) = 11/16, P(Bin(20, 0.3) ≥ 5) by hand', () => {
    expect(binomialTail(4, 0.5, 2)).toBeCloseTo(11 / 16, 14);
    expect(binomialTail(20, 0.3, 5)).toBeCloseTo(0.7624922211223977, 13);
    expect(binomialTail(65, 0.62, 65)).toBeCloseTo(0.62 ** 65, 25);
  });

  it('is 1 when nothing is needed, 0 when more is needed than there are periods', () => {
    expect(binomialTail(10, 0, 0)).toBe(1);
    expect(binomialTail(10, 0.9, 11)).toBe(0);
    expect(binomialTail(10, 0, 1)).toBe(0);
    expect(binomialTail(10, 1, 10)).toBe(1);
  });

  it('stays within 0..1 for long plans', () => {
    const tail = binomialTail(522, 0.5, 261);
    expect(tail).toBeGreaterThan(0.5);
    expect(tail).toBeLessThanOrEqual(1);
  });
});

describe('roundGoalDown', () => {
  it('keeps counts whole and sums to two significant figures, down', () => {
    expect(roundGoalDown(64_662, true)).toBe(64_000);
    expect(roundGoalDown(87, true)).toBe(87);
    expect(roundGoalDown(87.9, true)).toBe(87);
    expect(roundGoalDown(999, true)).toBe(990);
    expect(roundGoalDown(5.5, true)).toBe(5);
    expect(roundGoalDown(64_662.7, false)).toBe(64_662);
  });
});
