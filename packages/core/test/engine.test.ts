import { describe, expect, it } from 'vitest';
import {
  type Activity,
  businessDays,
  evaluatePlan,
  type PlanInput,
  parsePlan,
  rollupActivities,
} from '../src/index.js';
import { activitiesAt } from './helpers.js';

function plan(overrides: Partial<PlanInput> & Pick<PlanInput, 'targets'>) {
  return parsePlan({
    id: 'p',
    title: 'Plan',
    rep: { id: 'r', name: 'Rep' },
    timeZone: 'America/New_York',
    start: '2026-11-02',
    end: '2026-11-27',
    ...overrides,
  });
}

const callsPlan = (goal: number, extra: Partial<PlanInput> = {}) =>
  plan({ targets: [{ id: 'calls', metric: 'calls', cadence: 'plan', goal }], ...extra });

function target(result: ReturnType<typeof evaluatePlan>, id: string) {
  const found = result.targets.find((t) => t.targetId === id);
  if (!found) throw new Error(`no target ${id}`);
  return found;
}

describe('elapsed business time at the edges of the window', () => {
  const p = callsPlan(100);
  it('is 0 before the window and every target is not started', () => {
    const result = evaluatePlan(
      p,
      activitiesAt('calls', '2026-11-01T12:00:00-05:00', 10),
      '2026-11-01T20:00:00Z',
    );
    expect(result.businessDays).toEqual({ elapsed: 0, total: 20, remaining: 20 });
    expect(target(result, 'calls').actual).toBe(0);
    expect(result.status).toBe('not-started');
  });

  it('is 0 at 09:00 on the first day, 0.5 at 13:00, 1 at 17:00 and after', () => {
    expect(evaluatePlan(p, [], '2026-11-02T09:00:00-05:00').businessDays.elapsed).toBe(0);
    expect(evaluatePlan(p, [], '2026-11-02T13:00:00-05:00').businessDays.elapsed).toBe(0.5);
    expect(evaluatePlan(p, [], '2026-11-02T17:00:00-05:00').businessDays.elapsed).toBe(1);
    expect(evaluatePlan(p, [], '2026-11-02T23:59:00-05:00').businessDays.elapsed).toBe(1);
  });

  it('is N at the end of the last day and after the window; short targets are missed', () => {
    const activities = activitiesAt('calls', '2026-11-10T10:00:00-05:00', 99);
    const atEnd = evaluatePlan(p, activities, '2026-11-27T17:00:00-05:00');
    expect(atEnd.businessDays).toEqual({ elapsed: 20, total: 20, remaining: 0 });
    expect(target(atEnd, 'calls').status).toBe('missed');
    expect(target(atEnd, 'calls').requiredPerDay).toBeNull();
    const after = evaluatePlan(p, activities, '2026-12-15T12:00:00Z');
    expect(after.businessDays.elapsed).toBe(20);
    expect(target(after, 'calls').status).toBe('missed');
  });

  it('achieves as soon as the goal is met, even before the window is over', () => {
    const result = evaluatePlan(
      p,
      activitiesAt('calls', '2026-11-03T10:00:00-05:00', 100),
      '2026-11-04T12:00:00Z',
    );
    expect(target(result, 'calls').status).toBe('achieved');
    expect(target(result, 'calls').requiredPerDay).toBe(0);
  });
});

describe('attribution', () => {
  it('counts an activity on its local date across the March DST change', () => {
    const march = parsePlan({
      id: 'm',
      title: 'March',
      rep: { id: 'r', name: 'Rep' },
      timeZone: 'America/New_York',
      start: '2026-03-09',
      end: '2026-03-13',
      targets: [{ id: 'calls', metric: 'calls', cadence: 'daily', goal: 1 }],
    });
    // 23:59:59 EDT on Sunday Mar 8 (before the window) and 00:00:00 EDT on Monday Mar 9.
    const activities: Activity[] = [
      ...activitiesAt('calls', '2026-03-09T03:59:59Z', 1),
      ...activitiesAt('calls', '2026-03-09T04:00:00Z', 1),
    ];
    const result = evaluatePlan(march, activities, '2026-03-09T17:00:00Z');
    const calls = target(result, 'calls');
    expect(calls.actual).toBe(1);
    expect(calls.current?.start).toBe('2026-03-09');
    expect(calls.current?.status).toBe('achieved');
    // 13:00 EDT is 17:00Z: half the working day.
    expect(result.businessDays.elapsed).toBe(0.5);
  });

  it('counts an activity on its local date across the November DST change', () => {
    const p = plan({
      start: '2026-11-01',
      targets: [{ id: 'calls', metric: 'calls', cadence: 'daily', goal: 1 }],
    });
    const activities = [
      ...activitiesAt('calls', '2026-11-02T04:59:59Z', 1), // Sunday Nov 1, 23:59:59 EST
      ...activitiesAt('calls', '2026-11-02T05:00:00Z', 1), // Monday Nov 2, 00:00 EST
    ];
    const calls = target(evaluatePlan(p, activities, '2026-11-02T18:00:00Z'), 'calls');
    expect(calls.actual).toBe(2);
    expect(calls.periods[0]?.start).toBe('2026-11-02');
    expect(calls.periods[0]?.actual).toBe(1);
  });

  it('ignores activities after asOf, also on the same day and from a rollup', () => {
    const p = callsPlan(100);
    const activities = [
      ...activitiesAt('calls', '2026-11-18T12:00:00-05:00', 3),
      ...activitiesAt('calls', '2026-11-18T15:00:00-05:00', 4),
    ];
    const asOf = '2026-11-18T13:00:00-05:00';
    expect(target(evaluatePlan(p, activities, asOf), 'calls').actual).toBe(3);
    expect(target(evaluatePlan(p, rollupActivities(p, activities), asOf), 'calls').actual).toBe(3);
    expect(
      target(evaluatePlan(p, rollupActivities(p, activities), '2026-11-18T16:00:00-05:00'), 'calls').actual,
    ).toBe(7);
  });

  it('ignores activities outside the window', () => {
    const p = callsPlan(100);
    const activities = [
      ...activitiesAt('calls', '2026-11-01T23:59:59-05:00', 2),
      ...activitiesAt('calls', '2026-11-28T00:00:00-05:00', 2),
      ...activitiesAt('calls', '2026-11-27T23:59:59-05:00', 1),
    ];
    expect(target(evaluatePlan(p, activities, '2026-12-01T00:00:00Z'), 'calls').actual).toBe(1);
  });
});

describe('de-duplication', () => {
  it('counts the same record once and lets the last version win', () => {
    const p = plan({ targets: [{ id: 'pipe', metric: 'pipeline_created', cadence: 'plan', goal: 10_000 }] });
    const base = { source: 'salesforce' as const, id: '006A', metric: 'pipeline_created' as const };
    const activities: Activity[] = [
      { ...base, occurredAt: '2026-11-03T10:00:00-05:00', amount: 1_000 },
      { ...base, occurredAt: '2026-11-03T10:00:00-05:00', amount: 1_000 },
      { ...base, occurredAt: '2026-11-03T10:00:00-05:00', amount: 4_000 },
      { ...base, id: '006B', occurredAt: '2026-11-04T10:00:00-05:00', amount: 2_500 },
    ];
    expect(target(evaluatePlan(p, activities, '2026-11-05T12:00:00Z'), 'pipe').actual).toBe(6_500);
  });

  it('removes a deleted record, and a later version brings it back', () => {
    const p = callsPlan(10);
    const call = {
      source: 'hubspot' as const,
      id: '501',
      metric: 'calls' as const,
      occurredAt: '2026-11-03T10:00:00-05:00',
    };
    const asOf = '2026-11-05T12:00:00Z';
    expect(target(evaluatePlan(p, [call, { ...call, deleted: true }], asOf), 'calls').actual).toBe(0);
    expect(target(evaluatePlan(p, [call, { ...call, deleted: true }, call], asOf), 'calls').actual).toBe(1);
  });

  it('keys by source and metric too', () => {
    const p = callsPlan(10);
    const call = {
      source: 'hubspot' as const,
      id: '501',
      metric: 'calls' as const,
      occurredAt: '2026-11-03T10:00:00-05:00',
    };
    const activities: Activity[] = [call, { ...call, source: 'salesforce' }, { ...call, metric: 'connects' }];
    expect(target(evaluatePlan(p, activities, '2026-11-05T12:00:00Z'), 'calls').actual).toBe(2);
  });
});

describe('weekly periods', () => {
  it('clips and prorates the first and last weeks of a plan that starts mid-week', () => {
    const p = plan({
      start: '2026-11-04',
      end: '2026-11-24',
      targets: [{ id: 'opps', metric: 'opportunities_created', cadence: 'weekly', goal: 5 }],
    });
    const opps = target(evaluatePlan(p, [], '2026-11-04T12:00:00Z'), 'opps');
    expect(opps.periods.map((x) => [x.start, x.end, x.businessDays.total, x.goal])).toEqual([
      ['2026-11-04', '2026-11-08', 3, 3],
      ['2026-11-09', '2026-11-15', 5, 5],
      ['2026-11-16', '2026-11-22', 5, 5],
      ['2026-11-23', '2026-11-24', 2, 2],
    ]);
    expect(opps.goal).toBe(15);
  });

  it('starts weeks on Sunday when weekStartsOn is 7', () => {
    const p = plan({
      weekStartsOn: 7,
      targets: [{ id: 'opps', metric: 'opportunities_created', cadence: 'weekly', goal: 5 }],
    });
    const opps = target(evaluatePlan(p, [], '2026-11-02T12:00:00Z'), 'opps');
    expect(opps.periods.map((x) => [x.start, x.end])).toEqual([
      ['2026-11-02', '2026-11-07'],
      ['2026-11-08', '2026-11-14'],
      ['2026-11-15', '2026-11-21'],
      ['2026-11-22', '2026-11-27'],
    ]);
    // A Saturday activity belongs to the Sunday-started week that holds it.
    const saturday = activitiesAt('opportunities_created', '2026-11-14T10:00:00-05:00', 2);
    const withSaturday = target(evaluatePlan(p, saturday, '2026-11-16T12:00:00Z'), 'opps');
    expect(withSaturday.periods[1]?.actual).toBe(2);
  });

  it('prorates a week with a holiday and PTO, and skips a week with no business day', () => {
    const p = plan({
      start: '2026-11-02',
      end: '2026-11-20',
      holidays: ['2026-11-11', '2026-11-09', '2026-11-10'],
      ptoDays: ['2026-11-12', '2026-11-13', '2026-11-16'],
      targets: [{ id: 'opps', metric: 'opportunities_created', cadence: 'weekly', goal: 10 }],
    });
    const opps = target(evaluatePlan(p, [], '2026-11-02T12:00:00Z'), 'opps');
    expect(opps.periods.map((x) => [x.start, x.businessDays.total, x.goal])).toEqual([
      ['2026-11-02', 5, 10],
      ['2026-11-16', 4, 8],
    ]);
    expect(businessDays(p)).toHaveLength(9);
  });

  it('uses a custom workweek for proration', () => {
    const p = plan({
      workdays: [1, 2, 3, 4],
      targets: [{ id: 'opps', metric: 'opportunities_created', cadence: 'weekly', goal: 4 }],
    });
    const opps = target(evaluatePlan(p, [], '2026-11-02T12:00:00Z'), 'opps');
    expect(opps.periods.map((x) => x.goal)).toEqual([4, 4, 4, 4]);
    expect(businessDays(p)).not.toContain('2026-11-06');
  });
});

describe('period rules', () => {
  const daily = (rule: PlanInput['targets'][number]['rule']) =>
    plan({
      end: '2026-11-06',
      targets: [{ id: 'calls', metric: 'calls', cadence: 'daily', goal: 10, rule }],
    });
  const days = ['2026-11-02', '2026-11-03', '2026-11-04'];
  const activities = [
    ...activitiesAt('calls', `${days[0]}T10:00:00-05:00`, 10),
    ...activitiesAt('calls', `${days[1]}T10:00:00-05:00`, 4),
    ...activitiesAt('calls', `${days[2]}T10:00:00-05:00`, 10),
  ];
  const asOf = '2026-11-05T10:00:00-05:00';

  it('each-period: one settled miss is a miss', () => {
    const calls = target(evaluatePlan(daily({ kind: 'each-period' }), activities, asOf), 'calls');
    expect(calls.periodsNeeded).toBe(5);
    expect(calls.status).toBe('missed');
  });

  it('share-of-periods: follows the current period while enough periods remain', () => {
    const calls = target(
      evaluatePlan(daily({ kind: 'share-of-periods', atLeast: 0.6 }), activities, asOf),
      'calls',
    );
    expect(calls.periodsNeeded).toBe(3);
    expect(calls.periodsMet).toBe(2);
    expect(calls.periodsRemaining).toBe(2);
    // At 10:00 the current day has X_p = 1.25 and A_p = 0: behind.
    expect(calls.current?.status).toBe('behind');
    expect(calls.status).toBe('behind');
  });

  it('share-of-periods: on track when today is settled and enough periods remain', () => {
    const calls = target(
      evaluatePlan(
        daily({ kind: 'share-of-periods', atLeast: 0.6 }),
        activities,
        '2026-11-04T18:00:00-05:00',
      ),
      'calls',
    );
    expect(calls.current?.settled).toBe(true);
    expect(calls.periodsMet).toBe(2);
    expect(calls.status).toBe('on-track');
    const short = activities.slice(0, 14);
    const shortCalls = target(
      evaluatePlan(daily({ kind: 'share-of-periods', atLeast: 0.6 }), short, '2026-11-04T18:00:00-05:00'),
      'calls',
    );
    expect(shortCalls.periodsMet).toBe(1);
    expect(shortCalls.status).toBe('on-track');
    const tooShort = activities.slice(0, 10);
    const missed = target(
      evaluatePlan(daily({ kind: 'share-of-periods', atLeast: 0.6 }), tooShort, '2026-11-05T18:00:00-05:00'),
      'calls',
    );
    expect(missed.status).toBe('missed');
  });

  it('total: only the sum counts, against the sum of the period goals', () => {
    const calls = target(evaluatePlan(daily({ kind: 'total' }), activities, asOf), 'calls');
    expect(calls.goal).toBe(50);
    expect(calls.periodsNeeded).toBeNull();
    // E = 3 + 1/8, X = 50 * 3.125 / 5 = 31.25, A = 24: ratio 0.768.
    expect(calls.expected).toBe(31.25);
    expect(calls.paceRatio).toBeCloseTo(0.768, 12);
    expect(calls.status).toBe('behind');
  });

  it('reports not-started while no business time of the window has elapsed', () => {
    const calls = target(
      evaluatePlan(daily({ kind: 'each-period' }), [], '2026-11-02T08:00:00-05:00'),
      'calls',
    );
    expect(calls.status).toBe('not-started');
  });
});

describe('milestones and thresholds', () => {
  it('evaluates a milestone over plan.start .. until', () => {
    const p = plan({
      targets: [
        { id: 'early', metric: 'meetings_booked', cadence: 'plan', goal: 4, until: '2026-11-06' },
        { id: 'all', metric: 'meetings_booked', cadence: 'plan', goal: 20 },
      ],
    });
    const activities = activitiesAt('meetings_booked', '2026-11-09T10:00:00-05:00', 6);
    const result = evaluatePlan(p, activities, '2026-11-10T12:00:00Z');
    const early = target(result, 'early');
    expect(early.window).toEqual({
      start: '2026-11-02',
      end: '2026-11-06',
      businessDays: { elapsed: 5, total: 5, remaining: 0 },
    });
    expect(early.actual).toBe(0);
    expect(early.status).toBe('missed');
    expect(target(result, 'all').actual).toBe(6);
    expect(result.status).toBe('missed');
  });

  it('applies a plan’s own thresholds', () => {
    const activities = activitiesAt('calls', '2026-11-02T10:00:00-05:00', 9);
    const asOf = '2026-11-02T17:00:00-05:00'; // E = 1, X = 10, ratio 0.9
    const standard = callsPlan(200);
    expect(target(evaluatePlan(standard, activities, asOf), 'calls').status).toBe('at-risk');
    const lenient = callsPlan(200, { thresholds: { ahead: 1.2, onTrack: 0.9, atRisk: 0.5 } });
    expect(target(evaluatePlan(lenient, activities, asOf), 'calls').status).toBe('on-track');
    const strict = callsPlan(200, { thresholds: { ahead: 1.5, onTrack: 1.2, atRisk: 1 } });
    expect(target(evaluatePlan(strict, activities, asOf), 'calls').status).toBe('behind');
  });

  it('leaves optional targets out of the plan status', () => {
    const p = plan({
      targets: [
        { id: 'calls', metric: 'calls', cadence: 'plan', goal: 10 },
        { id: 'stretch', metric: 'emails', cadence: 'plan', goal: 1_000, required: false },
      ],
    });
    const result = evaluatePlan(
      p,
      activitiesAt('calls', '2026-11-02T10:00:00-05:00', 10),
      '2026-11-03T12:00:00Z',
    );
    expect(target(result, 'stretch').status).toBe('behind');
    expect(result.status).toBe('achieved');
  });
});

describe('sum metrics', () => {
  it('adds amounts, not records', () => {
    const p = plan({ targets: [{ id: 'rev', metric: 'revenue_won', cadence: 'plan', goal: 50_000 }] });
    const activities = [
      ...activitiesAt('revenue_won', '2026-11-03T10:00:00-05:00', 1, { amount: 12_500.5 }),
      ...activitiesAt('revenue_won', '2026-11-04T10:00:00-05:00', 1, { amount: 7_499.5 }),
    ];
    const rev = target(evaluatePlan(p, activities, '2026-11-05T12:00:00Z'), 'rev');
    expect(rev.actual).toBe(20_000);
  });
});

describe('target windows', () => {
  it('reports the calendar window even when it ends on a weekend', () => {
    const p = plan({
      end: '2026-11-29',
      targets: [
        { id: 'd', metric: 'calls', cadence: 'daily', goal: 5 },
        { id: 'w', metric: 'calls', cadence: 'weekly', goal: 5, until: '2026-11-15' },
      ],
    });
    const result = evaluatePlan(p, [], '2026-11-03T12:00:00Z');
    expect(target(result, 'd').window.end).toBe('2026-11-29');
    expect(target(result, 'd').periods.at(-1)?.end).toBe('2026-11-27');
    expect(target(result, 'w').window).toMatchObject({ start: '2026-11-02', end: '2026-11-15' });
  });
});

describe('inputs as callers write them', () => {
  it('evaluates the smallest valid plan as written, with a Date for asOf', () => {
    const raw = {
      id: 'raw',
      title: 'Raw plan',
      rep: { id: 'r', name: 'Rep' },
      timeZone: 'America/New_York',
      start: '2026-11-02',
      end: '2026-11-27',
      targets: [{ id: 'calls', metric: 'calls' as const, cadence: 'daily' as const, goal: 50 }],
    };
    const result = evaluatePlan(raw, [], new Date('2026-11-18T18:00:00Z'));
    expect(result.businessDays.total).toBe(20);
    expect(result.targets[0]?.periodsNeeded).toBe(20);
    expect(businessDays(raw)).toHaveLength(20);
    expect(() => evaluatePlan({ ...raw, timeZone: 'Nowhere/Land' }, [], '2026-11-18T18:00:00Z')).toThrow(
      /timeZone: must be an IANA time zone/,
    );
  });
});
