import { STATUSES, scheduledCheckIns } from '@onpace/core/pace';
import { safeParseBundle } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { demoDataset } from '../src/app/sources';
import { buildDemoBundle, demoBundle } from '../src/data/demo/demo-team';
import { DEMO_AS_OF, DEMO_REPS } from '../src/data/demo/roster';
import { teamRows } from '../src/model/team-rows';

describe('the demo team', () => {
  const bundle = demoBundle();

  it('is a valid OnPace bundle', () => {
    const parsed = safeParseBundle(JSON.parse(JSON.stringify(bundle)));
    expect(parsed.success ? [] : parsed.error.problems).toEqual([]);
  });

  it('is the same on every build (seeded, no clock)', () => {
    expect(JSON.stringify(buildDemoBundle())).toBe(JSON.stringify(bundle));
  });

  it('has about eight reps on 30, 60 and 90-day plans', () => {
    expect(bundle.plans).toHaveLength(8);
    const lengths = bundle.plans.map(
      (plan) => (Date.parse(plan.end) - Date.parse(plan.start)) / 86_400_000 + 1,
    );
    expect(new Set(lengths)).toEqual(new Set([30, 60, 90]));
  });

  it('shows every status of pace.md on the demo date', () => {
    const statuses = new Set(teamRows(demoDataset(), DEMO_AS_OF).map((row) => row.status));
    expect([...statuses].sort()).toEqual([...STATUSES].sort());
  });

  it('has holidays, time off, weekday rhythm, notes and check-ins, with some check-ins skipped', () => {
    expect(bundle.plans.some((plan) => plan.holidays.length > 0)).toBe(true);
    expect(bundle.plans.some((plan) => plan.ptoDays.length > 0)).toBe(true);
    const weekend = bundle.activities.filter((activity) =>
      [0, 6].includes(new Date(activity.occurredAt).getUTCDay()),
    );
    expect(weekend.length).toBeLessThan(bundle.activities.length / 20);
    expect(bundle.notes.length).toBeGreaterThan(20);
    expect(bundle.notes.some((note) => note.visibility === 'private')).toBe(true);
    const scheduled = bundle.plans.reduce(
      (sum, plan) => sum + scheduledCheckIns(plan).filter((date) => date <= DEMO_AS_OF).length,
      0,
    );
    expect(bundle.checkIns.length).toBeLessThan(scheduled);
    expect(bundle.checkIns.every((checkIn) => checkIn.snapshot !== undefined)).toBe(true);
  });

  it('tells a slump and a recovery', () => {
    expect(DEMO_REPS.map((rep) => rep.story)).toEqual(expect.arrayContaining(['slump', 'recovery']));
    const rows = teamRows(demoDataset(), DEMO_AS_OF);
    expect(rows.find((row) => row.planId === 'plan-sam-pip')?.status).toBe('behind');
    expect(rows.find((row) => row.planId === 'plan-riley-growth')?.status).toBe('ahead');
  });

  it('exercises de-duplication: an edited deal and a deleted call', () => {
    expect(bundle.activities.some((activity) => activity.deleted === true)).toBe(true);
    expect(
      bundle.activities.some(
        (activity) => activity.modifiedAt !== undefined && activity.amount !== undefined,
      ),
    ).toBe(true);
  });
});
