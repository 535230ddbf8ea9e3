/**
 * A small bundle file as a rep's manager would export it (dated November 2026): one plan with
 * docs/pace.md's worked-example calendar, a few activities, a note, a check-in and an acknowledgment.
 */
import { legacyRecordsToEvents } from '@onpace/core/ledger';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleInput, parseBundle } from '@onpace/core/schemas';

export const PLAN_ID = 'plan-riley-nov';

export function sampleBundle(): BundleInput {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: '2026-11-18T22:00:00Z',
    plans: [
      {
        id: PLAN_ID,
        title: 'November growth plan',
        rep: { id: 'rep-riley', name: 'Riley Chen' },
        manager: { id: 'mgr-jo', name: 'Jo Park' },
        timeZone: 'America/New_York',
        start: '2026-11-02',
        end: '2026-11-27',
        holidays: ['2026-11-26'],
        ptoDays: ['2026-11-27'],
        checkInCadence: { everyWeeks: 1, weekday: 4 },
        targets: [
          { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 100_000 },
          {
            id: 'calls',
            metric: 'calls',
            cadence: 'daily',
            goal: 3,
            rule: { kind: 'share-of-periods', atLeast: 0.5 },
          },
        ],
      },
    ],
    activities: [
      {
        source: 'salesforce',
        id: 'opp-1',
        metric: 'pipeline_created',
        occurredAt: '2026-11-03T15:00:00Z',
        amount: 40_000,
      },
      { source: 'salesforce', id: 'call-1', metric: 'calls', occurredAt: '2026-11-02T15:00:00Z' },
      { source: 'salesforce', id: 'call-2', metric: 'calls', occurredAt: '2026-11-02T16:00:00Z' },
      { source: 'salesforce', id: 'call-3', metric: 'calls', occurredAt: '2026-11-02T17:00:00Z' },
      // opp-2's amount was raised from 20,000; a bundle carries its latest version only.
      {
        source: 'salesforce',
        id: 'opp-2',
        metric: 'pipeline_created',
        occurredAt: '2026-11-10T15:00:00Z',
        amount: 25_000,
      },
    ],
    notes: [
      {
        id: 'note-1',
        planId: PLAN_ID,
        authorId: 'mgr-jo',
        createdAt: '2026-11-05T16:00:00Z',
        text: 'Good start on pipeline.',
      },
    ],
    checkIns: [
      {
        id: 'check-in-1',
        planId: PLAN_ID,
        authorId: 'mgr-jo',
        date: '2026-11-05',
        createdAt: '2026-11-05T20:00:00Z',
        question: 'Which deal are you least sure about?',
        answer: 'The Acme renewal.',
        actionItems: [{ id: 'a1', text: 'Ask Acme for a decision date', due: '2026-11-10' }],
      },
    ],
    acknowledgments: [
      { planId: PLAN_ID, planRevision: 1, personId: 'rep-riley', at: '2026-11-02T15:30:00Z' },
    ],
  };
}

export function sampleBundleText(): string {
  return JSON.stringify(sampleBundle());
}

/** How many ledger events the sample's rows make (core's migration decides, not this test). */
export function sampleEventCount(): number {
  return legacyRecordsToEvents(parseBundle(sampleBundle())).length;
}
