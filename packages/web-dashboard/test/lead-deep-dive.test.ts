/**
 * The demo team's leads and the plan page's deep dive: Sam Patel's lead volume fell in the 30
 * days before his plan while his conversion held, and the diagnosis says so; nobody else's did.
 */
import { civilDateAt } from '@onpace/core/calendar';
import { describe, expect, it } from 'vitest';
import { datasetFromBundle } from '../src/data/bundle-to-dataset';
import { buildDemoBundle } from '../src/data/demo/demo-team';
import { DEMO_AS_OF } from '../src/data/demo/roster';
import { planAttainability } from '../src/model/attainability';
import { perWeekOf, planLeadDeepDive, rateOf } from '../src/model/lead-deep-dive';

const demo = datasetFromBundle(buildDemoBundle(), 'demo', DEMO_AS_OF);

function planData(id: string) {
  const data = demo.plans.find((candidate) => candidate.plan.id === id);
  if (!data) throw new Error(`no demo plan ${id}`);
  return data;
}

describe('the demo team’s leads', () => {
  it('gives Sam Patel a lead-volume diagnosis against the team, and nobody else', () => {
    const causes = demo.plans.map((data) => [
      data.plan.rep.name,
      planAttainability(data, demo.plans, DEMO_AS_OF).diagnosis.cause.kind,
    ]);
    expect(causes.filter(([, kind]) => kind === 'lead-volume')).toEqual([['Sam Patel', 'lead-volume']]);
    const sam = planAttainability(planData('plan-sam-pip'), demo.plans, DEMO_AS_OF).diagnosis;
    expect(sam.against).toBe('team');
    expect(sam.focus).toBe('prospecting');
  });

  it('shows Sam’s fall in his own history: fewer leads a week, conversion in line', () => {
    const { history } = planLeadDeepDive(
      planData('plan-sam-pip').plan,
      planData('plan-sam-pip').activities ?? [],
    );
    const recent = perWeekOf(history.recent, 'leads_assigned') ?? 0;
    const earlier = perWeekOf(history.earlier, 'leads_assigned') ?? 0;
    expect(recent / earlier).toBeLessThan(0.8);
    const recentRate = rateOf(history.recent, 'lead-conversion') ?? 0;
    const earlierRate = rateOf(history.earlier, 'lead-conversion') ?? 0;
    expect(Math.abs(recentRate - earlierRate)).toBeLessThan(0.08);
  });

  it('counts every lead of the range in its weeks', () => {
    const data = planData('plan-sam-pip');
    const { dive } = planLeadDeepDive(data.plan, data.activities ?? []);
    const inRange = (data.activities ?? []).filter((activity) => {
      const date = civilDateAt(Date.parse(activity.occurredAt), data.plan.timeZone);
      return activity.metric === 'leads_assigned' && date >= dive.from && date <= dive.to;
    });
    expect(dive.weeks.reduce((sum, week) => sum + week.leadsAssigned, 0)).toBe(inRange.length);
    expect(inRange.length).toBeGreaterThan(0);
  });
});
