/**
 * The lead funnel in the diagnosis: a rep starved of leads against the team, and a rep whose lead
 * volume fell against their own past. Every figure below is computed by hand from the counts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { widestGap } from '../../src/diagnosis/compare.js';
import {
  type Activity,
  computeOwnHistory,
  Diagnosis,
  diagnose,
  type FunnelComparison,
  GAP_RATIO,
  isLeadStarved,
  LeadDeepDiveView,
  leadDeepDive,
  leadDeepDiveView,
  OWN_EARLIER_DAYS,
  OWN_RECENT_DAYS,
  suggestTargets,
} from '../../src/index.js';
import {
  baselineOf,
  type FunnelCounts,
  funnelActivities,
  on,
  RANGE_DAYS,
  spread,
  TEAM_FUNNEL,
  testPlan,
  weekdays,
} from './fixtures.js';

interface LeadCounts {
  readonly leads: number;
  readonly converted: number;
}

/** `total` activities of `metric` spread evenly over `days`. */
function over(days: readonly string[], metric: Activity['metric'], total: number): Activity[] {
  const counts = spread(total, days.length);
  return days.flatMap((date, index) => on(date, metric, counts[index] ?? 0));
}

function withLeads(funnel: FunnelCounts, leads: LeadCounts): Activity[] {
  return [
    ...funnelActivities(funnel),
    ...over(RANGE_DAYS, 'leads_assigned', leads.leads),
    ...over(RANGE_DAYS, 'leads_converted', leads.converted),
  ];
}

// The team over the 20 business days (4 weeks): 80 leads (20 a week), 8 converted (10%), 800
// calls (10 per lead), and TEAM_FUNNEL's rates after that.
const TEAM_LEADS: LeadCounts = { leads: 80, converted: 8 };
const team = Array.from({ length: 3 }, () => baselineOf(withLeads(TEAM_FUNNEL, TEAM_LEADS)));

/** The team's funnel at 40%: the same rates, 40% of the volume. */
const FEWER: FunnelCounts = {
  calls: 320,
  connects: 80,
  booked: 20,
  held: 16,
  opps: 8,
  won: 2,
  revenue: 20_000,
  pipeline: 80_000,
};

describe('diagnose: lead volume against the team', () => {
  // 32 leads (8 a week, 40% of 20), 4 converted (12.5%, above the team's 10%), 320 calls (10 per
  // lead, the team's): the rep works the leads they get, and gets too few.
  const diagnosis = diagnose(baselineOf(withLeads(FEWER, { leads: 32, converted: 4 })), team);

  it('names lead volume, not call volume, when activity per lead and lead conversion are in line', () => {
    expect(diagnosis.cause).toEqual({ kind: 'lead-volume', rep: 8, team: 20, ratio: 0.4 });
    expect(diagnosis.against).toBe('team');
    const calls = diagnosis.comparisons.find((c) => c.measure === 'volume');
    // Calls per week are as far below (80 against 200) but follow the leads.
    expect([calls?.rep, calls?.team, calls?.ratio]).toEqual([80, 200, 0.4]);
  });

  it('compares the lead funnel first: volume, conversion, calls per lead', () => {
    expect(diagnosis.comparisons.slice(0, 3).map((c) => [c.measure, c.rep, c.team, c.judged])).toEqual([
      ['lead-volume', 8, 20, true],
      ['lead-conversion', 0.125, 0.1, true],
      ['activity-per-lead', 10, 10, true],
    ]);
  });

  it('focuses the plan on prospecting and new lead sources, and asks about them', () => {
    expect(diagnosis.focus).toBe('prospecting');
    expect(diagnosis.summary).toContain('Leads assigned: 8 a week');
    expect(diagnosis.summary).toContain('median is 20 (40% of it)');
    // 12.5% is written as sentences write rates: whole percents from 1% up.
    expect(diagnosis.summary).toContain('lead conversion (13%; the team’s 10%)');
    expect(diagnosis.summary).toContain('calls per lead (10; the team’s 10)');
    expect(diagnosis.advice).toContain('new lead sources');
    expect(diagnosis.question).toContain('new sources');
    expect(Diagnosis.parse(JSON.parse(JSON.stringify(diagnosis)))).toEqual(diagnosis);
  });

  it('suggests a weekly leads target', () => {
    const plan = testPlan();
    const suggestions = suggestTargets(
      { ...plan, targets: [] },
      baselineOf(withLeads(FEWER, { leads: 32, converted: 4 })),
      diagnosis,
      team,
    );
    expect(suggestions.map((suggestion) => suggestion.target.metric)).toContain('leads_assigned');
  });

  it('stays with call volume when the rep also calls less per lead', () => {
    // 32 leads but 160 calls: 5 per lead, half the team's. Calls per week: 40 against 200.
    const fewerCalls = { ...FEWER, calls: 160, connects: 40 };
    const result = diagnose(baselineOf(withLeads(fewerCalls, { leads: 32, converted: 4 })), team);
    expect(result.cause).toEqual({
      kind: 'activity-volume',
      metric: 'calls',
      rep: 40,
      team: 200,
      ratio: 0.2,
    });
  });

  it('names lead conversion when few leads also convert less', () => {
    // 1 of 32 converted: 3.125%, 31.25% of the team's 10%; lead volume at 40% is no cause then.
    const result = diagnose(baselineOf(withLeads(FEWER, { leads: 32, converted: 1 })), team);
    expect(result.cause).toMatchObject({ kind: 'conversion', stage: 'lead-conversion', rep: 0.03125 });
    expect(result.cause.kind === 'conversion' && result.cause.ratio).toBeCloseTo(0.3125, 10);
    expect(result.focus).toBe('skill-work');
  });

  it('does not flag lead volume at 85% of the team’s median', () => {
    // 68 leads: 17 a week, 85% of 20.
    const result = diagnose(baselineOf(withLeads(TEAM_FUNNEL, { leads: 68, converted: 7 })), team);
    expect(result.cause).toEqual({ kind: 'no-clear-cause', reason: 'in-line' });
  });
});

// The plan starts 2026-11-02; its 90-day baseline runs 2026-08-04 .. 11-01. The last 30 days
// (10-03 .. 11-01) hold 20 business days, the 60 before them (08-04 .. 10-02) 44.
const RECENT_DAYS = weekdays('2026-10-03', '2026-11-01');
const EARLIER_DAYS = weekdays('2026-08-04', '2026-10-02');

/** A rep whose leads fell from 30 a week (264 over 44 days) to 17 (68 over 20), worked as before. */
function fallingLeads(): Activity[] {
  return [
    ...over(EARLIER_DAYS, 'leads_assigned', 264),
    ...over(EARLIER_DAYS, 'leads_converted', 32),
    ...over(EARLIER_DAYS, 'calls', 2640),
    ...over(RECENT_DAYS, 'leads_assigned', 68),
    ...over(RECENT_DAYS, 'leads_converted', 8),
    ...over(RECENT_DAYS, 'calls', 680),
  ];
}

describe('diagnose: against the rep’s own past', () => {
  const plan = testPlan();
  const activities = fallingLeads();
  const baseline = baselineOf(activities, { from: '2026-08-04', to: '2026-11-01' });
  const ownHistory = computeOwnHistory(plan, activities);

  it('splits the 90 days before the plan into the last 30 and the 60 before them', () => {
    expect(OWN_RECENT_DAYS + OWN_EARLIER_DAYS).toBe(90);
    expect([ownHistory.recent.from, ownHistory.recent.to, ownHistory.recent.businessDays]).toEqual([
      '2026-10-03',
      '2026-11-01',
      RECENT_DAYS.length,
    ]);
    expect([ownHistory.earlier.from, ownHistory.earlier.to, ownHistory.earlier.businessDays]).toEqual([
      '2026-08-04',
      '2026-10-02',
      EARLIER_DAYS.length,
    ]);
    expect([RECENT_DAYS.length, EARLIER_DAYS.length]).toEqual([20, 44]);
  });

  it('finds the fall in lead volume when there is no team', () => {
    const diagnosis = diagnose(baseline, [], { ownHistory });
    expect(diagnosis.against).toBe('own-past');
    expect(diagnosis.cause).toMatchObject({ kind: 'lead-volume', rep: 17, team: 30 });
    expect(diagnosis.cause.kind === 'lead-volume' && diagnosis.cause.ratio).toBeCloseTo(17 / 30, 10);
    // 8 of 68 (11.8%) against 32 of 264 (12.1%); 10 calls per lead before and after.
    expect(diagnosis.summary).toContain(
      'Lead volume fell from 30 to 17 a week in the last 30 days before the plan, against the 60 days before them, while lead conversion held at 12% and calls per lead held at 10.',
    );
    expect(diagnosis.focus).toBe('prospecting');
  });

  it('prefers the team when there is one, and says what is missing when neither is there', () => {
    expect(diagnose(baseline, team, { ownHistory }).against).toBe('team');
    const thin = computeOwnHistory(plan, activities, { observedFrom: '2026-09-21' });
    // 2026-09-21 .. 10-02: 10 business days earlier would do; from 09-22 only 9 would not.
    expect(thin.earlier.businessDays).toBe(10);
    expect(diagnose(baseline, [], { ownHistory: thin }).cause.kind).toBe('lead-volume');
    const thinner = computeOwnHistory(plan, activities, { observedFrom: '2026-09-22' });
    expect(diagnose(baseline, [], { ownHistory: thinner }).cause).toEqual({
      kind: 'no-clear-cause',
      reason: 'no-team',
    });
    expect(diagnose(baseline, []).cause).toEqual({ kind: 'no-clear-cause', reason: 'no-team' });
  });

  it('finds nothing when the rep’s weeks are steady', () => {
    const steady = [
      ...over(EARLIER_DAYS, 'leads_assigned', 88),
      ...over(EARLIER_DAYS, 'calls', 880),
      ...over(RECENT_DAYS, 'leads_assigned', 40),
      ...over(RECENT_DAYS, 'calls', 400),
    ];
    const diagnosis = diagnose(baselineOf(steady, { from: '2026-08-04', to: '2026-11-01' }), [], {
      ownHistory: computeOwnHistory(plan, steady),
    });
    expect(diagnosis.cause).toEqual({ kind: 'no-clear-cause', reason: 'in-line' });
    expect(diagnosis.summary).toContain('No stage of the funnel fell by more than 20%');
  });
});

describe('leadDeepDive', () => {
  const plan = testPlan();
  const activities = [
    ...fallingLeads(),
    ...on('2026-10-14', 'opportunities_created', 6),
    ...on('2026-10-20', 'deals_won', 2),
    ...on('2026-10-20', 'revenue_won', 2, 9_000),
  ];
  const dive = leadDeepDive(plan, activities);

  it('counts leads week by week, Monday to Sunday, cutting the weeks at the range’s ends', () => {
    expect([dive.from, dive.to]).toEqual(['2026-08-04', '2026-11-01']);
    // 2026-08-04 is a Tuesday: the first week is cut to Tue..Sun; the last ends on Sun 11-01.
    expect(dive.weeks[0]).toMatchObject({ start: '2026-08-04', end: '2026-08-09', partial: true });
    expect(dive.weeks.at(-1)).toMatchObject({ start: '2026-10-26', end: '2026-11-01', partial: false });
    expect(dive.weeks).toHaveLength(13);
    expect(dive.weeks.reduce((sum, week) => sum + week.leadsAssigned, 0)).toBe(264 + 68);
    expect(dive.weeks.reduce((sum, week) => sum + week.leadsConverted, 0)).toBe(32 + 8);
    // The four last weeks hold 17 leads each (68 over 20 business days, 3 or 4 a day).
    expect(dive.weeks.slice(-4).map((week) => week.leadsAssigned)).toEqual([17, 17, 17, 17]);
  });

  it('gives the lead funnel and the activity funnel with each conversion, and the deal size', () => {
    expect(dive.leadFunnel.stages.map((s) => [s.metric, s.total])).toEqual([
      ['leads_assigned', 332],
      ['leads_converted', 40],
      ['opportunities_created', 6],
      ['deals_won', 2],
    ]);
    expect(dive.leadFunnel.conversions.map((c) => [c.stage, c.rate])).toEqual([
      ['lead-conversion', 40 / 332],
      ['lead-to-opportunity', 6 / 40],
      ['win-rate', 2 / 6],
    ]);
    expect(dive.activityFunnel.stages.map((s) => s.metric)).toEqual([
      'calls',
      'connects',
      'meetings_booked',
      'meetings_held',
    ]);
    // 332 leads over 64 business days: 332 * 5 / 64 a week.
    expect(dive.leadsPerWeek).toBe((332 * 5) / 64);
    expect([dive.averageDealSize, dive.dealsWon]).toEqual([9_000, 2]);
  });

  it('gives the deals won and their average size month by month', () => {
    expect(dive.dealSizeByMonth.map((m) => [m.month, m.start, m.end, m.dealsWon, m.averageDealSize])).toEqual(
      [
        ['2026-08', '2026-08-04', '2026-08-31', 0, null],
        ['2026-09', '2026-09-01', '2026-09-30', 0, null],
        ['2026-10', '2026-10-01', '2026-10-31', 2, 9_000],
        ['2026-11', '2026-11-01', '2026-11-01', 0, null],
      ],
    );
  });

  it('travels as JSON: the view parses after a round trip and carries the own-history figures', () => {
    const view = leadDeepDiveView(dive, computeOwnHistory(plan, activities));
    expect(LeadDeepDiveView.parse(JSON.parse(JSON.stringify(view)))).toEqual(view);
    expect(view.recent).toEqual({ leadsPerWeek: 17, leadConversion: 8 / 68 });
    expect(view.earlier).toEqual({ leadsPerWeek: 30, leadConversion: 32 / 264 });
    expect('baseline' in view).toBe(false);
  });

  it('leaves out the weeks before the data starts', () => {
    const observed = leadDeepDive(plan, activities, { observedFrom: '2026-10-03' });
    expect(observed.weeks[0]).toMatchObject({ start: '2026-09-28', partial: true });
    expect(observed.weeks).toHaveLength(5);
  });
});

describe('lead volume as a cause (properties)', () => {
  const measures = [
    'lead-volume',
    'lead-conversion',
    'activity-per-lead',
    'volume',
    'connect-rate',
    'win-rate',
    'deal-size',
  ] as const;
  const comparisons = fc.tuple(
    ...measures.map((measure) =>
      fc.record({
        measure: fc.constant(measure),
        label: fc.constant(measure),
        rep: fc.double({ min: 0, max: 100, noNaN: true }),
        team: fc.double({ min: 1, max: 100, noNaN: true }),
        judged: fc.boolean(),
      }),
    ),
  );
  const withRatios = (items: readonly { rep: number; team: number }[]) =>
    items.map((item) => ({ ...item, ratio: item.rep / item.team })) as unknown as FunnelComparison[];

  it('names lead volume only for a rep starved of leads, and then never call volume nor calls per lead', () => {
    fc.assert(
      fc.property(comparisons, (drawn) => {
        const all = withRatios(drawn);
        const widest = widestGap(all);
        if (widest?.measure === 'lead-volume') expect(isLeadStarved(all)).toBe(true);
        if (isLeadStarved(all)) expect(widest?.measure).not.toBe('volume');
        expect(widest?.measure).not.toBe('activity-per-lead');
        if (widest !== null) {
          expect(widest.judged).toBe(true);
          expect(widest.ratio ?? 1).toBeLessThanOrEqual(GAP_RATIO + 1e-9);
        }
      }),
    );
  });
});
