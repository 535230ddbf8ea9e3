/**
 * What the person is told when passing the ledger through the CRM goes wrong: one sentence that
 * says what happened, that nothing was lost, and what to do. CRM faults the activity sync also
 * meets (expired session, limits, offline) read as they do there; the transport's own cases
 * (API turned off, no right to share, the other file gone, a record that fails verification, a
 * fork) are worded here. Nothing quotes a key, a token or a session.
 */
import type { Crm, CrmFault } from '@onpace/core/crm';
import { type FaultContext, syncFaultOf } from '../sync/fault-messages';
import { UNVERIFIED_MESSAGE } from './crypto';
import type { ReadOutcome, WriteOutcome } from './outcome';

const NAME: Readonly<Record<Crm, string>> = { salesforce: 'Salesforce', hubspot: 'HubSpot' };

export interface TransportNotice {
  readonly code: string;
  readonly message: string;
  /** When to try again (ISO), for limits and faults worth a later try. */
  readonly retryAt: string | null;
}

export interface TransportContext extends FaultContext {
  /** The other person, by name: "Morgan's notes". */
  readonly peerName: string;
}

function notice(code: string, message: string, retryAt: string | null = null): TransportNotice {
  return { code, message, retryAt };
}

function crmFaultNotice(
  fault: CrmFault,
  retryAtMs: number | null,
  context: TransportContext,
): TransportNotice {
  const crm = NAME[fault.crm];
  const code = 'code' in fault ? fault.code : null;
  if (code === 'API_DISABLED_FOR_ORG') {
    return notice(
      'api-disabled',
      `${crm} API access is turned off for your org, so OnPace cannot pass the plan to ${context.peerName} through ${crm} — ask your ${crm} admin to turn on API access, or exchange OnPace files by hand until then. Nothing is lost.`,
    );
  }
  if (
    code === 'INSUFFICIENT_ACCESS' ||
    code === 'INSUFFICIENT_ACCESS_OR_READONLY' ||
    code === 'MISSING_SCOPES'
  ) {
    return notice(
      'no-access',
      fault.crm === 'salesforce'
        ? `Your Salesforce user may not create or share Files — ask your Salesforce admin for access to Salesforce Files (Content) so OnPace can pass the plan to ${context.peerName}. Nothing is lost.`
        : `Your HubSpot access does not include notes — ask your HubSpot admin to let OnPace read and write notes so it can pass the plan to ${context.peerName}. Nothing is lost.`,
    );
  }
  const general = syncFaultOf(fault, { ...context, retryAtMs });
  return notice(general.code, general.message, general.retryAt);
}

/** The notice for reading the other person's log, or null when there is nothing to say. */
export function readNotice(
  outcome: ReadOutcome,
  crm: Crm,
  context: TransportContext,
): TransportNotice | null {
  switch (outcome.status) {
    case 'unchanged':
    case 'extended':
    case 'not-shared-yet':
      return null;
    case 'missing':
      return notice(
        'peer-log-missing',
        `${context.peerName}'s OnPace record is no longer shared with you in ${NAME[crm]} (deleted or unshared by an admin) — what you saw is kept; ${context.peerName}'s OnPace shares it again at its next sync, or ask your ${NAME[crm]} admin.`,
      );
    case 'unverified':
      return notice(
        'unverified',
        `${UNVERIFIED_MESSAGE[0]?.toUpperCase()}${UNVERIFIED_MESSAGE.slice(1)}: ${context.peerName}'s record in ${NAME[crm]} was altered, or written with another key — nothing from it was applied, and what you saw before is kept.`,
      );
    case 'refused':
      return notice(
        outcome.problem.code === 'fork' ? 'fork' : 'refused',
        `${context.peerName}'s history in ${NAME[crm]} no longer matches what you already saw (from entry ${outcome.problem.seq ?? '?'} on) — the earlier record is kept and the new copy is not applied.`,
      );
    case 'fault':
      return crmFaultNotice(outcome.fault, outcome.retryAtMs, context);
  }
}

/** The notice for writing this person's own log, or null when it went through. */
export function writeNotice(outcome: WriteOutcome, context: TransportContext): TransportNotice | null {
  return outcome.status === 'fault' ? crmFaultNotice(outcome.fault, outcome.retryAtMs, context) : null;
}
