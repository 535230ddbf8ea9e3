/**
 * A careless or hostile file must be cheap to refuse: a window of millennia, a hundred thousand
 * bad rows, repeated ids. Each refusal names the field; no message grows past a few KB.
 */
import { describe, expect, it } from 'vitest';
import { ROLLUP_KIND } from '../src/rollups/index.js';
import {
  type BundleInput,
  listProblems,
  MAX_LISTED_PROBLEMS,
  MAX_PLAN_WINDOW_DAYS,
  safeParseBundle,
  safeParsePlan,
  ValidationError,
} from '../src/schemas/index.js';
import { validBundle, validPlan } from './support/valid-bundle.js';

function problemsOf(result: { success: boolean; error?: ValidationError }) {
  if (result.success || !result.error) throw new Error('expected a refusal');
  return result.error.problems;
}

describe('the plan window', () => {
  it('refuses a plan from year 1 to year 9999, naming end', () => {
    const problems = problemsOf(safeParsePlan({ ...validPlan(), start: '0001-01-01', end: '9999-12-31' }));
    expect(problems).toEqual([
      { path: 'end', message: expect.stringContaining(`at most ${MAX_PLAN_WINDOW_DAYS} days`) },
    ]);
  });

  it('accepts 731 days and refuses 732', () => {
    // 2028 is a leap year: 2027-01-01 + 730 days = 2028-12-31, the 731st day of the window.
    expect(safeParsePlan({ ...validPlan(), start: '2027-01-01', end: '2028-12-31' }).success).toBe(true);
    const problems = problemsOf(safeParsePlan({ ...validPlan(), start: '2027-01-01', end: '2029-01-01' }));
    expect(problems.map((problem) => problem.path)).toEqual(['end']);
    expect(problems[0]?.message).toMatch(/window of 732 days from 2027-01-01/);
  });

  it('refuses an over-long plan inside a bundle, by its path', () => {
    const bundle = validBundle();
    bundle.plans = [{ ...validPlan(), end: '2099-12-31' }];
    expect(problemsOf(safeParseBundle(bundle)).map((problem) => problem.path)).toEqual(['plans[0].end']);
  });
});

describe('error messages', () => {
  it('list the first 20 problems of 100,000 bad rows, then how many more', () => {
    const bundle: BundleInput = { ...validBundle(), activities: [] };
    for (let index = 0; index < 100_000; index++) {
      bundle.activities?.push({ source: 'manual', id: `a${index}`, metric: 'calls', occurredAt: 'soon' });
    }
    const result = safeParseBundle(bundle);
    const problems = problemsOf(result);
    expect(problems).toHaveLength(100_000);
    const message = result.success ? '' : result.error.message;
    expect(message.length).toBeLessThan(5_000);
    expect(message).toContain('activities[19].occurredAt');
    expect(message).not.toContain('activities[20].occurredAt');
    expect(message).toMatch(/; and 99980 more$/);
    // Parsing 100,000 rows is the point of the test; its time belongs to the bench, not here.
  }, 30_000);

  it('cut each problem short, so one huge value cannot blow the message up', () => {
    const huge = 'x'.repeat(1_000_000);
    const listed = listProblems(
      Array.from({ length: MAX_LISTED_PROBLEMS }, () => ({ path: huge, message: huge })),
    );
    expect(listed.length).toBeLessThan(MAX_LISTED_PROBLEMS * 205);
    expect(new ValidationError('bundle', [{ path: 'a', message: huge }]).message.length).toBeLessThan(300);
  });

  it('say nothing about "more" when every problem is listed', () => {
    expect(listProblems([{ path: 'a', message: 'is required' }])).toBe('a: is required');
    const twenty = Array.from({ length: 20 }, (_, index) => ({ path: `p${index}`, message: 'bad' }));
    expect(listProblems(twenty)).not.toMatch(/more/);
    expect(listProblems([...twenty, { path: 'p20', message: 'bad' }])).toMatch(/; and 1 more$/);
  });
});

describe('repeated ids in one bundle', () => {
  it('refuses two plans with one id, naming both paths', () => {
    const bundle = validBundle();
    bundle.plans = [validPlan(), { ...validPlan(), title: 'Other' }];
    expect(problemsOf(safeParseBundle(bundle))).toEqual([
      { path: 'plans[1].id', message: expect.stringMatching(/^duplicates plans\[0\]\.id \("p1"\)/) },
    ]);
  });

  it('refuses two versions of one activity, and two notes or check-ins with one id', () => {
    const bundle = validBundle();
    const [activity] = bundle.activities ?? [];
    const [note] = bundle.notes ?? [];
    const [checkIn] = bundle.checkIns ?? [];
    if (!activity || !note || !checkIn) throw new Error('the valid bundle has one of each');
    bundle.activities = [activity, { ...activity, id: 'other' }, { ...activity, amount: 9 }];
    bundle.notes = [note, { ...note, text: 'changed' }];
    bundle.checkIns = [checkIn, checkIn];
    const problems = problemsOf(safeParseBundle(bundle));
    expect(problems.map((problem) => `${problem.path} ${problem.message.split(' (')[0]}`)).toEqual([
      'activities[2].id duplicates activities[0].id',
      'notes[1].id duplicates notes[0].id',
      'checkIns[1].id duplicates checkIns[0].id',
    ]);
    expect(problems[0]?.message).toContain('manual "m1" counted as pipeline_created');
  });

  it('accepts one activity record counted for two metrics (they are different activities)', () => {
    const bundle = validBundle();
    const [activity] = bundle.activities ?? [];
    if (!activity) throw new Error('the valid bundle has an activity');
    bundle.activities = [activity, { ...activity, metric: 'opportunities_created' }];
    expect(safeParseBundle(bundle).success).toBe(true);
  });

  it('refuses two rollups for one plan', () => {
    const bundle = validBundle();
    const rollup = {
      planId: 'p1',
      rollup: {
        kind: ROLLUP_KIND as 'onpace.rollup',
        timeZone: 'Europe/Berlin',
        from: '2026-11-02',
        to: '2026-11-27',
        cutoff: null,
        metrics: {},
      },
    };
    bundle.rollups = [rollup, rollup];
    const result = safeParseBundle(bundle);
    expect(problemsOf(result).map((problem) => problem.path)).toContain('rollups[1].planId');
  });
});
