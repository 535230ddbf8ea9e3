/**
 * The HubSpot CRM v3 surface a sync uses: `GET /crm/v3/owners`,
 * `POST /crm/v3/objects/{calls|emails|meetings|deals|contacts}/search` (also at the date-versioned
 * `/crm/objects/2026-03/…`), `GET /oauth/v1/access-tokens/{token}` (whose token it is) and
 * `GET /account-info/v3/details` (the account's time zone). Property values are strings; archived
 * records never appear in search; a query reaches at most 10,000 results; search is limited per
 * second. A user's OAuth token reads only what that user's permissions allow (`owned`, `team`).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Reply } from './http.js';
import { accountDetails, tokenInfo, visibleOwnerIdsFor } from './hubspot-users.js';
import type { ApiRequest } from './salesforce-api.js';
import type { HubSpotObject, HubSpotRecord, HubSpotSeed, HubSpotUserToken } from './seed.js';

const JSON_TYPE = { 'content-type': 'application/json;charset=utf-8' };

export function hubspotError(
  status: number,
  category: string,
  message: string,
  extra: Record<string, string> = {},
): Reply {
  return {
    status,
    headers: JSON_TYPE,
    body: { status: 'error', message, correlationId: randomUUID(), category, ...extra },
  };
}

export const HUBSPOT_FAULT_BODIES = {
  unauthenticated: () =>
    hubspotError(
      401,
      'INVALID_AUTHENTICATION',
      'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
    ),
  expired: () =>
    hubspotError(
      401,
      'EXPIRED_AUTHENTICATION',
      'The OAuth token used to make this call expired 1 day(s) ago.',
    ),
  /** The body a real search 429 carried (grouparoo recording, Feb 2022). */
  secondly: () => hubspotError(429, 'RATE_LIMITS', 'You have reached your secondly limit.'),
  tenSecondly: () => ({
    status: 429,
    headers: JSON_TYPE,
    body: {
      status: 'error',
      message: 'You have reached your ten_secondly_rolling limit.',
      errorType: 'RATE_LIMIT',
      correlationId: randomUUID(),
      policyName: 'TEN_SECONDLY_ROLLING',
      requestId: randomUUID(),
    },
  }),
  daily: () => ({
    status: 429,
    headers: JSON_TYPE,
    body: {
      status: 'error',
      message: 'You have reached your daily limit.',
      errorType: 'RATE_LIMIT',
      correlationId: randomUUID(),
      policyName: 'DAILY',
      requestId: randomUUID(),
    },
  }),
  server: (status: number) => hubspotError(status, 'INTERNAL_ERROR', 'internal error'),
  /** A token without the object's read scope (here: contacts). */
  missingScopes: () =>
    hubspotError(
      403,
      'MISSING_SCOPES',
      "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
      { subCategory: 'crm.objects.contacts.read' },
    ),
};

export const SEARCH_RESULT_CAP = 10_000;
const MAX_LIMIT = 200;
/** HubSpot changelog, Aug 2024: five groups, ten filters a group, 25 in all. */
const MAX_GROUPS = 5;
const MAX_FILTERS_PER_GROUP = 10;
const MAX_FILTERS = 25;

type PropertyType = 'datetime' | 'number' | 'string';

const ENGAGEMENT_COMMON: Record<string, PropertyType> = {
  hs_timestamp: 'datetime',
  hs_createdate: 'datetime',
  hs_lastmodifieddate: 'datetime',
  hs_object_id: 'number',
  hubspot_owner_id: 'string',
  hs_created_by_user_id: 'string',
};

/** The properties each object has (those a sync or test could ask for), with their types. */
const PROPERTIES: Readonly<Record<HubSpotObject, Readonly<Record<string, PropertyType>>>> = {
  calls: {
    ...ENGAGEMENT_COMMON,
    hs_call_direction: 'string',
    hs_call_status: 'string',
    hs_call_disposition: 'string',
    hs_call_duration: 'number',
    hs_call_title: 'string',
  },
  emails: {
    ...ENGAGEMENT_COMMON,
    hs_email_direction: 'string',
    hs_email_status: 'string',
    hs_email_subject: 'string',
  },
  meetings: {
    ...ENGAGEMENT_COMMON,
    hs_meeting_start_time: 'datetime',
    hs_meeting_end_time: 'datetime',
    hs_meeting_outcome: 'string',
    hs_meeting_title: 'string',
  },
  deals: {
    createdate: 'datetime',
    closedate: 'datetime',
    hs_lastmodifieddate: 'datetime',
    hs_object_id: 'number',
    amount: 'number',
    amount_in_home_currency: 'number',
    dealname: 'string',
    dealstage: 'string',
    pipeline: 'string',
    hs_is_closed_won: 'string',
    hs_is_closed: 'string',
    deal_currency_code: 'string',
    hubspot_owner_id: 'string',
    hs_created_by_user_id: 'string',
  },
  contacts: {
    createdate: 'datetime',
    lastmodifieddate: 'datetime',
    hs_lastmodifieddate: 'datetime',
    hs_object_id: 'number',
    email: 'string',
    firstname: 'string',
    lastname: 'string',
    lifecyclestage: 'string',
    hs_lifecyclestage_lead_date: 'datetime',
    hs_lifecyclestage_opportunity_date: 'datetime',
    hs_lead_status: 'string',
    hubspot_owner_id: 'string',
    hubspot_owner_assigneddate: 'datetime',
    hs_created_by_user_id: 'string',
  },
};

/** Returned with every result whatever was asked (as the recorded search shows). */
const ALWAYS: Readonly<Record<HubSpotObject, readonly string[]>> = {
  calls: ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
  emails: ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
  meetings: ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
  deals: ['createdate', 'hs_lastmodifieddate', 'hs_object_id'],
  contacts: ['createdate', 'hs_object_id', 'lastmodifieddate'],
};

const DEFAULTS: Readonly<Record<HubSpotObject, readonly string[]>> = {
  calls: ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
  emails: ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
  meetings: ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
  deals: [
    'amount',
    'closedate',
    'createdate',
    'dealname',
    'dealstage',
    'hs_lastmodifieddate',
    'hs_object_id',
    'pipeline',
  ],
  contacts: ['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname'],
};

const OBJECT_TYPE_IDS: Readonly<Record<string, HubSpotObject>> = {
  calls: 'calls',
  '0-48': 'calls',
  emails: 'emails',
  '0-49': 'emails',
  meetings: 'meetings',
  '0-47': 'meetings',
  deals: 'deals',
  '0-3': 'deals',
  contacts: 'contacts',
  '0-1': 'contacts',
};

const Scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const SearchBody = z.object({
  filterGroups: z
    .array(
      z.object({
        filters: z.array(
          z.object({
            propertyName: z.string().min(1),
            operator: z.enum([
              'EQ',
              'NEQ',
              'LT',
              'LTE',
              'GT',
              'GTE',
              'BETWEEN',
              'IN',
              'NOT_IN',
              'HAS_PROPERTY',
              'NOT_HAS_PROPERTY',
              'CONTAINS_TOKEN',
              'NOT_CONTAINS_TOKEN',
            ]),
            value: Scalar.optional(),
            highValue: Scalar.optional(),
            values: z.array(Scalar).optional(),
          }),
        ),
      }),
    )
    .default([]),
  properties: z.array(z.string()).optional(),
  sorts: z
    .array(
      z.union([
        z.string().min(1),
        z.object({
          propertyName: z.string().min(1),
          direction: z.enum(['ASCENDING', 'DESCENDING']).default('ASCENDING'),
        }),
      ]),
    )
    .default([]),
  limit: z.number().int().min(0).default(10),
  after: Scalar.optional(),
  query: z.string().optional(),
});
type SearchBody = z.infer<typeof SearchBody>;
type Filter = SearchBody['filterGroups'][number]['filters'][number];

const SEARCH_PATH = /^\/crm\/(?:v3\/objects|objects\/2026-03)\/([a-z0-9-]+)\/search$/;
const TOKEN_INFO_PATH = /^\/oauth\/v1\/access-tokens\/([^/]+)$/;
const ACCOUNT_DETAILS_PATHS = new Set(['/account-info/v3/details', '/account-info/2026-03/details']);
const OWNERS_PATHS = new Set(['/crm/v3/owners', '/crm/v3/owners/', '/crm/owners/2026-03']);
const MAX_OWNERS_LIMIT = 500;

class Invalid extends Error {}

function toMs(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) || !/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? Number.NaN : parsed;
}

function comparable(type: PropertyType, text: string | null | undefined): number | string | null {
  if (text === null || text === undefined || text === '') return null;
  if (type === 'datetime') {
    const ms = toMs(text);
    return Number.isNaN(ms) ? null : ms;
  }
  if (type === 'number') {
    const number = Number(text);
    return Number.isNaN(number) ? null : number;
  }
  return text.toLowerCase();
}

function filterValue(type: PropertyType, text: string | undefined, filter: Filter): number | string {
  if (text === undefined)
    throw new Invalid(`filter on ${filter.propertyName} with ${filter.operator} needs a value`);
  const value = comparable(type, text);
  if (value === null) throw new Invalid(`${text} is not a valid value for ${filter.propertyName}`);
  return value;
}

function compileFilter(object: HubSpotObject, filter: Filter): (record: HubSpotRecord) => boolean {
  const type = PROPERTIES[object][filter.propertyName];
  if (type === undefined) {
    throw new Invalid(`There was a problem with the request: property ${filter.propertyName} does not exist`);
  }
  const read = (record: HubSpotRecord) => comparable(type, record.properties[filter.propertyName]);
  switch (filter.operator) {
    case 'HAS_PROPERTY':
      return (record) => read(record) !== null;
    case 'NOT_HAS_PROPERTY':
      return (record) => read(record) === null;
    case 'IN':
    case 'NOT_IN': {
      const values = (filter.values ?? []).map((value) => filterValue(type, value, filter));
      const negated = filter.operator === 'NOT_IN';
      return (record) => {
        const value = read(record);
        return value !== null && values.includes(value) !== negated;
      };
    }
    case 'CONTAINS_TOKEN':
    case 'NOT_CONTAINS_TOKEN': {
      const token = String(filterValue('string', filter.value, filter)).replaceAll('*', '');
      const negated = filter.operator === 'NOT_CONTAINS_TOKEN';
      return (record) => String(read(record) ?? '').includes(token) !== negated;
    }
    case 'BETWEEN': {
      const low = filterValue(type, filter.value, filter);
      const high = filterValue(type, filter.highValue, filter);
      return (record) => {
        const value = read(record);
        return value !== null && value >= low && value <= high;
      };
    }
    default: {
      const wanted = filterValue(type, filter.value, filter);
      const operator = filter.operator;
      return (record) => {
        const value = read(record);
        if (value === null) return operator === 'NEQ';
        switch (operator) {
          case 'EQ':
            return value === wanted;
          case 'NEQ':
            return value !== wanted;
          case 'LT':
            return value < wanted;
          case 'LTE':
            return value <= wanted;
          case 'GT':
            return value > wanted;
          case 'GTE':
            return value >= wanted;
        }
        return false;
      };
    }
  }
}

export interface HubSpotApiOptions {
  /** Search requests allowed in any rolling second; 0 turns the limit off. */
  readonly searchRequestsPerSecond: number;
  readonly now: () => number;
}

export class HubSpotApi {
  private seed: HubSpotSeed;
  private dailyUsed = 0;
  private recentSearches: number[] = [];
  private recentRequests: number[] = [];

  constructor(
    seed: HubSpotSeed,
    private readonly options: HubSpotApiOptions,
  ) {
    this.seed = seed;
  }

  replaceSeed(seed: HubSpotSeed): void {
    this.seed = seed;
    this.dailyUsed = 0;
    this.recentSearches = [];
    this.recentRequests = [];
  }

  /** `X-HubSpot-RateLimit-*`: search responses carry the daily pair only, as recorded. */
  rateLimitHeaders(path: string): Record<string, string> {
    const daily = {
      'x-hubspot-ratelimit-daily': String(this.seed.dailyLimit),
      'x-hubspot-ratelimit-daily-remaining': String(Math.max(0, this.seed.dailyLimit - this.dailyUsed)),
    };
    if (SEARCH_PATH.test(path)) return daily;
    const now = this.options.now();
    const lastTen = this.recentRequests.filter((at) => now - at < 10_000).length;
    const lastOne = this.recentRequests.filter((at) => now - at < 1_000).length;
    return {
      ...daily,
      'x-hubspot-ratelimit-interval-milliseconds': '10000',
      'x-hubspot-ratelimit-max': '190',
      'x-hubspot-ratelimit-remaining': String(Math.max(0, 190 - lastTen)),
      'x-hubspot-ratelimit-secondly': '19',
      'x-hubspot-ratelimit-secondly-remaining': String(Math.max(0, 19 - lastOne)),
    };
  }

  /** The answer, and whether it was the server's own rate limit (for the request log). */
  handle(request: ApiRequest): { reply: Reply; rateLimited: boolean } {
    // The token-info call carries the token in its path and needs no Authorization header.
    const info = TOKEN_INFO_PATH.exec(request.path);
    if (info && request.method === 'GET') {
      return { reply: tokenInfo(this.seed, decodeURIComponent(info[1] ?? '')), rateLimited: false };
    }
    const caller = this.caller(request.token);
    if (caller === null) return { reply: HUBSPOT_FAULT_BODIES.unauthenticated(), rateLimited: false };
    if (this.dailyUsed >= this.seed.dailyLimit)
      return { reply: HUBSPOT_FAULT_BODIES.daily(), rateLimited: true };
    const now = this.options.now();
    const search = SEARCH_PATH.exec(request.path);
    if (search && request.method === 'POST') {
      this.recentSearches = this.recentSearches.filter((at) => now - at < 1_000);
      const limit = this.options.searchRequestsPerSecond;
      if (limit > 0 && this.recentSearches.length >= limit) {
        return { reply: HUBSPOT_FAULT_BODIES.secondly(), rateLimited: true };
      }
      this.recentSearches.push(now);
      this.dailyUsed += 1;
      const object = OBJECT_TYPE_IDS[search[1] ?? ''];
      if (object === undefined) {
        return {
          reply: hubspotError(400, 'VALIDATION_ERROR', `Unable to infer object type from: ${search[1]}`),
          rateLimited: false,
        };
      }
      return { reply: this.search(caller, object, request.body), rateLimited: false };
    }
    this.recentRequests = this.recentRequests.filter((at) => now - at < 10_000);
    this.recentRequests.push(now);
    this.dailyUsed += 1;
    if (request.method === 'GET' && OWNERS_PATHS.has(request.path)) {
      return { reply: this.owners(request.query), rateLimited: false };
    }
    if (request.method === 'GET' && ACCOUNT_DETAILS_PATHS.has(request.path)) {
      return {
        reply: { status: 200, headers: JSON_TYPE, body: accountDetails(this.seed) },
        rateLimited: false,
      };
    }
    return { reply: hubspotError(404, 'OBJECT_NOT_FOUND', 'resource not found'), rateLimited: false };
  }

  /** The private-app token reads everything; a user's token reads what its user may. */
  private caller(token: string | null): HubSpotUserToken | 'portal' | null {
    if (token === null) return null;
    if (token === this.seed.token) return 'portal';
    return this.seed.userTokens.find((candidate) => candidate.token === token) ?? null;
  }

  private owners(query: URLSearchParams): Reply {
    const email = query.get('email')?.trim().toLowerCase();
    const archived = query.get('archived') === 'true';
    const limitText = query.get('limit') ?? '100';
    const afterText = query.get('after') ?? '0';
    if (!/^\d+$/.test(limitText) || !/^\d+$/.test(afterText)) {
      return hubspotError(400, 'VALIDATION_ERROR', 'limit and after must be whole numbers');
    }
    const limit = Math.min(MAX_OWNERS_LIMIT, Math.max(1, Number(limitText)));
    const offset = Number(afterText);
    const matching = this.seed.owners.filter(
      (owner) => owner.archived === archived && (email === undefined || owner.email.toLowerCase() === email),
    );
    const owners = matching.slice(offset, offset + limit);
    const results = owners.map((owner) => ({
      id: owner.id,
      email: owner.email,
      type: 'PERSON',
      firstName: owner.firstName,
      lastName: owner.lastName,
      userId: owner.userId,
      userIdIncludingInactive: owner.userId,
      createdAt: owner.createdAt,
      updatedAt: owner.updatedAt,
      archived: owner.archived,
      teams: owner.teams,
    }));
    const body: Record<string, unknown> = { results };
    if (offset + limit < matching.length) {
      const after = String(offset + limit);
      body.paging = { next: { after, link: `https://api.hubapi.com/crm/v3/owners?after=${after}` } };
    }
    return { status: 200, headers: JSON_TYPE, body };
  }

  private search(caller: HubSpotUserToken | 'portal', object: HubSpotObject, text: string): Reply {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return hubspotError(400, 'VALIDATION_ERROR', 'Invalid input JSON on line 1');
    }
    const parsed = SearchBody.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return hubspotError(
        400,
        'VALIDATION_ERROR',
        `Invalid input: ${issue?.path.join('.')}: ${issue?.message}`,
      );
    }
    const body = parsed.data;
    try {
      return this.runSearch(caller, object, body);
    } catch (error) {
      if (error instanceof Invalid) return hubspotError(400, 'VALIDATION_ERROR', error.message);
      throw error;
    }
  }

  private runSearch(caller: HubSpotUserToken | 'portal', object: HubSpotObject, body: SearchBody): Reply {
    if (body.limit > MAX_LIMIT) throw new Invalid(`limit must be at most ${MAX_LIMIT}, got ${body.limit}`);
    const groups = body.filterGroups;
    const filterCount = groups.reduce((sum, group) => sum + group.filters.length, 0);
    if (
      groups.length > MAX_GROUPS ||
      filterCount > MAX_FILTERS ||
      groups.some((g) => g.filters.length > MAX_FILTERS_PER_GROUP)
    ) {
      throw new Invalid(
        `Search allows at most ${MAX_GROUPS} filter groups, ${MAX_FILTERS_PER_GROUP} filters a group and ${MAX_FILTERS} in all`,
      );
    }
    const offsetText = body.after ?? '0';
    if (!/^\d+$/.test(offsetText)) throw new Invalid(`after must be a paging cursor, got ${offsetText}`);
    const offset = Number(offsetText);
    if (offset >= SEARCH_RESULT_CAP) {
      // The exact wording of HubSpot's 10,000-result error is not confirmed; the status and category are.
      throw new Invalid(
        `Search can page through at most ${SEARCH_RESULT_CAP} results; narrow the search to see more.`,
      );
    }
    const compiled = groups.map((group) => group.filters.map((filter) => compileFilter(object, filter)));
    const visible = caller === 'portal' ? null : visibleOwnerIdsFor(this.seed, caller);
    const matching = this.seed.objects[object].filter(
      (record) =>
        !record.archived &&
        (visible === null || visible.has(record.properties.hubspot_owner_id ?? '')) &&
        (compiled.length === 0 || compiled.some((filters) => filters.every((test) => test(record)))),
    );
    const sorted = this.sort(object, matching, body.sorts);
    const page = sorted.slice(offset, offset + body.limit);
    const names = body.properties === undefined ? DEFAULTS[object] : [...body.properties, ...ALWAYS[object]];
    const known = names.filter(
      (name, index) => PROPERTIES[object][name] !== undefined && names.indexOf(name) === index,
    );
    const results = page.map((record) => ({
      id: record.id,
      properties: Object.fromEntries(
        known.map((name) => [name, name === 'hs_object_id' ? record.id : (record.properties[name] ?? null)]),
      ),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      archived: false,
    }));
    const reply: Record<string, unknown> = { total: sorted.length, results };
    if (offset + body.limit < sorted.length && body.limit > 0) {
      reply.paging = { next: { after: String(offset + body.limit) } };
    }
    return { status: 200, headers: JSON_TYPE, body: reply };
  }

  private sort(object: HubSpotObject, records: HubSpotRecord[], sorts: SearchBody['sorts']): HubSpotRecord[] {
    const first = sorts[0];
    const byId = (a: HubSpotRecord, b: HubSpotRecord) => Number(a.id) - Number(b.id);
    if (first === undefined) return [...records].sort(byId);
    const propertyName = typeof first === 'string' ? first.replace(/^-/, '') : first.propertyName;
    const descending = typeof first === 'string' ? first.startsWith('-') : first.direction === 'DESCENDING';
    const type = PROPERTIES[object][propertyName];
    if (type === undefined) throw new Invalid(`cannot sort by unknown property ${propertyName}`);
    return [...records].sort((a, b) => {
      const left = comparable(type, a.properties[propertyName]);
      const right = comparable(type, b.properties[propertyName]);
      if (left === right) return byId(a, b);
      if (left === null) return 1;
      if (right === null) return -1;
      return (left < right ? -1 : 1) * (descending ? -1 : 1);
    });
  }
}
