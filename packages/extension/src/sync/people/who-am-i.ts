/**
 * Who this browser's user is in each CRM, asked of the CRM itself: Salesforce's `userinfo` for the
 * session's user; in HubSpot the owner whose login is the token's user (an OAuth token names its
 * user at `/oauth/v1/access-tokens/{token}`; a private-app token has none, so the email the user
 * gave in OnPace's options finds their owner). The answers feed core's `planRole` and `syncScope`.
 * The token-info call carries the token in its path, as HubSpot defines it; like every URL the
 * sync builds, it is never logged or stored.
 */
import {
  type HubSpotOwner,
  HubSpotOwnersPage,
  type HubSpotOwnersPage as OwnersPage,
  SalesforceUserInfo,
} from '@onpace/core/crm';
import { type HubSpotSelf, HubSpotTokenInfo, type SalesforceSelf } from '@onpace/core/identity';
import type { CrmAnswer, CrmHttp } from '../http';
import { findOwnerByEmail, HUBSPOT_API_HOST } from '../hubspot/identity';

type Failure = Extract<CrmAnswer<unknown>, { ok: false }>;

export type SelfAnswer<T> =
  | { readonly kind: 'found'; readonly self: T }
  /** The CRM answered, but names no one OnPace can match (an owner missing for the email). */
  | { readonly kind: 'unknown'; readonly reason: string }
  | { readonly kind: 'failed'; readonly answer: Failure };

export async function salesforceSelf(
  http: CrmHttp,
  apiHost: string,
  token: string,
  nowMs: number,
): Promise<SelfAnswer<SalesforceSelf>> {
  const answer = await http.call({
    crm: 'salesforce',
    url: `https://${apiHost}/services/oauth2/userinfo`,
    token,
    schema: SalesforceUserInfo,
  });
  if (!answer.ok) return { kind: 'failed', answer };
  return {
    kind: 'found',
    self: {
      userId: answer.data.userId,
      organizationId: answer.data.organizationId,
      checkedAt: new Date(nowMs).toISOString(),
    },
  };
}

/** Every owner of the portal (active ones), page by page (`limit=100`, `paging.next.after`). */
export async function allHubSpotOwners(
  http: CrmHttp,
  token: string,
): Promise<{ ok: true; owners: HubSpotOwner[] } | { ok: false; answer: Failure }> {
  const owners: HubSpotOwner[] = [];
  let after: string | undefined;
  // A portal has at most a few thousand owners: 100 pages is a bound, not a limit met in practice.
  for (let page = 0; page < 100; page++) {
    const query = `limit=100${after === undefined ? '' : `&after=${encodeURIComponent(after)}`}`;
    const answer = await http.call({
      crm: 'hubspot',
      url: `https://${HUBSPOT_API_HOST}/crm/v3/owners?${query}`,
      token,
      schema: HubSpotOwnersPage,
    });
    if (!answer.ok) return { ok: false, answer };
    const data: OwnersPage = answer.data;
    owners.push(...data.results);
    after = data.paging?.next?.after;
    if (after === undefined) break;
  }
  return { ok: true, owners };
}

export async function hubspotSelf(
  http: CrmHttp,
  token: string,
  optionsEmail: string | null,
  nowMs: number,
): Promise<SelfAnswer<HubSpotSelf>> {
  const checkedAt = new Date(nowMs).toISOString();
  const info = await http.call({
    crm: 'hubspot',
    url: `https://${HUBSPOT_API_HOST}/oauth/v1/access-tokens/${encodeURIComponent(token)}`,
    token,
    schema: HubSpotTokenInfo,
    maxAttempts: 2,
  });
  if (info.ok) {
    const owners = await allHubSpotOwners(http, token);
    if (!owners.ok) return { kind: 'failed', answer: owners.answer };
    const owner = owners.owners.find(
      (candidate) => candidate.userId === info.data.user_id && !candidate.archived,
    );
    return owner === undefined
      ? { kind: 'unknown', reason: `no active HubSpot owner has the token's user ${info.data.user}` }
      : { kind: 'found', self: { ownerId: owner.id, checkedAt } };
  }
  // A private-app token is not an OAuth token: its user is the one the options name by email.
  if (optionsEmail === null) {
    return {
      kind: 'unknown',
      reason: 'a private-app token names no user: add your HubSpot login email in options',
    };
  }
  const found = await findOwnerByEmail(http, token, optionsEmail);
  if (found.kind === 'failed') return { kind: 'failed', answer: found.answer };
  return found.kind === 'found'
    ? { kind: 'found', self: { ownerId: found.owner.id, checkedAt } }
    : { kind: 'unknown', reason: `no HubSpot owner has the email ${optionsEmail}` };
}
