/**
 * A seeded quarter's rep as a plan, and the quarter's expected activity in a comparable shape:
 * shared by the sync's unit tests, its e2e spec and the benchmark (no engine, no browser here).
 */
import { parseInstant } from '@onpace/core/calendar';
import { type Activity, type Plan, parsePlan } from '@onpace/core/schemas';
import type { ExpectedActivity, SeededQuarter } from './fake-crm';

export const REP_EMAIL = 'riley.rep@acme.test';
export type SyncedSource = 'salesforce' | 'hubspot';

/** The quarter's rep as a plan over exactly the seeded window. */
export function planFor(quarter: SeededQuarter, overrides: Partial<Plan['rep']> = {}): Plan {
  const start = new Date(quarter.window.fromMs + 12 * 3_600_000).toISOString().slice(0, 10);
  const last = new Date(quarter.window.toMs - 12 * 3_600_000).toISOString().slice(0, 10);
  return parsePlan({
    id: 'plan-riley',
    title: 'Riley growth plan',
    rep: {
      id: 'rep-riley',
      name: 'Riley Rep',
      crm: { salesforceUserId: quarter.salesforce.user.userId, hubspotEmail: REP_EMAIL },
      ...overrides,
    },
    timeZone: quarter.salesforce.user.timeZone,
    start,
    end: last,
    targets: [{ id: 'calls', metric: 'calls', cadence: 'daily', goal: 10 }],
  });
}

export function normalize(list: readonly ExpectedActivity[]): ExpectedActivity[] {
  const key = (activity: ExpectedActivity) => `${activity.metric}|${activity.id}`;
  return [...list]
    .map((activity) => ({
      id: activity.id,
      metric: activity.metric,
      occurredAt: new Date(parseInstant(activity.occurredAt)).toISOString(),
      ...(activity.amount === undefined ? {} : { amount: activity.amount }),
    }))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** What the store counts for a CRM inside the window: live rows, in the expected list's shape. */
export function counted(
  rows: readonly Activity[],
  source: SyncedSource,
  quarter: SeededQuarter,
): ExpectedActivity[] {
  const { fromMs, toMs } = quarter.window;
  return normalize(
    rows
      .filter((row) => row.source === source && row.deleted !== true)
      .filter((row) => {
        const at = parseInstant(row.occurredAt);
        return at >= fromMs && at < toMs;
      })
      .map((row) => ({
        id: row.id,
        metric: row.metric as ExpectedActivity['metric'],
        occurredAt: row.occurredAt,
        ...(row.amount === undefined ? {} : { amount: row.amount }),
      })),
  );
}
