/**
 * The team sparklines fill in slices after the table has painted: pieced together, the slices
 * must give every plan the ratios computed in one go, however the time budget cuts them.
 */
import { describe, expect, it } from 'vitest';
import { benchDataset, demoDataset } from '../src/app/sources';
import { BENCH_AS_OF } from '../src/data/bench-team';
import type { Dataset } from '../src/data/dataset';
import { DEMO_AS_OF } from '../src/data/demo/roster';
import { evaluateAt } from '../src/model/evaluate';
import { weeklyDates } from '../src/model/history';
import { planPaceRatio } from '../src/model/plan-ratio';
import { fillRatios } from '../src/model/team-history';

/** Each plan evaluated at each weekly date directly, without the history cache. */
function straightforward(dataset: Dataset, asOf: string): Map<string, (number | null)[]> {
  return new Map(
    dataset.plans.map((data) => [
      data.plan.id,
      weeklyDates(data.plan, asOf).map((date) => planPaceRatio(evaluateAt(data, date))),
    ]),
  );
}

/** Fills in slices that stop after `perSlice()` plans; returns the ratios and the slice count. */
function sliced(dataset: Dataset, asOf: string, perSlice: () => number) {
  const ratios = new Map<string, (number | null)[]>();
  let next = 0;
  let slices = 0;
  while (next < dataset.plans.length) {
    let budget = perSlice();
    const before = next;
    next = fillRatios(dataset.plans, asOf, ratios, next, () => --budget <= 0);
    expect(next).toBeGreaterThan(before);
    slices++;
  }
  return { ratios, slices };
}

const teams: [string, () => Dataset, string][] = [
  ['the demo team', demoDataset, DEMO_AS_OF],
  ['the bench team of 50 plans', () => benchDataset(50), BENCH_AS_OF],
];

describe.each(teams)('team sparklines of %s', (_name, dataset, asOf) => {
  const expected = straightforward(dataset(), asOf);

  it('one plan per slice gives the ratios computed in one go', () => {
    const { ratios, slices } = sliced(dataset(), asOf, () => 1);
    expect(slices).toBe(expected.size);
    expect(ratios).toEqual(expected);
  });

  it('uneven slices give the same ratios, in plan order', () => {
    let seed = 3;
    const { ratios, slices } = sliced(dataset(), asOf, () => {
      seed = (seed * 7 + 5) % 11;
      return seed + 1;
    });
    expect(slices).toBeGreaterThan(1);
    expect([...ratios.keys()]).toEqual([...expected.keys()]);
    expect(ratios).toEqual(expected);
  });

  it('plans already computed are kept, not computed again', () => {
    const data = dataset();
    const first = data.plans[0];
    if (!first) throw new Error('the team has no plan');
    const kept: (number | null)[] = [];
    const ratios = new Map([[first.plan.id, kept]]);
    fillRatios(data.plans, asOf, ratios, 0, () => false);
    expect(ratios.get(first.plan.id)).toBe(kept);
    expect(ratios.size).toBe(expected.size);
  });
});
