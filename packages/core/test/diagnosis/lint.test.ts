import { describe, expect, it } from 'vitest';
import { CRM_COUNTABLE_METRICS, LintFinding, lintPlan, type PlanDraft } from '../../src/index.js';
import { testPlan } from './fixtures.js';

const salesforce = { crm: { system: 'salesforce' } } as const;

/** A draft that passes every rule with Salesforce connected: 2026-11-02 .. 11-27 is 26 days, so 30 here. */
const clean: PlanDraft = {
  start: '2026-11-02',
  end: '2026-12-01',
  checkInCadence: { everyWeeks: 1, weekday: 5 },
  targets: [
    { metric: 'calls', cadence: 'daily', goal: 40 },
    { metric: 'opportunities_created', cadence: 'weekly', goal: 3, until: '2026-11-20' },
  ],
};

const codes = (draft: PlanDraft, options = {}) =>
  lintPlan(draft, options).map((finding) => [finding.path, finding.severity, finding.code]);

describe('lintPlan: the plan', () => {
  it('finds nothing in a plan that can be measured honestly', () => {
    expect(lintPlan(clean, salesforce)).toEqual([]);
  });

  it('reads a parsed plan too', () => {
    // testPlan lasts 26 days: too short.
    expect(codes(testPlan(), salesforce)).toEqual([['end', 'warning', 'too-short']]);
  });

  it('wants dates: a start, an end, in order', () => {
    expect(codes({ ...clean, start: undefined }, salesforce)).toEqual([['start', 'error', 'no-start']]);
    expect(codes({ ...clean, start: '2026-02-30' }, salesforce)).toEqual([['start', 'error', 'no-start']]);
    expect(codes({ ...clean, end: '2026-10-01' }, salesforce)).toEqual([
      ['end', 'error', 'end-before-start'],
      ['targets[1].until', 'error', 'deadline-outside-plan'],
    ]);
  });

  it('wants 30 to 90 days, both ends included', () => {
    expect(codes({ ...clean, end: '2026-11-30' }, salesforce)).toEqual([['end', 'warning', 'too-short']]);
    expect(lintPlan({ ...clean, end: '2026-11-30' }, salesforce)[0]?.message).toContain('29 days');
    expect(codes({ ...clean, end: '2027-01-30' }, salesforce)).toEqual([]); // 90 days
    expect(codes({ ...clean, end: '2027-01-31' }, salesforce)).toEqual([['end', 'warning', 'too-long']]);
  });

  it('wants a check-in cadence', () => {
    expect(codes({ ...clean, checkInCadence: undefined }, salesforce)).toEqual([
      ['checkInCadence', 'warning', 'no-check-in-cadence'],
    ]);
    expect(codes({ ...clean, checkInCadence: null }, salesforce)).toHaveLength(1);
  });

  it('wants at least one target', () => {
    expect(codes({ ...clean, targets: [] }, salesforce)).toEqual([['targets', 'error', 'no-targets']]);
    expect(codes({ ...clean, targets: undefined }, salesforce)).toEqual([['targets', 'error', 'no-targets']]);
  });
});

describe('lintPlan: each target, by its field', () => {
  const withTarget = (target: NonNullable<PlanDraft['targets']>[number]): PlanDraft => ({
    ...clean,
    targets: [clean.targets?.[0] ?? {}, target],
  });

  it('wants a known metric', () => {
    expect(codes(withTarget({ cadence: 'daily', goal: 1 }), salesforce)).toEqual([
      ['targets[1].metric', 'error', 'no-metric'],
    ]);
    expect(codes(withTarget({ metric: 'Calls', cadence: 'daily', goal: 1 }), salesforce)).toEqual([
      ['targets[1].metric', 'error', 'no-metric'],
    ]);
  });

  it('wants a cadence', () => {
    expect(codes(withTarget({ metric: 'calls', goal: 1 }), salesforce)).toEqual([
      ['targets[1].cadence', 'error', 'no-cadence'],
    ]);
    expect(codes(withTarget({ metric: 'calls', cadence: 'monthly', goal: 1 }), salesforce)).toHaveLength(1);
  });

  it('wants a goal above 0', () => {
    for (const goal of [undefined, null, 0, -3, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(codes(withTarget({ metric: 'calls', cadence: 'daily', goal }), salesforce)).toEqual([
        ['targets[1].goal', 'error', 'no-goal'],
      ]);
    }
  });

  it('wants a deadline: the plan’s end or its own date, inside the plan', () => {
    const noEnd = { ...clean, end: undefined, targets: [{ metric: 'calls', cadence: 'daily', goal: 1 }] };
    expect(codes(noEnd, salesforce)).toEqual([
      ['end', 'error', 'no-end'],
      ['targets[0].until', 'error', 'no-deadline'],
    ]);
    const ownDate = {
      ...noEnd,
      targets: [{ metric: 'calls', cadence: 'daily', goal: 1, until: '2026-11-20' }],
    };
    expect(codes(ownDate, salesforce)).toEqual([['end', 'error', 'no-end']]);
    expect(
      codes(withTarget({ metric: 'calls', cadence: 'plan', goal: 9, until: 'soon' }), salesforce),
    ).toEqual([['targets[1].until', 'error', 'no-deadline']]);
    expect(
      codes(withTarget({ metric: 'calls', cadence: 'plan', goal: 9, until: '2026-10-30' }), salesforce),
    ).toEqual([['targets[1].until', 'error', 'deadline-outside-plan']]);
  });
});

describe('lintPlan: data sources', () => {
  it('flags a metric the connected CRM cannot count', () => {
    const options = { crm: { system: 'hubspot', metrics: ['calls', 'connects', 'emails'] } } as const;
    const findings = lintPlan(clean, options);
    expect(findings).toEqual([
      {
        path: 'targets[1].metric',
        severity: 'error',
        code: 'metric-not-counted',
        message:
          'The HubSpot connection does not count opps; choose another metric or extend the connection.',
      },
    ]);
  });

  it('knows what each CRM can count by default', () => {
    expect([...CRM_COUNTABLE_METRICS.salesforce].sort()).toContain('meetings_held');
    expect([...CRM_COUNTABLE_METRICS.hubspot].sort()).toContain('revenue_won');
  });

  it('warns that without a CRM a built-in metric counts only when logged by hand', () => {
    expect(codes(clean)).toEqual([
      ['targets[0].metric', 'warning', 'no-data-source'],
      ['targets[1].metric', 'warning', 'no-data-source'],
    ]);
  });

  it('says that a custom metric is logged by hand', () => {
    const draft = { ...clean, targets: [{ metric: 'custom:referrals', cadence: 'weekly', goal: 2 }] };
    const [finding, ...rest] = lintPlan(draft, salesforce);
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      path: 'targets[0].metric',
      severity: 'info',
      code: 'manual-metric',
      message: 'The rep logs referrals by hand; no CRM counts them.',
    });
  });

  it('gives findings that parse as LintFinding', () => {
    const findings = lintPlan({ targets: [{}] });
    expect(findings.length).toBeGreaterThan(4);
    for (const finding of findings) expect(LintFinding.parse(finding)).toEqual(finding);
  });
});
