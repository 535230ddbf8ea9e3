/**
 * A background env with a real sync attached: the engine on the env's own database, talking to
 * the seeded fake CRM over HTTPS, and a cookie jar the test fills. What `startSync` wires with the
 * browser's fetch and cookies, wired here with the fake's.
 */
import { savePlan } from '../../src/background/plans';
import { DexieSyncStore } from '../../src/sync/dexie-store';
import { createSyncHandle } from '../../src/sync/handle';
import { cookieSessionProvider } from '../../src/sync/salesforce/session';
import { hubspotEmailItem, hubspotTokenItem, readHubSpotCredentials } from '../../src/sync/settings';
import type { FakeCrm, SeededQuarter } from '../sync/support/fake-crm';
import { engineFor, planFor, REP_EMAIL, SALESFORCE_API_HOST, startSeededCrm } from '../sync/support/harness';
import { createTestEnv, type TestEnv } from './background-env';

export interface SyncTestEnv {
  readonly env: TestEnv;
  readonly crm: FakeCrm;
  readonly quarter: SeededQuarter;
  /** The `sid` cookie the browser holds for the org (null: logged out). */
  setSessionCookie(value: string | null): void;
  /** The session the engine sends (the cookie's value, as the cookie provider would read it). */
  setSessionId(value: string | null): void;
}

export interface SyncTestOptions {
  /** Store the rep's plan (as "my plan"). Default true. */
  readonly withPlan?: boolean;
  /** Save the fake's HubSpot token and the rep's email in the settings. Default true. */
  readonly withHubSpot?: boolean;
  /** The org the sync sees in a tab or remembers; default the fake's. */
  readonly salesforceHost?: string | null;
}

export async function createSyncTestEnv(options: SyncTestOptions = {}): Promise<SyncTestEnv> {
  const { crm, quarter } = await startSeededCrm();
  const env = createTestEnv();
  if (options.withPlan !== false) {
    const saved = await savePlan(env, 'create', planFor(quarter));
    if (!saved.ok) throw new Error(saved.error);
  }
  if (options.withHubSpot !== false) {
    await hubspotTokenItem.setValue(quarter.hubspot.token);
    await hubspotEmailItem.setValue(REP_EMAIL);
  }
  let cookie: string | null = quarter.salesforce.sessionId;
  let sessionId: string | null = quarter.salesforce.sessionId;
  const store = new DexieSyncStore({ db: env.db, now: () => new Date(), changed: env.changed });
  const { engine, http } = engineFor({
    crm,
    quarter,
    store,
    sessionId: () => sessionId,
    // The token and email the options page saved, as the extension's sync reads them.
    extra: { hubspot: { credentials: readHubSpotCredentials } },
  });
  const salesforceHost = options.salesforceHost === undefined ? SALESFORCE_API_HOST : options.salesforceHost;
  env.setSync(
    createSyncHandle({
      run: (runOptions) => engine.run(runOptions),
      http,
      sessions: cookieSessionProvider({
        get: async ({ url, name }) =>
          cookie !== null && name === 'sid' && url === `https://${SALESFORCE_API_HOST}/`
            ? { value: cookie, domain: SALESFORCE_API_HOST }
            : null,
        getAll: async () => [],
      }),
      salesforceHost: async () => salesforceHost,
      now: () => Date.now(),
    }),
  );
  return {
    env,
    crm,
    quarter,
    setSessionCookie: (value) => {
      cookie = value;
    },
    setSessionId: (value) => {
      sessionId = value;
    },
  };
}
