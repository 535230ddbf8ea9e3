/**
 * Whose HubSpot records a plan reads. Records name their owner by owner `id` (not the login
 * `userId`), so the plan's owner id is used as is; otherwise the owner is found by email with
 * `GET /crm/v3/owners?email=` (a private-app token carries no user). The answer is cached in the
 * sync state with the email it was found by, so an incremental sync makes no identity request.
 * Creator attribution reads `hs_created_by_user_id`, which holds the user id: found the same way.
 */
import {
  type CountingDefinitions,
  type HubSpotOwner,
  HubSpotOwnersPage,
  hubspotOwnersPath,
  ownerForEmail,
} from '@onpace/core/crm';
import type { Plan } from '@onpace/core/schemas';
import type { CrmAnswer, CrmHttp } from '../http';
import type { SyncIdentity } from '../state';

export const HUBSPOT_API_HOST = 'api.hubapi.com';

export type OwnerLookup =
  | { readonly kind: 'found'; readonly identity: SyncIdentity }
  | { readonly kind: 'missing'; readonly email: string | null }
  | { readonly kind: 'failed'; readonly answer: Extract<CrmAnswer<unknown>, { ok: false }> };

export interface OwnerQuestion {
  readonly plan: Plan;
  readonly isMine: boolean;
  readonly definitions: CountingDefinitions;
  /** The email in OnPace options: the user's own HubSpot login. */
  readonly userEmail: string | null;
  readonly cached: SyncIdentity | null;
  readonly token: string;
  readonly nowMs: number;
}

function emailOf(question: OwnerQuestion): string | null {
  const crm = question.plan.rep.crm;
  return (
    crm?.hubspotEmail ?? (question.isMine ? question.userEmail : null) ?? question.plan.rep.email ?? null
  );
}

export type OwnerByEmail =
  | { readonly kind: 'found'; readonly owner: HubSpotOwner }
  | { readonly kind: 'missing' }
  | { readonly kind: 'failed'; readonly answer: Extract<CrmAnswer<unknown>, { ok: false }> };

/**
 * The owner whose login email is `email`, with the sync's HTTP rules. Shared by the sync and the
 * options page's "Test connection", so a test checks exactly what a sync will ask.
 */
export async function findOwnerByEmail(
  http: CrmHttp,
  token: string,
  email: string,
  maxAttempts?: number,
): Promise<OwnerByEmail> {
  const answer = await http.call({
    crm: 'hubspot',
    url: `https://${HUBSPOT_API_HOST}${hubspotOwnersPath(email)}`,
    token,
    schema: HubSpotOwnersPage,
    ...(maxAttempts === undefined ? {} : { maxAttempts }),
  });
  if (!answer.ok) return { kind: 'failed', answer };
  const owner = ownerForEmail(answer.data, email);
  return owner === null ? { kind: 'missing' } : { kind: 'found', owner };
}

export async function hubspotIdentity(http: CrmHttp, question: OwnerQuestion): Promise<OwnerLookup> {
  const byOwner = question.definitions.hubspot.attribution === 'owner';
  const checkedAt = new Date(question.nowMs).toISOString();
  const ownerId = question.plan.rep.crm?.hubspotOwnerId;
  if (byOwner && ownerId !== undefined) {
    return {
      kind: 'found',
      identity: {
        crmUserId: ownerId,
        idKind: 'hubspot-owner',
        apiHost: HUBSPOT_API_HOST,
        orgId: null,
        email: null,
        checkedAt,
      },
    };
  }
  const email = emailOf(question);
  if (email === null) return { kind: 'missing', email: null };
  const idKind = byOwner ? 'hubspot-owner' : 'hubspot-user';
  const cached = question.cached;
  if (cached !== null && cached.idKind === idKind && cached.email?.toLowerCase() === email.toLowerCase()) {
    return { kind: 'found', identity: cached };
  }
  const found = await findOwnerByEmail(http, question.token, email);
  if (found.kind === 'failed') return found;
  const owner = found.kind === 'found' ? found.owner : null;
  const crmUserId = byOwner ? owner?.id : owner?.userId?.toString();
  if (crmUserId === undefined) return { kind: 'missing', email };
  return {
    kind: 'found',
    identity: { crmUserId, idKind, apiHost: HUBSPOT_API_HOST, orgId: null, email, checkedAt },
  };
}
