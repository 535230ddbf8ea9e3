/**
 * Who sent a runtime message. Only our own extension's contexts reach `runtime.onMessage`, but
 * they are not equally trusted: a content script runs inside a CRM page, so it may only ask for
 * what the overlay needs (overlay-protocol.ts), never to delete data or export a plan.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { HUBSPOT_MATCHES } from '../crm-adapters/hubspot/hosts';
import { SALESFORCE_MATCHES } from '../crm-adapters/salesforce/hosts';

/** The part of `runtime.MessageSender` (and of a Port's sender) the check reads. */
export interface SenderLike {
  readonly id?: string | undefined;
  readonly url?: string | undefined;
  readonly tab?: { readonly id?: number | undefined } | undefined;
}

export type SenderKind =
  | { readonly kind: 'extension-page' }
  | { readonly kind: 'content-script'; readonly tabId: number; readonly url: string }
  | { readonly kind: 'unknown'; readonly reason: string };

const CRM_PATTERNS = [...HUBSPOT_MATCHES, ...SALESFORCE_MATCHES].map((pattern) => new MatchPattern(pattern));

export function isCrmPage(url: string): boolean {
  return CRM_PATTERNS.some((pattern) => pattern.includes(url));
}

export function classifySender(
  sender: SenderLike,
  extension: { readonly id: string; readonly origin: string },
): SenderKind {
  if (sender.id !== extension.id) return { kind: 'unknown', reason: 'the message did not come from OnPace' };
  const url = sender.url;
  if (url === undefined) return { kind: 'unknown', reason: 'the sender has no address' };
  if (url.startsWith(`${extension.origin}/`)) return { kind: 'extension-page' };
  const tabId = sender.tab?.id;
  if (tabId !== undefined && isCrmPage(url)) return { kind: 'content-script', tabId, url };
  return { kind: 'unknown', reason: `OnPace does not run on ${safeOrigin(url)}` };
}

/** The origin only: a CRM page's path can name a record, which has no place in an error. */
function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'that page';
  }
}
