import { describe, expect, it } from 'vitest';
import {
  BridgeRequest,
  dailyTotals,
  evaluatePlan,
  PullResponse,
  parseBundle,
  RollupSchema,
  rollupActivities,
} from '../src/index.js';
import { activitiesAt, workedExamplePlan } from './helpers.js';

const plan = workedExamplePlan([
  { id: 'calls', metric: 'calls', cadence: 'daily', goal: 10 },
  { id: 'pipe', metric: 'pipeline_created', cadence: 'plan', goal: 10_000 },
]);
const activities = [
  ...activitiesAt('calls', '2026-11-03T10:00:00-05:00', 4),
  ...activitiesAt('calls', '2026-11-03T16:00:00-05:00', 3),
  ...activitiesAt('pipeline_created', '2026-11-04T10:00:00-05:00', 1, { amount: 2_500 }),
];

describe('rollups as JSON', () => {
  it('survive a JSON round trip and the schema, and evaluate the same at the end of a day', () => {
    const rollup = rollupActivities(plan, activities);
    const transported = RollupSchema.parse(JSON.parse(JSON.stringify(rollup)));
    const endOfDay = '2026-11-04T23:59:00-05:00';
    expect(evaluatePlan(plan, transported, endOfDay)).toEqual(evaluatePlan(plan, activities, endOfDay));
    expect(dailyTotals(transported, 'calls').slice(0, 3)).toEqual([
      { date: '2026-11-02', value: 0 },
      { date: '2026-11-03', value: 7 },
      { date: '2026-11-04', value: 0 },
    ]);
  });

  it('cut a day exactly only where the detail is kept', () => {
    const rollup = rollupActivities(plan, activities);
    const midDay = '2026-11-03T12:00:00-05:00';
    const calls = (r: Parameters<typeof evaluatePlan>[1]) =>
      evaluatePlan(plan, r, midDay).targets.find((t) => t.targetId === 'calls')?.actual;
    expect(calls(rollup)).toBe(4);
    expect(calls(JSON.parse(JSON.stringify(rollup)))).toBe(7);
  });

  it('refuse a rollup in another zone than the plan', () => {
    const rollup = rollupActivities({ ...plan, timeZone: 'Europe/Paris' }, activities);
    expect(() => evaluatePlan(plan, rollup, '2026-11-05T12:00:00Z')).toThrow(
      /Europe\/Paris.*America\/New_York/,
    );
  });

  it('name a malformed rollup field', () => {
    const bad = JSON.parse(JSON.stringify(rollupActivities(plan, activities)));
    bad.metrics.calls.latest.pop();
    bad.metrics.vibes = { totals: [], latest: [] };
    const result = RollupSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['metrics.calls.latest', 'metrics.vibes']),
    );
  });
});

describe('the extension bridge', () => {
  it('accepts the two requests and a pull answered with a bundle of rollups', () => {
    expect(BridgeRequest.safeParse({ type: 'onpace/pull', protocol: 1 }).success).toBe(true);
    expect(BridgeRequest.safeParse({ type: 'onpace/pull', protocol: 2 }).success).toBe(false);
    expect(BridgeRequest.safeParse({ type: 'onpace/delete-everything', protocol: 1 }).success).toBe(false);
    const bundle = parseBundle({
      format: 'onpace.bundle',
      version: 1,
      exportedAt: '2026-11-25T10:00:00Z',
      plans: [plan],
      rollups: [{ planId: plan.id, rollup: JSON.parse(JSON.stringify(rollupActivities(plan, activities))) }],
    });
    const response = PullResponse.parse({ ok: true, bundle });
    expect(response.ok && response.bundle.rollups[0]?.rollup.metrics.calls?.totals[1]).toBe(7);
  });
});
