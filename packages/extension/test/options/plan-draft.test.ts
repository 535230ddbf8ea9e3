import { safeParsePlan } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { describeReport } from '../../src/options/ImportExportSection';
import {
  applySuggestion,
  draftFromPlan,
  emptyPlanDraft,
  newTargetDraft,
  planInputFromDraft,
} from '../../src/options/plan-draft';
import { samplePlan } from '../support/sample-plan';

describe('the plan form draft', () => {
  it('round-trips a stored plan unchanged, keeping fields the form does not show', () => {
    const plan = samplePlan({ thresholds: { ahead: 1.2, onTrack: 1, atRisk: 0.7 }, ptoDays: ['2026-03-10'] });
    const parsed = safeParsePlan(planInputFromDraft(draftFromPlan(plan), plan));
    expect(parsed).toEqual({ success: true, data: plan });
  });

  it('turns an empty number into a missing field, so core says "is required"', () => {
    const draft = emptyPlanDraft('2026-03-02', 'UTC', 'abc');
    const parsed = safeParsePlan(
      planInputFromDraft({ ...draft, title: 'T', repName: 'Lee', end: '2026-03-27' }),
    );
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.problems).toEqual([{ path: 'targets[0].goal', message: 'is required' }]);
  });

  it('builds a valid new plan with person ids from email or name', () => {
    const draft = {
      ...emptyPlanDraft('2026-03-02', 'America/New_York', 'abc'),
      title: 'Lee Q2',
      repName: 'Lee Park',
      repEmail: 'lee.park@example.com',
      managerName: 'Sam Lee',
      end: '2026-03-27',
      holidays: '2026-03-13, 2026-03-20',
      targets: [{ ...newTargetDraft([]), goal: '30' }],
    };
    const parsed = safeParsePlan(planInputFromDraft(draft));
    if (!parsed.success) throw parsed.error;
    expect(parsed.data).toMatchObject({
      id: 'plan-abc',
      rep: { id: 'rep-lee-park', name: 'Lee Park', email: 'lee.park@example.com' },
      manager: { id: 'mgr-sam-lee', name: 'Sam Lee' },
      holidays: ['2026-03-13', '2026-03-20'],
      checkInCadence: { everyWeeks: 1, weekday: 5 },
    });
  });

  it('gives new targets distinct ids', () => {
    const first = newTargetDraft([]);
    const second = newTargetDraft([first]);
    expect([first.id, second.id]).toEqual(['calls', 'calls-2']);
  });
});

describe('describeReport', () => {
  const none = { added: 0, updated: 0, unchanged: 0 };
  const report = {
    plans: none,
    activities: none,
    notes: none,
    checkIns: none,
    acknowledgments: none,
    disputes: none,
  };

  it('says what was added and updated, in words', () => {
    expect(
      describeReport({
        ...report,
        plans: { added: 1, updated: 0, unchanged: 0 },
        activities: { added: 42, updated: 0, unchanged: 3 },
        notes: { added: 0, updated: 1, unchanged: 0 },
      }),
    ).toBe('Added 1 plan, 42 activities; updated 1 note.');
  });

  it('says so when nothing was new', () => {
    expect(describeReport({ ...report, plans: { added: 0, updated: 0, unchanged: 1 } })).toBe(
      'Nothing new: everything in this file is already here.',
    );
  });
});

describe('applying a suggested target', () => {
  const suggested = {
    id: 'suggested-calls',
    metric: 'calls' as const,
    cadence: 'daily' as const,
    goal: 12,
    rule: { kind: 'total' as const },
    required: true,
  };

  it('replaces the target on the same metric in place, keeping its id and label', () => {
    const targets = draftFromPlan(samplePlan()).targets.map((target, index) =>
      index === 0 ? { ...target, label: 'Dials' } : target,
    );
    const applied = applySuggestion(targets, { target: suggested, replaces: 'calls' });
    expect(applied).toHaveLength(targets.length);
    expect(applied[0]).toMatchObject({ id: 'calls', label: 'Dials', goal: '12', rule: 'total' });
    expect(applied.slice(1)).toEqual(targets.slice(1));
  });

  it('adds it at the end when it replaces nothing', () => {
    const targets = draftFromPlan(samplePlan()).targets;
    const applied = applySuggestion(targets, { target: suggested, replaces: null });
    expect(applied.at(-1)).toMatchObject({ id: 'suggested-calls', goal: '12' });
    expect(applied).toHaveLength(targets.length + 1);
  });
});
