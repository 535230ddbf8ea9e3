import { STATUSES } from '@onpace/core/pace';
import { describe, expect, it } from 'vitest';
import { benchDataset, demoDataset } from '../src/app/sources';
import { DEMO_AS_OF } from '../src/data/demo/roster';
import { teamRows } from '../src/model/team-rows';
import {
  attainmentDistribution,
  checkInAdherence,
  statusChanges,
  teamPaceByWeek,
  weekKey,
} from '../src/model/trends';

const dataset = demoDataset();

describe('trends', () => {
  it('label weeks by their Sunday, the current one by the as-of date', () => {
    expect(weekKey('2026-11-02', DEMO_AS_OF)).toBe('2026-11-08');
    expect(weekKey('2026-11-16', DEMO_AS_OF)).toBe(DEMO_AS_OF);
  });

  it('give the team pace by week with quartiles in order', () => {
    const weeks = teamPaceByWeek(dataset, DEMO_AS_OF);
    expect(weeks.length).toBeGreaterThan(8);
    expect(weeks.at(-1)?.weekEnding).toBe(DEMO_AS_OF);
    for (const week of weeks) {
      expect(week.lowest).toBeLessThanOrEqual(week.lowerQuartile);
      expect(week.lowerQuartile).toBeLessThanOrEqual(week.median);
      expect(week.median).toBeLessThanOrEqual(week.upperQuartile);
      expect(week.upperQuartile).toBeLessThanOrEqual(week.highest);
    }
  });

  it('count every target of a started plan once in the attainment distribution', () => {
    const rows = teamRows(dataset, DEMO_AS_OF);
    const started = rows
      .filter((row) => row.phase !== 'before')
      .reduce((sum, row) => sum + row.targets.length, 0);
    const buckets = attainmentDistribution(rows);
    expect(buckets.reduce((sum, bucket) => sum + bucket.targets, 0)).toBe(started);
  });

  it('hold check-in adherence below 100 % where the demo skipped check-ins', () => {
    const { weeks, plans } = checkInAdherence(dataset, DEMO_AS_OF);
    const held = weeks.reduce((sum, week) => sum + week.held, 0);
    const scheduled = weeks.reduce((sum, week) => sum + week.scheduled, 0);
    expect(held).toBeLessThan(scheduled);
    expect(plans.find((plan) => plan.planId === 'plan-sam-pip')).toMatchObject({ held: 3, scheduled: 5 });
  });

  it('count each active plan once per week, and list its status changes', () => {
    const { weeks, changes } = statusChanges(dataset, DEMO_AS_OF);
    for (const week of weeks) {
      const total = STATUSES.reduce((sum, status) => sum + week.counts[status], 0);
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(dataset.plans.length);
    }
    expect(changes.some((change) => change.planId === 'plan-sam-pip' && change.to === 'behind')).toBe(true);
  });
});

describe('the benchmark team', () => {
  it('has 200 plans of 90 days with 10 targets each, valid and evaluable', () => {
    const bench = benchDataset(200);
    expect(bench.plans).toHaveLength(200);
    for (const data of bench.plans) {
      expect(data.plan.targets).toHaveLength(10);
      expect((Date.parse(data.plan.end) - Date.parse(data.plan.start)) / 86_400_000 + 1).toBe(90);
    }
    expect(teamRows(bench, '2026-11-18')).toHaveLength(200);
  });
});
