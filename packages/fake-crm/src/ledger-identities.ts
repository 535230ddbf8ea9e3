/**
 * Who is calling the ledger's routes (Salesforce Files, HubSpot notes), from the seed's users
 * and sessions (seed.ts): the active Salesforce user behind a session id; the HubSpot caller
 * behind a token and which notes it reads. The portal's private-app token reads every note; a
 * user's token reads the notes its user created and those owned by an owner it may see
 * (`owned` or `team` access, as for every other record).
 */
import type { NotesCaller, StoredNote } from './hubspot-notes.js';
import { visibleOwnerIdsFor } from './hubspot-users.js';
import { orgUsers } from './salesforce-users.js';
import type { FakeCrmSeed } from './seed.js';

export interface LedgerIdentities {
  /** The user id a session acts as, or null when the session is unknown or its user inactive. */
  salesforceUserOf(token: string | null): string | null;
  /** The caller a HubSpot token stands for, or null when the token is unknown. */
  hubspotCallerOf(token: string | null): NotesCaller | null;
}

const READS_EVERYTHING = (_note: StoredNote) => true;

export function seedIdentities(seed: FakeCrmSeed): LedgerIdentities {
  return {
    salesforceUserOf: (token) => {
      if (token === null) return null;
      const { salesforce } = seed;
      const userId =
        token === salesforce.sessionId
          ? salesforce.user.userId
          : salesforce.sessions.find((session) => session.sessionId === token)?.userId;
      const user = orgUsers(salesforce).find((candidate) => candidate.userId === userId);
      return user?.isActive ? user.userId : null;
    },
    hubspotCallerOf: (token) => {
      if (token === null) return null;
      if (token === seed.hubspot.token) return { userId: null, canRead: READS_EVERYTHING };
      const userToken = seed.hubspot.userTokens.find((candidate) => candidate.token === token);
      if (userToken === undefined) return null;
      const owners = visibleOwnerIdsFor(seed.hubspot, userToken);
      return {
        userId: userToken.userId,
        canRead: (note) =>
          owners === null ||
          note.createdByUserId === userToken.userId ||
          owners.has(note.properties.hubspot_owner_id ?? ''),
      };
    },
  };
}
