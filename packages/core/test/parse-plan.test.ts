import { describe, expect, it } from 'vitest';
import { type PlanInput, parsePlan, safeParsePlan, ValidationError } from '../src/index.js';

const minimal = {
  id: 'p1',
  title: 'Q4 plan',
  rep: { id: 'r1', name: 'Riley' },
  timeZone: 'America/New_York',
  start: '2026-11-02',
  end: '2026-11-27',
  targets: [{ id: 't1', metric: 'calls', cadence: 'daily', goal: 50 }],
} satisfies PlanInput;

function problemsFor(input: unknown): { path: string; message: string }[] {
  const result = safeParsePlan(input);
  if (result.success) throw new Error('expected the plan to be refused');
  return [...result.error.problems];
}

describe('parsePlan', () => {
  it('fills every default of pace.md into the smallest valid plan', () => {
    const plan = parsePlan(minimal);
    expect(plan.workdays).toEqual([1, 2, 3, 4, 5]);
    expect(plan.weekStartsOn).toBe(1);
    expect(plan.workingHours).toEqual({ start: '09:00', end: '17:00' });
    expect(plan.holidays).toEqual([]);
    expect(plan.ptoDays).toEqual([]);
    expect(plan.thresholds).toBeUndefined();
    expect(plan.targets[0]?.rule).toEqual({ kind: 'each-period' });
    expect(plan.targets[0]?.required).toBe(true);
    expect(plan.status).toBe('active');
  });

  it.each([
    ['end before start', { end: '2026-11-01' }, 'end', /on or after start/],
    ['unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone', /IANA time zone/],
    ['a date that does not exist', { start: '2026-02-30' }, 'start', /YYYY-MM-DD/],
    ['a window with no business day', { start: '2026-11-07', end: '2026-11-08' }, 'end', /no business day/],
    ['no targets', { targets: [] }, 'targets', /at least one target/],
    ['a missing rep name', { rep: { id: 'r1' } }, 'rep.name', /required/],
    ['an empty title', { title: '  ' }, 'title', /empty/],
    ['a weekday out of range', { workdays: [1, 2, 8] }, 'workdays[2]', /ISO weekday/],
    ['a repeated weekday', { workdays: [1, 1] }, 'workdays', /repeat/],
    ['a week starting on day 0', { weekStartsOn: 0 }, 'weekStartsOn', /ISO weekday/],
    ['a bad holiday', { holidays: ['2026-11-31'] }, 'holidays[0]', /YYYY-MM-DD/],
    [
      'hours that end before they start',
      { workingHours: { start: '17:00', end: '09:00' } },
      'workingHours.end',
      /after start/,
    ],
    [
      'a malformed clock time',
      { workingHours: { start: '9am', end: '17:00' } },
      'workingHours.start',
      /HH:MM/,
    ],
    [
      'thresholds out of order',
      { thresholds: { ahead: 0.9, onTrack: 0.95, atRisk: 0.8 } },
      'thresholds.ahead',
      /greater than onTrack/,
    ],
    ['a lowercase currency', { currency: 'usd' }, 'currency', /ISO 4217/],
  ])('names the field for %s', (_name, change, path, message) => {
    const problems = problemsFor({ ...minimal, ...change });
    const problem = problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem?.message).toMatch(message);
  });

  it.each([
    ['goal 0', { goal: 0 }, 'targets[0].goal', /greater than 0/],
    ['a negative goal', { goal: -5 }, 'targets[0].goal', /greater than 0/],
    ['an unknown metric', { metric: 'vibes' }, 'targets[0].metric', /custom:<slug>/],
    ['a custom metric with spaces', { metric: 'custom:Demo Calls' }, 'targets[0].metric', /custom:<slug>/],
    ['an unknown cadence', { cadence: 'monthly' }, 'targets[0].cadence', /daily|weekly|plan/],
    [
      'a share above 1',
      { rule: { kind: 'share-of-periods', atLeast: 1.5 } },
      'targets[0].rule.atLeast',
      /at most 1/,
    ],
    ['a milestone after the end', { until: '2026-12-15' }, 'targets[0].until', /inside the plan window/],
    [
      'a rule on a plan-cadence target',
      { cadence: 'plan', rule: { kind: 'total' } },
      'targets[0].rule',
      /daily and weekly/,
    ],
  ])('names the target field for %s', (_name, change, path, message) => {
    const problems = problemsFor({ ...minimal, targets: [{ ...minimal.targets[0], ...change }] });
    const problem = problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem?.message).toMatch(message);
  });

  it('refuses a milestone whose window holds no business day', () => {
    const problems = problemsFor({
      ...minimal,
      start: '2026-11-07',
      targets: [{ id: 't1', metric: 'calls', cadence: 'plan', goal: 5, until: '2026-11-08' }],
    });
    expect(problems).toContainEqual({
      path: 'targets[0].until',
      message: 'the milestone window 2026-11-07..2026-11-08 holds no business day',
    });
  });

  it('refuses duplicate target ids, naming the second', () => {
    const problems = problemsFor({
      ...minimal,
      targets: [minimal.targets[0], { ...minimal.targets[0], metric: 'emails' }],
    });
    expect(problems).toContainEqual({
      path: 'targets[1].id',
      message: 'duplicates the id of targets[0] ("t1")',
    });
  });

  it('throws a ValidationError whose message lists each bad field by path', () => {
    const bad = {
      ...minimal,
      timeZone: 'Nowhere/Place',
      targets: [{ id: 't1', metric: 'calls', cadence: 'daily', goal: 0 }],
    };
    expect(() => parsePlan(bad)).toThrow(ValidationError);
    expect(() => parsePlan(bad)).toThrow(/timeZone: must be an IANA time zone/);
    expect(() => parsePlan(bad)).toThrow(/targets\[0\]\.goal: must be greater than 0/);
    expect(() => parsePlan('not a plan')).toThrow(/Invalid plan: \(root\)/);
  });
});

describe('type errors', () => {
  it('says what was expected and what came, and "is required" only when missing', () => {
    const result = safeParsePlan({
      ...minimal,
      targets: [{ ...minimal.targets[0], goal: 'ten' }],
      title: undefined,
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.problems).toContainEqual({
        path: 'targets[0].goal',
        message: 'must be a number, not a string',
      });
      expect(result.error.problems).toContainEqual({ path: 'title', message: 'is required' });
    }
  });
});
