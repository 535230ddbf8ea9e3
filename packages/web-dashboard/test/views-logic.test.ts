import { evaluatePlan, matchCheckIns, nextCheckIn, scheduledCheckIns } from '@onpace/core/pace';
import { parsePlan } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { demoDataset } from '../src/app/sources';
import { DEMO_AS_OF } from '../src/data/demo/roster';
import { endOfDayInstant } from '../src/model/as-of';
import { dailyDates, weeklyDates } from '../src/model/history';
import { planSeries } from '../src/model/plan-series';
import { teamRows } from '../src/model/team-rows';
import { applyView, DEFAULT_VIEW, managersOf } from '../src/model/team-table';
import { planTimeline } from '../src/model/timeline';
import { parseRoute, routeHref } from '../src/routing/route';
import { sampleBundle } from './fixtures';

const dataset = demoDataset();
const rows = teamRows(dataset, DEMO_AS_OF);

describe('as of: the end of the day in each plan’s zone', () => {
  it('is the last millisecond before the next local midnight', () => {
    expect(endOfDayInstant('2026-11-18', 'America/New_York')).toBe('2026-11-19T04:59:59.999Z');
    expect(endOfDayInstant('2026-11-18', 'Europe/London')).toBe('2026-11-18T23:59:59.999Z');
    // The day US clocks go back: 25 hours long.
    expect(endOfDayInstant('2026-11-01', 'America/Chicago')).toBe('2026-11-02T05:59:59.999Z');
  });
});

describe('team rows', () => {
  it('give each plan core’s own statuses at the as-of date', () => {
    for (const row of rows) {
      const data = dataset.plans.find((candidate) => candidate.plan.id === row.planId);
      if (!data) throw new Error(row.planId);
      const direct = evaluatePlan(data.plan, data.rollup, endOfDayInstant(DEMO_AS_OF, data.plan.timeZone));
      expect(row.status).toBe(direct.status);
      expect(row.targets.map((target) => target.status)).toEqual(
        direct.targets.map((target) => target.status),
      );
    }
  });

  it('change when the as-of date changes', () => {
    const earlier = teamRows(dataset, '2026-10-20');
    expect(earlier.map((row) => row.status)).not.toEqual(rows.map((row) => row.status));
  });

  it('show the last note written by the as-of day and the next check-in due', () => {
    const sam = rows.find((row) => row.planId === 'plan-sam-pip');
    expect(sam?.lastNote).not.toBeNull();
    expect(Date.parse(sam?.lastNote?.at ?? '') <= Date.parse('2026-11-20T05:00:00Z')).toBe(true);
    expect(sam?.nextCheckIn).toBe('2026-11-19');
  });
});

describe('sorting and filtering the team table', () => {
  it('puts trouble first by default, in core’s status order', () => {
    const ordered = applyView(rows, DEFAULT_VIEW).map((row) => row.status);
    expect(ordered.slice(0, 3)).toEqual(['missed', 'behind', 'at-risk']);
    expect(ordered.at(-1)).toBe('achieved');
  });

  it('sorts by any column, both ways', () => {
    const byRep = applyView(rows, { ...DEFAULT_VIEW, sort: 'rep' }).map((row) => row.repName);
    expect(byRep).toEqual([...byRep].sort((a, b) => a.localeCompare(b)));
    const byRepDown = applyView(rows, { ...DEFAULT_VIEW, sort: 'rep', direction: 'descending' }).map(
      (row) => row.repName,
    );
    expect(byRepDown).toEqual([...byRep].reverse());
    const byPace = applyView(rows, { ...DEFAULT_VIEW, sort: 'pace' }).map((row) => row.paceRatio);
    const present = byPace.filter((ratio) => ratio !== null);
    expect(present).toEqual([...present].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(byPace.at(-1)).toBeNull();
  });

  it('filters by status and by manager', () => {
    expect(applyView(rows, { ...DEFAULT_VIEW, status: 'behind' }).map((row) => row.planId)).toEqual([
      'plan-sam-pip',
    ]);
    const managers = managersOf(rows);
    expect(managers.map((manager) => manager.name)).toEqual(['Jordan Lee', 'Priya Shah']);
    const priya = applyView(rows, { ...DEFAULT_VIEW, managerId: 'mgr-priya-shah' });
    expect(priya.every((row) => row.managerName === 'Priya Shah')).toBe(true);
    expect(priya).toHaveLength(4);
  });
});

describe('check-in schedule', () => {
  const plan = parsePlan(sampleBundle().plans?.[0]);

  it('schedules the cadence weekday from the start; a holiday moves it to the next business day', () => {
    // Thursdays: Nov 5, 12, 19, then Nov 26 is Thanksgiving and Nov 27 PTO: nothing left in the window.
    expect(scheduledCheckIns(plan)).toEqual(['2026-11-05', '2026-11-12', '2026-11-19']);
  });

  it('counts a check-in within three days as held, each once', () => {
    const checkIns = sampleBundle().checkIns ?? [];
    const parsed = checkIns.map((checkIn) => ({
      ...checkIn,
      answer: '',
      actionItems: [],
      date: '2026-11-06',
    }));
    const slots = matchCheckIns(plan, parsed as never);
    expect(slots.map((slot) => slot.heldBy !== null)).toEqual([true, false, false]);
    expect(nextCheckIn(plan, parsed as never, '2026-11-10')).toBe('2026-11-12');
  });
});

describe('plan detail series', () => {
  const data = dataset.plans.find((candidate) => candidate.plan.id === 'plan-sam-pip');
  if (!data) throw new Error('demo plan missing');
  const series = planSeries(data, DEMO_AS_OF);

  it('has one actual point per day of the plan so far', () => {
    const days = dailyDates(data.plan, DEMO_AS_OF);
    expect(days[0]).toBe('2026-10-12');
    expect(days.at(-1)).toBe(DEMO_AS_OF);
    for (const target of series.targets) {
      expect(target.days.filter((day) => day.actual !== null)).toHaveLength(days.length);
      expect(target.days.at(-1)?.date).toBe(data.plan.end);
    }
  });

  it('takes every figure from core', () => {
    const direct = evaluatePlan(data.plan, data.rollup, endOfDayInstant('2026-11-02', data.plan.timeZone));
    const calls = series.targets.find((target) => target.target.id === 'calls');
    const day = calls?.days.find((point) => point.date === '2026-11-02');
    expect(day?.actual).toBe(direct.targets[0]?.actual);
    expect(day?.expected).toBe(direct.targets[0]?.expected);
    expect(calls?.evaluation.status).toBe(
      rows.find((row) => row.planId === 'plan-sam-pip')?.targets[0]?.status,
    );
  });

  it('ends each week on the plan’s last weekday and adds the as-of date', () => {
    const weeks = weeklyDates(data.plan, DEMO_AS_OF);
    expect(weeks.slice(0, 2)).toEqual(['2026-10-18', '2026-10-25']);
    expect(weeks.at(-1)).toBe(DEMO_AS_OF);
  });

  it('tells the plan’s record as the as-of day knew it, oldest first', () => {
    const entries = planTimeline(data, '2026-10-31');
    const kinds = new Set(entries.map(({ entry }) => entry.kind));
    for (const kind of ['plan.issued', 'checkin.held', 'note.added'])
      expect(kinds.has(kind as never)).toBe(true);
    expect(entries.every(({ date }) => date !== null && date <= '2026-10-31')).toBe(true);
    const dates = entries.map(({ date }) => date ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(planTimeline(data, '2026-11-18').length).toBeGreaterThan(entries.length);
  });
});

describe('hash routes', () => {
  it('round-trip', () => {
    for (const route of [
      { page: 'team' },
      { page: 'trends' },
      { page: 'plan', planId: 'plan/with slash' },
      { page: 'report', planId: 'p1' },
    ] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
    expect(parseRoute('#/nowhere')).toEqual({ page: 'team' });
    expect(parseRoute('')).toEqual({ page: 'team' });
  });
});
