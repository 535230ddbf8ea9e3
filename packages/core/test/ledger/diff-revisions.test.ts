import { describe, expect, it } from 'vitest';
import { diffRevisions } from '../../src/index.js';
import { planInput } from './ledger-helpers.js';

const base = planInput({
  end: '2027-01-23',
  targets: [
    { id: 't-calls', metric: 'calls', cadence: 'daily', goal: 40 },
    { id: 't-pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 100_000 },
  ],
});

function texts(after: Parameters<typeof diffRevisions>[1]): string[] {
  return diffRevisions(base, after).map((change) => change.text);
}

describe('diffRevisions', () => {
  it('finds nothing between a revision and itself', () => {
    expect(diffRevisions(base, base)).toEqual([]);
  });

  it('says a goal, end, new and removed target the way a rep reads them', () => {
    const after = planInput({
      end: '2027-02-06',
      targets: [
        { id: 't-calls', metric: 'calls', cadence: 'daily', goal: 35 },
        { id: 't-held', metric: 'meetings_held', cadence: 'weekly', goal: 5 },
      ],
    });
    expect(texts(after)).toEqual([
      'End: Jan 23 → Feb 6',
      'Calls: 40 → 35 a day',
      'Removed target: Pipeline, $100,000 over the plan',
      'New target: Meetings held, 5 a week',
    ]);
    expect(diffRevisions(base, after)[1]).toEqual({
      field: 'targets.t-calls.goal',
      kind: 'changed',
      targetId: 't-calls',
      before: '40 a day',
      after: '35 a day',
      text: 'Calls: 40 → 35 a day',
    });
  });

  it('says cadence, rule and required changes of a target', () => {
    const after = planInput({
      end: '2027-01-23',
      targets: [
        {
          id: 't-calls',
          metric: 'calls',
          cadence: 'weekly',
          goal: 200,
          rule: { kind: 'share-of-periods', atLeast: 0.8 },
          required: false,
        },
        { id: 't-pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 100_000 },
      ],
    });
    expect(texts(after)).toEqual([
      'Calls: 40 a day → 200 a week',
      'Calls, what must be met: every day → at least 80% of weeks',
      'Calls: required → optional',
    ]);
  });

  it('says threshold, working-hours, workday, holiday, day-off, check-in cadence and date changes', () => {
    const after = planInput({
      end: '2027-01-23',
      start: '2026-11-09',
      thresholds: { ahead: 1.2, onTrack: 0.9, atRisk: 0.8 },
      workingHours: { start: '08:00', end: '16:00' },
      workdays: [1, 2, 3, 4, 5, 6],
      holidays: ['2026-12-25'],
      ptoDays: ['2027-01-04'],
      checkInCadence: { everyWeeks: 2, weekday: 2 },
      title: 'Jordan plan, second try',
      targets: base.targets,
    });
    expect(texts(after)).toEqual([
      'Title: "Jordan 90-day plan" → "Jordan plan, second try"',
      'Start: Nov 2 → Nov 9',
      'Workdays: Mon, Tue, Wed, Thu, Fri → Mon, Tue, Wed, Thu, Fri, Sat',
      'Working hours: 09:00–17:00 → 08:00–16:00',
      'Holiday added: Dec 25, 2026',
      'Day off added: Jan 4, 2027',
      'Ahead from: 110% of pace → 120% of pace',
      'On track from: 95% of pace → 90% of pace',
      'Check-ins: none set → every 2 weeks on Tuesday',
    ]);
    expect(texts({ ...after, holidays: [] }).length).toBe(texts(after).length - 1);
    expect(diffRevisions(after, base).map((change) => change.text)).toContain(
      'Holiday removed: Dec 25, 2026',
    );
  });

  it('writes the year when the two dates fall in different years', () => {
    expect(texts({ ...base, end: '2027-01-23', start: '2027-01-04' })).toEqual([
      'Start: Nov 2, 2026 → Jan 4, 2027',
    ]);
  });
});
