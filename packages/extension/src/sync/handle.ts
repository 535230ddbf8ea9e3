/**
 * What the background may ask of the running sync: a sync now, and the two checks the options
 * page's Connections section shows. The checks answer with facts only: whether a Salesforce
 * session exists (never its value), and which HubSpot owner a token and email find. Built from
 * injected pieces so the background's requests are tested against the fake CRM (start.ts passes
 * the browser's).
 */
import type { SyncReport, SyncRunOptions } from './engine';
import { type FaultContext, syncFaultOf } from './fault-messages';
import type { CrmHttp } from './http';
import { findOwnerByEmail } from './hubspot/identity';
import type { SessionProvider } from './salesforce/session';
import type { SyncFault } from './state';

export interface SalesforceSessionCheck {
  /** The org of the Salesforce tab used last, else the one remembered; null when none was seen. */
  readonly apiHost: string | null;
  /** Whether the browser holds a session OnPace can use for that org. */
  readonly available: boolean;
}

export interface HubSpotOwnerFound {
  readonly id: string;
  readonly email: string;
  readonly name: string | null;
  /** A deactivated user: their old records still count, new ones will not come. */
  readonly archived: boolean;
}

export type HubSpotOwnerCheck =
  | { readonly kind: 'found'; readonly owner: HubSpotOwnerFound }
  | { readonly kind: 'missing' }
  | { readonly kind: 'failed'; readonly fault: SyncFault };

export interface SyncHandle {
  /** Syncs every plan this browser syncs from every CRM set up, now, ignoring scheduled waits. */
  syncNow(): Promise<SyncReport>;
  salesforceSession(): Promise<SalesforceSessionCheck>;
  /** Looks up the owner by email on api.hubapi.com with the token, as the sync does. */
  findHubSpotOwner(token: string, email: string): Promise<HubSpotOwnerCheck>;
}

export interface SyncHandleDeps {
  /** Runs the sync (in the extension: through the scheduler, which also sets resume alarms). */
  readonly run: (options: SyncRunOptions) => Promise<SyncReport>;
  /** The sync's own HTTP: same fault rules, request counts and API usage as a sync. */
  readonly http: CrmHttp;
  readonly sessions: SessionProvider;
  readonly salesforceHost: () => Promise<string | null>;
  readonly now: () => number;
}

export function createSyncHandle(deps: SyncHandleDeps): SyncHandle {
  return {
    syncNow: () => deps.run({ trigger: 'manual' }),
    async salesforceSession() {
      const apiHost = await deps.salesforceHost();
      if (apiHost === null) return { apiHost, available: false };
      // The session is looked up and dropped here: only its presence leaves this function.
      const session = await deps.sessions.session(apiHost);
      return { apiHost, available: session !== null };
    },
    async findHubSpotOwner(token, email) {
      // One attempt: the user is waiting, and a fault they can read beats a minute of retries.
      const found = await findOwnerByEmail(deps.http, token, email, 1);
      if (found.kind === 'missing') return found;
      if (found.kind === 'failed') {
        const context: FaultContext = {
          nowMs: deps.now(),
          repName: email,
          isMine: true,
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          retryAtMs: found.answer.retryAtMs,
        };
        return { kind: 'failed', fault: syncFaultOf(found.answer.fault, context) };
      }
      const { owner } = found;
      const name = [owner.firstName, owner.lastName].filter((part) => part).join(' ');
      return {
        kind: 'found',
        owner: {
          id: owner.id,
          email: owner.email ?? email,
          name: name === '' ? null : name,
          archived: owner.archived,
        },
      };
    },
  };
}
