/** A small valid bundle: one plan, one activity, one note and one check-in, fresh on each call. */
import type { BundleInput, PlanInput } from '../../src/schemas/index.js';

export function validPlan(): PlanInput {
  return {
    id: 'p1',
    title: 'Q4 plan',
    rep: { id: 'r1', name: 'Riley' },
    timeZone: 'Europe/Berlin',
    start: '2026-11-02',
    end: '2026-11-27',
    targets: [{ id: 't1', metric: 'pipeline_created', cadence: 'plan', goal: 100_000 }],
  };
}

export function validBundle(): BundleInput & Required<Pick<BundleInput, 'plans'>> {
  return {
    format: 'onpace.bundle',
    version: 2,
    exportedAt: '2026-11-25T10:00:00Z',
    plans: [validPlan()],
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
      },
    ],
  };
}
