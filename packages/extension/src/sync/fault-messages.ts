/**
 * A failed sync as the user reads it: one sentence that says what happened and what to do, for
 * the overlay's sync dot and the popup. Nothing here quotes a token or a session.
 */
import { startOfLocalDay } from '@onpace/core/calendar';
import type { Crm, CrmFault } from '@onpace/core/crm';
import type { SyncFault } from './state';

const NAME: Readonly<Record<Crm, string>> = { salesforce: 'Salesforce', hubspot: 'HubSpot' };
const DAY_MS = 86_400_000;

export interface FaultContext {
  readonly nowMs: number;
  /** The plan's rep, for "your access does not include Dana's records". */
  readonly repName: string;
  /** Whether the plan is the user's own (rep) or someone they manage. */
  readonly isMine: boolean;
  readonly timeZone: string;
  /** When a wait was too long for the worker: when to try again. */
  readonly retryAtMs?: number | null;
}

/** The next local midnight in the plan's zone: "stop until tomorrow". */
export function nextLocalMidnight(nowMs: number, timeZone: string): number {
  const today = Math.floor(nowMs / DAY_MS);
  for (let day = today; day <= today + 2; day++) {
    const start = startOfLocalDay(day, timeZone);
    if (start > nowMs) return start;
  }
  return nowMs + DAY_MS;
}

function clock(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(ms);
}

function fault(code: string, message: string, context: FaultContext, retryAtMs: number | null): SyncFault {
  return {
    code,
    message,
    at: new Date(context.nowMs).toISOString(),
    retryAt: retryAtMs === null ? null : new Date(retryAtMs).toISOString(),
  };
}

/** A CRM request that failed for good (retries spent, or not worth retrying). */
export function syncFaultOf(crmFault: CrmFault, context: FaultContext): SyncFault {
  const crm = NAME[crmFault.crm];
  const retryAtMs = context.retryAtMs ?? null;
  switch (crmFault.kind) {
    case 'session-expired':
      return crmFault.crm === 'salesforce'
        ? fault(
            'session-expired',
            'Salesforce session expired — reload the Salesforce tab (log in again if asked) and OnPace syncs again.',
            context,
            null,
          )
        : fault(
            'session-expired',
            'HubSpot refused the access token — paste a valid private-app token in OnPace options.',
            context,
            null,
          );
    case 'daily-limit': {
      const until = nextLocalMidnight(context.nowMs, context.timeZone);
      return fault(
        'daily-limit',
        `${crm}'s daily API limit is used up — OnPace stops syncing ${crm} until tomorrow; your stored figures are kept.`,
        context,
        until,
      );
    }
    case 'rate-limited':
      return fault(
        'rate-limited',
        retryAtMs === null
          ? `${crm} keeps asking OnPace to slow down — it tries again at the next sync.`
          : `${crm} asked OnPace to slow down — syncing resumes at ${clock(retryAtMs, context.timeZone)}.`,
        context,
        retryAtMs,
      );
    case 'forbidden':
      return fault(
        'forbidden',
        context.isMine
          ? `${crm} refused access (${crmFault.code ?? `HTTP ${crmFault.status}`}) — ask your ${crm} admin for API access to your activity.`
          : `Your ${crm} access does not include ${context.repName}'s activity — ask your ${crm} admin, or have ${context.repName} sync from their own browser.`,
        context,
        null,
      );
    case 'rejected':
      return fault(
        'rejected',
        `${crm} rejected OnPace's request (${crmFault.code ?? `HTTP ${crmFault.status}`}: ${crmFault.message}) — please report this to OnPace.`,
        context,
        null,
      );
    case 'server':
      return fault(
        'server',
        `${crm} is having trouble (HTTP ${crmFault.status}) — OnPace tries again at the next sync; your stored figures are kept.`,
        context,
        retryAtMs,
      );
    case 'network':
      return fault(
        'network',
        `Could not reach ${crm} — check your connection; OnPace tries again at the next sync.`,
        context,
        retryAtMs,
      );
    case 'malformed-response':
      return fault(
        'malformed-response',
        `${crm} sent an answer OnPace could not read — it tries again at the next sync; nothing stored was lost.`,
        context,
        retryAtMs,
      );
  }
}

/** Faults found before any request: the user has to set something up. */
export const SETUP_FAULTS = {
  noSalesforceSession: (context: FaultContext) =>
    fault(
      'no-session',
      'Not logged in to Salesforce — open Salesforce in a tab and log in, then OnPace syncs.',
      context,
      null,
    ),
  noHubSpotOwner: (context: FaultContext, email: string | null) =>
    fault(
      'no-identity',
      email === null
        ? `The plan names no HubSpot owner or email for ${context.repName} — add one to the plan.`
        : `No HubSpot owner has the email ${email} — check the email in the plan (or in OnPace options).`,
      context,
      null,
    ),
} as const;
