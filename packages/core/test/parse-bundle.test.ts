import { describe, expect, it } from 'vitest';
import { BUNDLE_VERSION, parseBundle, safeParseBundle, safeParseBundleText } from '../src/index.js';

const plan = {
  id: 'p1',
  title: 'Q4 plan',
  rep: { id: 'r1', name: 'Riley' },
  timeZone: 'Europe/Berlin',
  start: '2026-11-02',
  end: '2026-11-27',
  targets: [{ id: 't1', metric: 'pipeline_created', cadence: 'plan', goal: 100_000 }],
};

const bundle = {
  format: 'onpace.bundle',
  version: 1,
  exportedAt: '2026-11-25T10:00:00Z',
  plans: [plan],
  activities: [
    {
      source: 'manual',
      id: 'm1',
      metric: 'pipeline_created',
      occurredAt: '2026-11-03T10:00:00+01:00',
      amount: 5000,
    },
  ],
  notes: [
    {
      id: 'n1',
      planId: 'p1',
      authorId: 'mgr',
      createdAt: '2026-11-20T10:00:00Z',
      text: 'Block 9–11 for prospecting.',
      tag: 'prospecting',
    },
  ],
  checkIns: [
    {
      id: 'c1',
      planId: 'p1',
      authorId: 'mgr',
      date: '2026-11-20',
      createdAt: '2026-11-20T10:30:00Z',
      question: 'What got in the way of calls on Tuesday?',
      answer: 'Two demos ran long.',
      actionItems: [{ id: 'a1', text: 'Batch calls before lunch', due: '2026-11-24' }],
    },
  ],
};

describe('parseBundle', () => {
  it('reads a version 1 bundle and fills defaults', () => {
    const parsed = parseBundle(bundle);
    expect(parsed.version).toBe(BUNDLE_VERSION);
    expect(parsed.plans[0]?.workdays).toEqual([1, 2, 3, 4, 5]);
    expect(parsed.notes[0]?.visibility).toBe('shared');
    expect(parsed.checkIns[0]?.actionItems[0]?.done).toBe(false);
    expect(parsed.acknowledgments).toEqual([]);
  });

  it('names a bad field deep inside the bundle', () => {
    const bad = structuredClone(bundle);
    bad.plans[0] = { ...plan, targets: [{ ...plan.targets[0], goal: -1 } as (typeof plan.targets)[0]] };
    expect(() => parseBundle(bad)).toThrow(/plans\[0\]\.targets\[0\]\.goal: must be greater than 0/);
  });

  it('requires an amount on sum-metric activities', () => {
    const bad = structuredClone(bundle);
    const { amount: _dropped, ...withoutAmount } = bundle.activities[0] as (typeof bundle.activities)[0];
    bad.activities = [withoutAmount as (typeof bundle.activities)[0]];
    expect(() => parseBundle(bad)).toThrow(
      /activities\[0\]\.amount: is required for the sum metric pipeline_created/,
    );
  });

  it('says plainly when a file is not a bundle, or from a newer OnPace', () => {
    const notBundle = safeParseBundle({ hello: 'world' });
    expect(notBundle.success).toBe(false);
    if (!notBundle.success) expect(notBundle.error.problems[0]?.path).toBe('format');
    expect(() => parseBundle({ ...bundle, version: BUNDLE_VERSION + 1 })).toThrow(
      new RegExp(`version: is ${BUNDLE_VERSION + 1}, newer than this OnPace reads \\(${BUNDLE_VERSION}\\)`),
    );
    expect(() => parseBundle([])).toThrow(/\(root\): must be a JSON object/);
  });

  it('reports invalid JSON text as a problem, not an exception', () => {
    const result = safeParseBundleText('{"format": "onpace.bundle",');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message).toMatch(/not valid JSON/);
    expect(safeParseBundleText(JSON.stringify(bundle)).success).toBe(true);
  });

  it('names bad notes and check-ins by path', () => {
    const bad = structuredClone(bundle);
    (bad.notes[0] as { tag: string }).tag = 'gossip';
    (bad.checkIns[0] as { date: string }).date = '20/11/2026';
    const result = safeParseBundle(bad);
    expect(result.success).toBe(false);
    if (!result.success) {
      const paths = result.error.problems.map((p) => p.path);
      expect(paths).toContain('notes[0].tag');
      expect(paths).toContain('checkIns[0].date');
    }
  });
});
