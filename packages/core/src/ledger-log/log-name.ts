/**
 * The opaque name of one author's log of one plan, used as the Salesforce file title and in each
 * HubSpot note body. It is derived from the plan's channel (a random value made with the plan's
 * key and carried only in the invite code) and the author's id, so both people compute the same
 * names while a CRM admin, who never sees the channel, can link a name to no plan and no person.
 */
import { sha256Hex } from '../ledger/sha256.js';

export function logName(channel: string, authorId: string): string {
  return `op-${sha256Hex(`onpace.log|${channel}|${authorId}`).slice(0, 32)}`;
}

/** The additional data bound into every blob of a log: a blob moved to another plan or author fails. */
export function logAdditionalData(planId: string, authorId: string): string {
  return `onpace.log|plan=${planId}|author=${authorId}`;
}
