/**
 * A seeded fake CRM, a plan for its rep, and a sync engine wired to both, for the sync tests.
 * The quarter's `expected` lists what the default counting rules must count (computed by the
 * fake from its story, not by the mapping under test): tests compare the store with it.
 */
import { realClock, type SyncClock } from '../../../src/sync/clock';
import { type CreateSyncEngineOptions, createSyncEngine } from '../../../src/sync/create-engine';
import type { SyncScope } from '../../../src/sync/plan-scope';
import type { SyncStore } from '../../../src/sync/store';
import { type FakeCrm, fakeCrmFetch, type SeededQuarter, seedQuarter, startFakeCrm } from './fake-crm';
import { REP_EMAIL } from './quarter';

export { counted, normalize, planFor, REP_EMAIL } from './quarter';

export const SALESFORCE_API_HOST = 'acme.my.salesforce.com';

export interface SeedOptions {
  readonly start?: string;
  readonly days?: number;
  readonly perDay?: { calls?: number; emails?: number; meetings?: number; opportunities?: number };
  /** Salesforce page size (the fake's default is Salesforce's 2,000). */
  readonly pageSize?: number;
  /** HubSpot search requests per rolling second the fake allows; 0 turns its limit off. */
  readonly searchPerSecond?: number;
}

export async function startSeededCrm(
  options: SeedOptions = {},
): Promise<{ crm: FakeCrm; quarter: SeededQuarter }> {
  const quarter = seedQuarter({
    email: REP_EMAIL,
    start: options.start ?? '2026-01-05',
    days: options.days ?? 21,
    timeZone: 'America/New_York',
    ...(options.perDay === undefined ? {} : { activitiesPerDay: options.perDay }),
  });
  const crm = await startFakeCrm({
    port: 0,
    seed: quarter,
    pageSize: options.pageSize ?? 2000,
    searchRequestsPerSecond: options.searchPerSecond ?? 0,
  });
  return { crm, quarter };
}

export interface EngineSetup {
  readonly crm: FakeCrm;
  readonly quarter: SeededQuarter;
  readonly store: SyncStore;
  readonly clock?: SyncClock;
  readonly scope?: SyncScope;
  /** The session the browser holds (default: the fake's valid one). */
  readonly sessionId?: () => string | null;
  readonly hubspotToken?: () => string | null;
  readonly extra?: Partial<CreateSyncEngineOptions>;
}

export function engineFor(setup: EngineSetup) {
  const sessionId = setup.sessionId ?? (() => setup.quarter.salesforce.sessionId);
  const token = setup.hubspotToken ?? (() => setup.quarter.hubspot.token);
  return createSyncEngine({
    fetch: fakeCrmFetch(setup.crm),
    clock: setup.clock ?? realClock,
    store: setup.store,
    scope: async () => setup.scope ?? { role: 'rep', myPlanId: 'plan-riley' },
    salesforce: {
      sessions: {
        session: async () => {
          const sid = sessionId();
          return sid === null ? null : { token: sid, orgId: sid.split('!')[0]?.slice(0, 15) ?? null };
        },
      },
      apiHost: async () => SALESFORCE_API_HOST,
    },
    hubspot: {
      credentials: async () => {
        const value = token();
        return value === null ? null : { token: value, email: REP_EMAIL };
      },
    },
    ...setup.extra,
  });
}
