/**
 * Who is calling the ledger's routes (Salesforce Files, HubSpot notes): the Salesforce user
 * behind a session id, the HubSpot caller behind a token and what it may read. Built from the
 * seed's credentials; the users and sessions model itself is the seed's (seed.ts).
 */
import type { NotesCaller, StoredNote } from './hubspot-notes.js';
import type { FakeCrmSeed } from './seed.js';

export interface LedgerIdentities {
  /** The user id a session acts as, or null when the session is unknown. */
  salesforceUserOf(token: string | null): string | null;
  /** The caller a HubSpot token stands for, or null when the token is unknown. */
  hubspotCallerOf(token: string | null): NotesCaller | null;
}

const READS_EVERYTHING = (_note: StoredNote) => true;

/** The seed's own credentials: its Salesforce session and its HubSpot private-app token (reads every note). */
export function seedIdentities(seed: FakeCrmSeed): LedgerIdentities {
  return {
    salesforceUserOf: (token) =>
      token !== null && token === seed.salesforce.sessionId ? seed.salesforce.user.userId : null,
    hubspotCallerOf: (token) =>
      token !== null && token === seed.hubspot.token ? { userId: null, canRead: READS_EVERYTHING } : null,
  };
}
