/**
 * HubSpot CRM search requests for a plan window, and the page they answer with. Filter groups
 * are OR-ed and the filters inside one AND-ed; one query reaches at most 10,000 results (see
 * split-range.ts), pages hold at most 200.
 */
import { z } from 'zod';
import type { HubSpotObjectType } from './hubspot.js';

/** The legacy v3 path. The date-versioned `/crm/objects/2026-03/{object}/search` takes the same body. */
export function hubspotSearchPath(objectType: HubSpotObjectType): string {
  return `/crm/v3/objects/${objectType}/search`;
}

export const HUBSPOT_SEARCH_PAGE_LIMIT = 200;
export const HUBSPOT_SEARCH_RESULT_CAP = 10_000;
/** Values one `IN` filter may list (HubSpot's search documentation: up to 100). */
export const HUBSPOT_MAX_IN_VALUES = 100;

const OWNERSHIP = ['hubspot_owner_id', 'hs_created_by_user_id', 'hs_lastmodifieddate'] as const;

/** The properties the mapping reads. */
export const HUBSPOT_PROPERTIES: Readonly<Record<HubSpotObjectType, readonly string[]>> = {
  calls: ['hs_timestamp', 'hs_call_direction', 'hs_call_status', 'hs_call_disposition', ...OWNERSHIP],
  emails: ['hs_timestamp', 'hs_email_direction', ...OWNERSHIP],
  meetings: ['hs_timestamp', 'hs_meeting_start_time', 'hs_meeting_outcome', 'hs_createdate', ...OWNERSHIP],
  deals: [
    'createdate',
    'closedate',
    'amount',
    'amount_in_home_currency',
    'hs_is_closed_won',
    'dealstage',
    'pipeline',
    ...OWNERSHIP,
  ],
  contacts: [
    'createdate',
    'hubspot_owner_id',
    'hubspot_owner_assigneddate',
    'lifecyclestage',
    'hs_lifecyclestage_opportunity_date',
    'hs_lead_status',
    'hs_lastmodifieddate',
  ],
};

/**
 * The datetime properties that can place one of a record's metrics in the window: one filter
 * group each. Meetings carry three because the booked and held times differ and a meeting's
 * start time may be empty (then `hs_timestamp` stands for it). Contacts carry three: the
 * assignment (else the creation) and the conversion to an opportunity.
 */
export const HUBSPOT_TIME_PROPERTIES: Readonly<Record<HubSpotObjectType, readonly string[]>> = {
  calls: ['hs_timestamp'],
  emails: ['hs_timestamp'],
  meetings: ['hs_createdate', 'hs_timestamp', 'hs_meeting_start_time'],
  deals: ['createdate', 'closedate'],
  // createdate first: the sort by time uses it, and a reassignment does not move it.
  contacts: ['createdate', 'hubspot_owner_assigneddate', 'hs_lifecyclestage_opportunity_date'],
};

export type HubSpotFilterOperator =
  | 'EQ'
  | 'NEQ'
  | 'LT'
  | 'LTE'
  | 'GT'
  | 'GTE'
  | 'BETWEEN'
  | 'IN'
  | 'NOT_IN'
  | 'HAS_PROPERTY'
  | 'NOT_HAS_PROPERTY';

export interface HubSpotFilter {
  readonly propertyName: string;
  readonly operator: HubSpotFilterOperator;
  readonly value?: string;
  readonly highValue?: string;
  readonly values?: readonly string[];
}

export interface HubSpotSort {
  readonly propertyName: string;
  readonly direction: 'ASCENDING' | 'DESCENDING';
}

export interface HubSpotSearchBody {
  readonly filterGroups: readonly { readonly filters: readonly HubSpotFilter[] }[];
  readonly properties: readonly string[];
  readonly sorts: readonly HubSpotSort[];
  readonly limit: number;
  /** HubSpot's spec lists `after` as required: the first page sends "0". */
  readonly after: string;
}

export interface HubSpotSearchWindow {
  /** The rep's owner id (`hubspot_owner_id` holds the owner `id`, not the login `userId`). */
  readonly ownerId: string;
  /**
   * A team's owner ids instead (`IN`, at most `HUBSPOT_MAX_IN_VALUES`): one search per object type
   * for the whole team. When given, `ownerId` is ignored.
   */
  readonly ownerIds?: readonly string[];
  /** First instant of the range (inclusive) and first instant after it, epoch ms. */
  readonly fromMs: number;
  readonly toMs: number;
  /** Only records changed at or after this instant (`hs_lastmodifieddate`). */
  readonly modifiedSinceMs?: number;
  /** The `paging.next.after` of the previous page. */
  readonly after?: string;
  /** `hubspot_owner_id` (default) or `hs_created_by_user_id` for creator attribution. */
  readonly ownerProperty?: 'hubspot_owner_id' | 'hs_created_by_user_id';
  /** Page size, at most 200 (the default). */
  readonly limit?: number;
  /**
   * `modified` (the default with `modifiedSinceMs`): oldest change first, so an interrupted
   * incremental sync can keep the mark it reached. `time` (the default otherwise): by the
   * object's first time property, which edits do not move, so offsets stay stable while paging.
   */
  readonly sortBy?: 'modified' | 'time';
}

function assertEpochMs(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be whole epoch ms`);
}

/** The search body for one page of one rep's records of `objectType` that can count in the range. */
export function hubspotSearchBody(
  objectType: HubSpotObjectType,
  window: HubSpotSearchWindow,
): HubSpotSearchBody {
  const timeProperties = HUBSPOT_TIME_PROPERTIES[objectType];
  if (!timeProperties) throw new RangeError(`unknown HubSpot object type ${JSON.stringify(objectType)}`);
  assertEpochMs(window.fromMs, 'fromMs');
  assertEpochMs(window.toMs, 'toMs');
  if (!(window.fromMs < window.toMs)) throw new RangeError('fromMs must be before toMs');
  const team = window.ownerIds === undefined ? null : [...new Set(window.ownerIds.map((id) => id.trim()))];
  if (team === null && window.ownerId.trim() === '') throw new RangeError('ownerId must not be empty');
  if (team !== null && (team.length === 0 || team.some((id) => id === ''))) {
    throw new RangeError('ownerIds must name at least one id, none empty');
  }
  if (team !== null && team.length > HUBSPOT_MAX_IN_VALUES) {
    throw new RangeError(`ownerIds must name at most ${HUBSPOT_MAX_IN_VALUES} owners`);
  }
  const limit = window.limit ?? HUBSPOT_SEARCH_PAGE_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > HUBSPOT_SEARCH_PAGE_LIMIT) {
    throw new RangeError(`limit must be 1..${HUBSPOT_SEARCH_PAGE_LIMIT}`);
  }
  const after = window.after ?? '0';
  if (!/^\d+$/.test(after)) throw new RangeError('after must be the paging cursor HubSpot returned');

  const ownerProperty = window.ownerProperty ?? 'hubspot_owner_id';
  const shared: HubSpotFilter[] = [
    team === null || team.length === 1
      ? { propertyName: ownerProperty, operator: 'EQ', value: team?.[0] ?? window.ownerId }
      : { propertyName: ownerProperty, operator: 'IN', values: team },
  ];
  if (window.modifiedSinceMs !== undefined) {
    assertEpochMs(window.modifiedSinceMs, 'modifiedSinceMs');
    // GTE: records sharing the mark's millisecond come back again (harmless, upserts are keyed).
    shared.push({
      propertyName: 'hs_lastmodifieddate',
      operator: 'GTE',
      value: String(window.modifiedSinceMs),
    });
  }
  const filterGroups = timeProperties.map((propertyName) => ({
    filters: [
      ...shared,
      // GTE + LT rather than BETWEEN (inclusive at both ends): adjacent ranges never share a record.
      { propertyName, operator: 'GTE' as const, value: String(window.fromMs) },
      { propertyName, operator: 'LT' as const, value: String(window.toMs) },
    ],
  }));
  const sortBy = window.sortBy ?? (window.modifiedSinceMs !== undefined ? 'modified' : 'time');
  const sortProperty =
    sortBy === 'modified' ? 'hs_lastmodifieddate' : (timeProperties[0] ?? 'hs_lastmodifieddate');
  return {
    filterGroups,
    properties: HUBSPOT_PROPERTIES[objectType],
    sorts: [{ propertyName: sortProperty, direction: 'ASCENDING' }],
    limit,
    after,
  };
}

/** A search response page. `results` stay unknown: the mapping reads and reports each one. */
export const HubSpotSearchPage = z.object({
  total: z.number().int().min(0),
  results: z.array(z.unknown()),
  paging: z
    .object({ next: z.object({ after: z.string().min(1), link: z.string().optional() }).optional() })
    .optional(),
});
export type HubSpotSearchPage = z.infer<typeof HubSpotSearchPage>;
