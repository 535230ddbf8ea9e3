/**
 * The HubSpot portal's people: whose OAuth token a request carries (`/oauth/v1/access-tokens`),
 * the account's details (`/account-info/v3/details`, where its time zone lives) and which owners'
 * records a user's token may read.
 */
import { randomUUID } from 'node:crypto';
import type { Reply } from './http.js';
import type { HubSpotSeed, HubSpotUserToken } from './seed.js';

const JSON_TYPE = { 'content-type': 'application/json;charset=utf-8' };

/** A token's access tokens live for six hours; the fake reports a fixed remaining lifetime. */
const EXPIRES_IN_SECONDS = 21_588;
const APP_ID = 1_234_567;

/** `GET /oauth/v1/access-tokens/{token}`: the token's user (login email) and `user_id`. */
export function tokenInfo(seed: HubSpotSeed, token: string): Reply {
  const found = seed.userTokens.find((candidate) => candidate.token === token);
  const owner = found === undefined ? undefined : seed.owners.find((o) => o.userId === found.userId);
  if (found === undefined || owner === undefined) {
    return {
      status: 404,
      headers: JSON_TYPE,
      body: {
        status: 'error',
        message: 'Token not found',
        correlationId: randomUUID(),
        category: 'NOT_FOUND',
      },
    };
  }
  return {
    status: 200,
    headers: JSON_TYPE,
    body: {
      token,
      user: owner.email,
      hub_domain: `portal-${seed.portalId}.hubspot.test`,
      scopes: found.scopes,
      hub_id: seed.portalId,
      app_id: APP_ID,
      expires_in: EXPIRES_IN_SECONDS,
      user_id: found.userId,
      token_type: 'access',
    },
  };
}

/** The zone's offset from UTC now, as `-05:00` and in milliseconds. */
function utcOffsetOf(timeZone: string, atMs: number): { text: string; ms: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(atMs));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  const ms = local - Math.floor(atMs / 1000) * 1000;
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const sign = ms < 0 ? '-' : '+';
  const text = `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { text, ms };
}

/** `GET /account-info/v3/details` in the `PortalInformationResponse` shape. */
export function accountDetails(seed: HubSpotSeed, nowMs = Date.now()) {
  const offset = utcOffsetOf(seed.timeZone, nowMs);
  return {
    portalId: seed.portalId,
    accountType: 'STANDARD',
    timeZone: seed.timeZone,
    companyCurrency: seed.companyCurrency,
    additionalCurrencies: [],
    utcOffset: offset.text,
    utcOffsetMilliseconds: offset.ms,
    uiDomain: 'app.hubspot.com',
    dataHostingLocation: 'na1',
  };
}

/**
 * The owner ids whose records `token` may read: its own owner's, and with `team` access those of
 * every owner on one of its owner's teams. `all` reads everything (null: no filter).
 */
export function visibleOwnerIdsFor(seed: HubSpotSeed, token: HubSpotUserToken): Set<string> | null {
  if (token.access === 'all') return null;
  const self = seed.owners.find((owner) => owner.userId === token.userId);
  if (self === undefined) return new Set();
  const visible = new Set([self.id]);
  if (token.access === 'owned') return visible;
  const teams = new Set(self.teams.map((team) => team.id));
  for (const owner of seed.owners) {
    if (owner.teams.some((team) => teams.has(team.id))) visible.add(owner.id);
  }
  return visible;
}
