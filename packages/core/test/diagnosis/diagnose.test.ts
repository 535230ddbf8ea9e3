import { describe, expect, it } from 'vitest';
import { type ConversionStage, Diagnosis, diagnose, type PlanFocus } from '../../src/index.js';
import { baselineOf, type FunnelCounts, funnelActivities, RANGE, TEAM_FUNNEL, teamOf } from './fixtures.js';

const team = teamOf();
// Observed over the whole range: a stage with no record is a real zero, not missing history.
const rep = (counts: FunnelCounts) => baselineOf(funnelActivities(counts), { observedFrom: RANGE.from });

describe('diagnose: activity volume', () => {
  // Half the team's calls, every rate the team's (later stages are too small to judge).
  const diagnosis = diagnose(
    rep({
      calls: 400,
      connects: 100,
      booked: 25,
      held: 20,
      opps: 10,
      won: 3,
      revenue: 30_000,
      pipeline: 100_000,
    }),
    team,
  );

  it('names calls per week with the numbers that led there', () => {
    expect(diagnosis.cause).toEqual({
      kind: 'activity-volume',
      metric: 'calls',
      rep: 100,
      team: 200,
      ratio: 0.5,
    });
    expect(diagnosis.focus).toBe('prospecting');
    expect(diagnosis.summary).toContain('100 a week');
    expect(diagnosis.summary).toContain('median is 200');
    expect(diagnosis.teamMembers).toBe(3);
  });

  it('lists every measure compared, in funnel order', () => {
    expect(diagnosis.comparisons.map((c) => [c.measure, c.ratio, c.judged])).toEqual([
      // No leads in this team's data: nothing to compare the lead funnel on.
      ['lead-volume', null, false],
      ['lead-conversion', null, false],
      ['activity-per-lead', null, false],
      ['volume', 0.5, true],
      ['connect-rate', 1, true],
      ['booking-rate', 1, true],
      ['show-rate', 1, true],
      ['opportunity-rate', 1, true],
      ['win-rate', 1.2, true],
      ['deal-size', 1, true],
    ]);
  });
});

// From the team's funnel, one stage's rate is halved (or lower); every other measure is in line.
const cases: [ConversionStage, FunnelCounts, number, number, PlanFocus][] = [
  [
    'connect-rate',
    { ...TEAM_FUNNEL, connects: 100, booked: 25, held: 20, opps: 10, won: 3, revenue: 30_000 },
    0.125,
    0.25,
    'prospecting',
  ],
  [
    'booking-rate',
    { ...TEAM_FUNNEL, booked: 25, held: 20, opps: 10, won: 3, revenue: 30_000 },
    0.125,
    0.25,
    'skill-work',
  ],
  [
    'show-rate',
    { ...TEAM_FUNNEL, held: 20, opps: 10, won: 3, revenue: 30_000 },
    0.4,
    0.8,
    'pipeline-management',
  ],
  ['opportunity-rate', { ...TEAM_FUNNEL, opps: 10, won: 3, revenue: 30_000 }, 0.25, 0.5, 'skill-work'],
  ['win-rate', { ...TEAM_FUNNEL, won: 2, revenue: 20_000 }, 0.1, 0.25, 'skill-work'],
];

describe('diagnose: each named conversion stage', () => {
  it.each(cases)('%s', (stage, counts, repRate, teamRate, focus) => {
    const diagnosis = diagnose(rep(counts), team);
    expect(diagnosis.cause).toMatchObject({ kind: 'conversion', stage });
    if (diagnosis.cause.kind !== 'conversion') throw new Error('not a conversion');
    expect(diagnosis.cause.rep).toBeCloseTo(repRate, 12);
    expect(diagnosis.cause.team).toBeCloseTo(teamRate, 12);
    expect(diagnosis.cause.ratio).toBeCloseTo(repRate / teamRate, 12);
    expect(diagnosis.focus).toBe(focus);
    expect(diagnosis.summary).toContain(`${Math.round(repRate * 100)}%`);
  });

  it('names the stage by its two metrics', () => {
    const diagnosis = diagnose(
      rep({ ...TEAM_FUNNEL, booked: 25, held: 20, opps: 10, won: 3, revenue: 30_000 }),
      team,
    );
    expect(diagnosis.cause).toMatchObject({ from: 'connects', to: 'meetings_booked' });
    expect(diagnosis.summary).toMatch(/^connects → meetings booked: 13% before the plan \(of 200\)/);
  });
});

describe('diagnose: deal size', () => {
  it('points at deal size when deals are half the team’s median', () => {
    const diagnosis = diagnose(rep({ ...TEAM_FUNNEL, revenue: 25_000 }), team);
    expect(diagnosis.cause).toEqual({ kind: 'deal-size', rep: 5_000, team: 10_000, ratio: 0.5 });
    expect(diagnosis.focus).toBe('skill-work');
    expect(diagnosis.summary).toContain('5,000');
  });

  it('does not judge deal size on fewer than 3 deals', () => {
    const diagnosis = diagnose(rep({ ...TEAM_FUNNEL, won: 5, revenue: 25_000, opps: 20 }), team);
    expect(diagnosis.cause.kind).toBe('deal-size');
    const two = diagnose(rep({ ...TEAM_FUNNEL, won: 2, opps: 8, revenue: 10_000 }), team);
    expect(two.comparisons.find((c) => c.measure === 'deal-size')?.judged).toBe(false);
    expect(two.comparisons.find((c) => c.measure === 'win-rate')?.judged).toBe(false); // 8 opps < 10
  });
});

describe('diagnose: choosing among gaps', () => {
  it('takes the widest gap', () => {
    // Calls at 75% of the team, win rate at 40% of it.
    const diagnosis = diagnose(
      rep({
        calls: 600,
        connects: 150,
        booked: 38,
        held: 30,
        opps: 20,
        won: 2,
        revenue: 20_000,
        pipeline: 200_000,
      }),
      team,
    );
    expect(diagnosis.cause).toMatchObject({ kind: 'conversion', stage: 'win-rate' });
  });

  it('takes the earlier measure in funnel order on a tie', () => {
    // Calls at 50% (100 a week against 200) and connect rate at 50% (12.5% against 25%).
    const diagnosis = diagnose(
      rep({ calls: 400, connects: 50, booked: 12, held: 10, opps: 5, won: 1, revenue: 10_000, pipeline: 0 }),
      team,
    );
    const ratioOf = (measure: string) => diagnosis.comparisons.find((c) => c.measure === measure)?.ratio;
    expect([ratioOf('volume'), ratioOf('connect-rate')]).toEqual([0.5, 0.5]);
    expect(diagnosis.cause.kind).toBe('activity-volume');
  });

  it('flags a measure at exactly 80% of the team’s median, not one at 81%', () => {
    const at80 = diagnose(
      rep({
        calls: 800,
        connects: 160,
        booked: 40,
        held: 32,
        opps: 16,
        won: 4,
        revenue: 40_000,
        pipeline: 0,
      }),
      team,
    );
    expect(at80.cause).toMatchObject({ kind: 'conversion', stage: 'connect-rate' });
    const at81 = diagnose(
      rep({
        calls: 800,
        connects: 162,
        booked: 40,
        held: 32,
        opps: 16,
        won: 4,
        revenue: 40_000,
        pipeline: 0,
      }),
      team,
    );
    expect(at81.cause).toEqual({ kind: 'no-clear-cause', reason: 'in-line' });
  });
});

describe('diagnose: no clear cause', () => {
  it('is in line when every measure is within 20% of the team or above it', () => {
    const diagnosis = diagnose(
      rep({ ...TEAM_FUNNEL, calls: 720, connects: 180, booked: 45, held: 36, opps: 18 }),
      team,
    );
    expect(diagnosis.cause).toEqual({ kind: 'no-clear-cause', reason: 'in-line' });
    expect(diagnosis.focus).toBeNull();
  });

  it('is thin-baseline below 10 business days, whatever the numbers', () => {
    const thin = baselineOf(funnelActivities({ ...TEAM_FUNNEL, calls: 100 }), { observedFrom: '2026-10-20' });
    const diagnosis = diagnose(thin, team);
    expect(diagnosis.cause).toEqual({ kind: 'no-clear-cause', reason: 'thin-baseline' });
    expect(diagnosis.summary).toContain('9 business days');
    expect(diagnosis.comparisons.every((c) => !c.judged)).toBe(true);
  });

  it('is no-team with fewer than 3 teammates long enough to compare', () => {
    const thinMate = baselineOf(funnelActivities(TEAM_FUNNEL), { observedFrom: '2026-10-26' });
    const weak = rep({ ...TEAM_FUNNEL, calls: 200 });
    expect(diagnose(weak).cause).toEqual({ kind: 'no-clear-cause', reason: 'no-team' });
    expect(diagnose(weak, [...teamOf(TEAM_FUNNEL, 2), thinMate]).cause).toEqual({
      kind: 'no-clear-cause',
      reason: 'no-team',
    });
    expect(diagnose(weak, [...teamOf(TEAM_FUNNEL, 2), thinMate]).teamMembers).toBe(2);
  });

  it('is nothing-comparable when the rep has too few records at every stage', () => {
    const sparse = rep({
      calls: 0,
      connects: 0,
      booked: 0,
      held: 0,
      opps: 0,
      won: 0,
      revenue: 0,
      pipeline: 0,
    });
    const diagnosis = diagnose(sparse, teamOf({ ...TEAM_FUNNEL, calls: 0 }));
    expect(diagnosis.cause).toEqual({ kind: 'no-clear-cause', reason: 'nothing-comparable' });
  });
});

describe('diagnosis words and schema', () => {
  const thin = baselineOf(funnelActivities(TEAM_FUNNEL), { observedFrom: '2026-10-20' });
  const empty = { calls: 0, connects: 0, booked: 0, held: 0, opps: 0, won: 0, revenue: 0, pipeline: 0 };
  const all = [
    diagnose(
      rep({ ...TEAM_FUNNEL, calls: 400, connects: 100, booked: 25, held: 20, opps: 10, won: 3 }),
      team,
    ),
    ...cases.map(([, counts]) => diagnose(rep(counts), team)),
    diagnose(rep({ ...TEAM_FUNNEL, revenue: 25_000 }), team),
    diagnose(rep(TEAM_FUNNEL), team),
    diagnose(rep(TEAM_FUNNEL)),
    diagnose(thin, team),
    diagnose(rep(empty), teamOf({ ...TEAM_FUNNEL, calls: 0 })),
  ];

  it('covers every kind of cause and reason', () => {
    const kinds = new Set(
      all.map((d) =>
        d.cause.kind === 'no-clear-cause'
          ? d.cause.reason
          : d.cause.kind === 'conversion'
            ? d.cause.stage
            : d.cause.kind,
      ),
    );
    expect(kinds.size).toBe(11);
  });

  it('speaks of the work, calmly: no blame words, one open question', () => {
    for (const diagnosis of all) {
      const text = `${diagnosis.summary} ${diagnosis.advice} ${diagnosis.question}`;
      expect(text).not.toMatch(
        /\b(fail|failed|failing|poor|lazy|weak|underperform\w*|bad|must|unacceptable)\b/i,
      );
      expect(diagnosis.question.trim().endsWith('?')).toBe(true);
      expect(diagnosis.summary.length).toBeGreaterThan(20);
    }
  });

  it('parses as a Diagnosis after a JSON round trip', () => {
    for (const diagnosis of all) {
      expect(Diagnosis.parse(JSON.parse(JSON.stringify(diagnosis)))).toEqual(diagnosis);
    }
  });
});
