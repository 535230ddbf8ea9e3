/** docs/pace.md's worked example, number for number. */
import { describe, expect, it } from 'vitest';
import { type Activity, businessDays, evaluatePlan, rollupActivities } from '../src/index.js';
import {
  activitiesAt,
  datesBetween,
  WORKED_EXAMPLE_TARGETS,
  workedExampleActivities,
  workedExamplePlan,
} from './helpers.js';

const AS_OF = '2026-11-18T18:00:00Z';

const plan = workedExamplePlan(WORKED_EXAMPLE_TARGETS);

const settledDays = businessDays(plan).filter((date) => date < '2026-11-18');

const exampleActivities = (missedCallDays: number): Activity[] =>
  workedExampleActivities(plan, missedCallDays);

describe('pace.md worked example', () => {
  it('has N = 18 business days and E = 12.5, R = 5.5 at 13:00 EST on the 18th', () => {
    expect(businessDays(plan)).toHaveLength(18);
    expect(settledDays).toHaveLength(12);
    const result = evaluatePlan(plan, [], AS_OF);
    expect(result.date).toBe('2026-11-18');
    expect(result.businessDays).toEqual({ elapsed: 12.5, total: 18, remaining: 5.5 });
  });

  it('pipeline, plan cadence: at-risk with the documented figures', () => {
    const pipeline = evaluatePlan(plan, exampleActivities(1), AS_OF).targets.find(
      (t) => t.targetId === 'pipeline',
    );
    expect(pipeline?.actual).toBe(60_000);
    expect(pipeline?.expected).toBeCloseTo(69_444.444_444, 5);
    expect(pipeline?.paceRatio).toBeCloseTo(0.864, 10);
    expect(pipeline?.status).toBe('at-risk');
    expect(pipeline?.projected).toBeCloseTo(86_400, 8);
    expect(pipeline?.requiredPerDay).toBeCloseTo(7_272.727_272, 5);
  });

  it('opportunities, weekly share-of-periods 0.75: at-risk with two periods remaining', () => {
    const opps = evaluatePlan(plan, exampleActivities(1), AS_OF).targets.find((t) => t.targetId === 'opps');
    expect(opps?.periods.map((p) => [p.start, p.end, p.businessDays.total, p.goal])).toEqual([
      ['2026-11-02', '2026-11-08', 5, 5],
      ['2026-11-09', '2026-11-15', 5, 5],
      ['2026-11-16', '2026-11-22', 5, 5],
      ['2026-11-23', '2026-11-27', 3, 3],
    ]);
    expect(opps?.periods.map((p) => p.status)).toEqual(['achieved', 'missed', 'at-risk', 'not-started']);
    expect(opps?.periods.map((p) => p.actual)).toEqual([5, 3, 2, 0]);
    expect(opps?.current?.businessDays.elapsed).toBe(2.5);
    expect(opps?.current?.expected).toBe(2.5);
    expect(opps?.current?.paceRatio).toBeCloseTo(0.8, 12);
    expect(opps?.periodsNeeded).toBe(3);
    expect(opps?.periodsMet).toBe(1);
    expect(opps?.periodsRemaining).toBe(2);
    expect(opps?.status).toBe('at-risk');
    expect(opps?.goal).toBe(18);
  });

  it('calls, daily share-of-periods 0.9: at-risk with one settled miss, plan at-risk', () => {
    const result = evaluatePlan(plan, exampleActivities(1), AS_OF);
    const calls = result.targets.find((t) => t.targetId === 'calls');
    expect(calls?.periods).toHaveLength(18);
    expect(calls?.periodsNeeded).toBe(17);
    expect(calls?.periodsMet).toBe(11);
    expect(calls?.current?.expected).toBe(25);
    expect(calls?.current?.actual).toBe(20);
    expect(calls?.current?.status).toBe('at-risk');
    expect(calls?.status).toBe('at-risk');
    expect(result.status).toBe('at-risk');
  });

  it('calls with two settled misses: missed, and so is the plan', () => {
    const result = evaluatePlan(plan, exampleActivities(2), AS_OF);
    expect(result.targets.find((t) => t.targetId === 'calls')?.status).toBe('missed');
    expect(result.status).toBe('missed');
  });

  it('gives the same figures from a rollup as from the activities', () => {
    const activities = exampleActivities(1);
    const fromActivities = evaluatePlan(plan, activities, AS_OF);
    const fromRollup = evaluatePlan(plan, rollupActivities(plan, activities), AS_OF);
    expect(fromRollup).toEqual(fromActivities);
  });

  it('counts weekend activity in weekly and plan totals but gives weekends no daily period', () => {
    const weekend = activitiesAt('calls', '2026-11-07T10:00:00-05:00', 7);
    const calls = evaluatePlan(plan, weekend, AS_OF).targets.find((t) => t.targetId === 'calls');
    expect(calls?.actual).toBe(7);
    expect(calls?.periods.some((p) => p.start === '2026-11-07')).toBe(false);
    expect(datesBetween('2026-11-02', '2026-11-27')).toHaveLength(26);
  });
});
