import { civilDateAt } from '@onpace/core/calendar';
import { describe, expect, it } from 'vitest';
import { datasetFromBundle } from '../src/data/bundle-to-dataset';
import type { PlanData } from '../src/data/dataset';
import { buildDemoBundle } from '../src/data/demo/demo-team';
import { DEMO_AS_OF } from '../src/data/demo/roster';
import { attainabilityAtStart, chanceText, planAttainability } from '../src/model/attainability';

const demo = datasetFromBundle(buildDemoBundle(), 'demo', DEMO_AS_OF);

function planData(id: string): PlanData {
  const data = demo.plans.find((candidate) => candidate.plan.id === id);
  if (!data) throw new Error(`no demo plan ${id}`);
  return data;
}

describe('the plan detail’s attainability', () => {
  it('judges every demo plan at its start from 90 days of history, with the other reps as the team', () => {
    for (const data of demo.plans) {
      const view = planAttainability(data, demo.plans, DEMO_AS_OF);
      expect(view.baseline.sufficient).toBe(true);
      expect(view.baseline.to).toBe(
        new Date(Date.parse(`${data.plan.start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10),
      );
      expect(view.teamMembers).toBe(7);
      expect(view.rows.map((row) => row.targetId)).toEqual(data.plan.targets.map((target) => target.id));
      for (const row of view.rows) {
        expect(row.atStart).toMatchObject({ basis: 'goal', asOf: null });
        expect(row.atStart.sample.days).toBe(view.baseline.businessDays);
        expect(row.atStart.chance).not.toBeNull();
      }
    }
  });

  it('re-judges at the as-of date from what is still needed, and not before the plan starts', () => {
    const data = planData('plan-avery-q4');
    const view = planAttainability(data, demo.plans, DEMO_AS_OF);
    expect(view.nowDate).toBe(DEMO_AS_OF);
    const calls = view.rows.find((row) => row.targetId === 'calls');
    expect(calls?.now).toMatchObject({ basis: 'remaining', status: expect.any(String) });
    // Weeks of the plan settled: the rep's plan days join the history.
    expect(calls?.now?.sample.days).toBeGreaterThan(view.baseline.businessDays);
    expect(calls?.now?.reason).toContain('the plan’s settled ones included');

    const before = planAttainability(data, demo.plans, '2026-09-01');
    expect(before.nowDate).toBeNull();
    expect(before.rows.every((row) => row.now === null)).toBe(true);
    // Past the end, "now" is the plan's last day.
    expect(planAttainability(data, demo.plans, '2027-02-01').nowDate).toBe(data.plan.end);
  });

  it('says no-data, never a verdict, when only a rollup came (no history before the plan)', () => {
    const data: PlanData = { ...planData('plan-avery-q4'), activities: [] };
    const view = planAttainability(data, [data], DEMO_AS_OF);
    expect(view.baseline.sufficient).toBe(false);
    expect(view.rows.every((row) => row.atStart.verdict === 'no-data')).toBe(true);
    expect(view.diagnosis.cause).toEqual({ kind: 'no-clear-cause', reason: 'thin-baseline' });
    expect(view.teamMembers).toBe(0);
  });

  it('gives the evidence report the same chance at the start, the team left out as it never counts', () => {
    const data = planData('plan-avery-q4');
    const view = planAttainability(data, demo.plans, DEMO_AS_OF);
    const report = attainabilityAtStart(data);
    expect(report.map((entry) => entry.chance)).toEqual(view.rows.map((row) => row.atStart.chance));
    expect(report.map((entry) => entry.reason)).toEqual(view.rows.map((row) => row.atStart.reason));
    expect(report.every((entry) => entry.team === null)).toBe(true);
  });

  it('writes the chance as a figure beside the verdict word', () => {
    expect([0.004, 0.341, 0.996, 1, null].map(chanceText)).toEqual([
      'under 1 %',
      '34 %',
      'over 99 %',
      '100 %',
      null,
    ]);
  });

  it('keeps the demo plans’ own activity unchanged: history lies wholly before each start', () => {
    const bundle = buildDemoBundle();
    for (const plan of bundle.plans) {
      const history = bundle.activities.filter((activity) => activity.id.startsWith(`${plan.id}-before-`));
      expect(history.length).toBeGreaterThan(0);
      for (const activity of history) {
        expect(civilDateAt(Date.parse(activity.occurredAt), plan.timeZone) < plan.start).toBe(true);
      }
    }
  });
});
