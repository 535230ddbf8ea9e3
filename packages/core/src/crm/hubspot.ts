/**
 * HubSpot CRM search results (calls, emails, meetings, deals, contacts) → activities, by the plan's
 * counting definitions. Property values are strings and are read strictly (hubspot-values.ts);
 * a property the definitions need must be present in `properties` (HubSpot returns every
 * requested, existing property, null when empty, and silently drops unknown ones: a missing key
 * means the request did not ask for it or the portal lacks it).
 */
import { z } from 'zod';
import type { Activity } from '../schemas/activity.js';
import type { BuiltInMetric } from '../schemas/metric.js';
import type { CountingDefinitions, HubSpotCounting } from './definitions.js';
import { isHostName } from './host-name.js';
import {
  HubSpotAmount,
  HubSpotBoolean,
  HubSpotOptionalTimestamp,
  HubSpotTimestamp,
} from './hubspot-values.js';
import { mappingArguments } from './mapping-arguments.js';
import {
  type MappingOptions,
  type MappingProblem,
  type MappingResult,
  problemsFromZod,
  type ResolvedOptions,
  resolveOptions,
} from './mapping-result.js';
import { type RecordFacts, recordVersion, tombstones } from './record-versions.js';

export const HUBSPOT_OBJECT_TYPES = ['calls', 'emails', 'meetings', 'deals', 'contacts'] as const;
export type HubSpotObjectType = (typeof HUBSPOT_OBJECT_TYPES)[number];

export const HUBSPOT_METRICS: Readonly<Record<HubSpotObjectType, readonly BuiltInMetric[]>> = {
  calls: ['calls', 'connects'],
  emails: ['emails'],
  meetings: ['meetings_booked', 'meetings_held'],
  deals: ['opportunities_created', 'pipeline_created', 'deals_won', 'revenue_won'],
  contacts: ['leads_assigned', 'leads_converted'],
};

/** The object type id in record page paths (`/contacts/{portalId}/record/{id}/…`). */
const RECORD_PAGE_TYPE_IDS: Partial<Readonly<Record<HubSpotObjectType, string>>> = {
  deals: '0-3',
  contacts: '0-1',
};

export interface HubSpotMappingOptions extends MappingOptions {
  /** The portal's app host and id (`app-eu1.hubspot.com`, `8727216`), to link deals and contacts to their page. */
  readonly app?: { readonly host: string; readonly portalId: string };
}

const PropertyValue = z.string().nullable();

const Envelope = z.object({
  id: z.string().regex(/^\d+$/, { message: 'must be a numeric HubSpot record id' }),
  createdAt: HubSpotTimestamp,
  updatedAt: HubSpotTimestamp,
  archived: z.boolean().optional(),
  properties: z.record(z.string(), PropertyValue),
});

const ownerProperties = {
  hubspot_owner_id: PropertyValue.optional(),
  hs_created_by_user_id: PropertyValue.optional(),
  hs_lastmodifieddate: HubSpotTimestamp.nullish(),
};

function withProperties<Shape extends z.ZodRawShape>(shape: Shape) {
  return Envelope.extend({ properties: z.object({ ...ownerProperties, ...shape }).catchall(PropertyValue) });
}

const CallRecord = withProperties({
  hs_timestamp: HubSpotTimestamp,
  hs_call_disposition: PropertyValue,
  hs_call_direction: PropertyValue.optional(),
});
type CallRecord = z.infer<typeof CallRecord>;

const EmailRecord = withProperties({
  hs_timestamp: HubSpotTimestamp,
  hs_email_direction: z.string(),
});
type EmailRecord = z.infer<typeof EmailRecord>;

const MeetingRecord = withProperties({
  hs_timestamp: HubSpotTimestamp,
  hs_meeting_start_time: HubSpotTimestamp.nullable(),
  hs_meeting_outcome: PropertyValue,
  hs_createdate: HubSpotTimestamp.nullish(),
});
type MeetingRecord = z.infer<typeof MeetingRecord>;

/** Both amount properties are optional here; the one the definitions name is checked for presence. */
const DealRecord = withProperties({
  createdate: HubSpotTimestamp,
  hs_is_closed_won: HubSpotBoolean,
  closedate: HubSpotTimestamp.nullable(),
  amount: HubSpotAmount.optional(),
  amount_in_home_currency: HubSpotAmount.optional(),
});
type DealRecord = z.infer<typeof DealRecord>;

/**
 * A contact is a lead of its owner. Both dates must be present (null when unset): a response
 * without them was asked the wrong properties, and would count every contact as never converted.
 */
const ContactRecord = withProperties({
  createdate: HubSpotTimestamp,
  hubspot_owner_assigneddate: HubSpotOptionalTimestamp,
  hs_lifecyclestage_opportunity_date: HubSpotOptionalTimestamp,
});
type ContactRecord = z.infer<typeof ContactRecord>;

interface Context {
  readonly objectType: HubSpotObjectType;
  readonly rules: HubSpotCounting;
  readonly options: ResolvedOptions;
  readonly app: HubSpotMappingOptions['app'];
}

type Mapped = Activity[] | MappingProblem[];

function isIn(value: string | null | undefined, allowed: readonly string[]): boolean {
  if (value === null || value === undefined) return false;
  const wanted = value.trim().toUpperCase();
  return allowed.some((candidate) => candidate.trim().toUpperCase() === wanted);
}

interface OwnershipProperties {
  readonly hubspot_owner_id?: string | null | undefined;
  readonly hs_created_by_user_id?: string | null | undefined;
  readonly hs_lastmodifieddate?: number | null | undefined;
}

function factsOf(
  context: Context,
  record: { readonly id: string; readonly updatedAt: number; readonly properties: OwnershipProperties },
  fallbackAt: number,
): RecordFacts {
  const { properties } = record;
  const pageType = RECORD_PAGE_TYPE_IDS[context.objectType];
  const ownerId =
    context.rules.attribution === 'owner' ? properties.hubspot_owner_id : properties.hs_created_by_user_id;
  return {
    source: 'hubspot',
    id: record.id,
    ownerId,
    modifiedAt: properties.hs_lastmodifieddate ?? record.updatedAt,
    recordUrl:
      context.app !== undefined && pageType !== undefined
        ? `https://${context.app.host}/contacts/${context.app.portalId}/record/${pageType}/${record.id}`
        : undefined,
    fallbackAt,
  };
}

function mapCall(context: Context, raw: Record<string, unknown>, call: CallRecord): Mapped {
  const rules = context.rules;
  if (
    rules.calls.directions.length > 0 &&
    (raw.properties as Record<string, unknown>).hs_call_direction === undefined
  ) {
    return [
      {
        id: call.id,
        field: 'properties.hs_call_direction',
        message: 'is required to filter calls by direction',
      },
    ];
  }
  const at = call.properties.hs_timestamp;
  const isCall =
    rules.calls.directions.length === 0 || isIn(call.properties.hs_call_direction, rules.calls.directions);
  const isConnect = isCall && isIn(call.properties.hs_call_disposition, rules.connects.dispositions);
  const facts = factsOf(context, call, at);
  return [
    recordVersion(facts, 'calls', isCall ? { at } : null),
    recordVersion(facts, 'connects', isConnect ? { at } : null),
  ];
}

function mapEmail(context: Context, email: EmailRecord): Mapped {
  const at = email.properties.hs_timestamp;
  const sent = isIn(email.properties.hs_email_direction, context.rules.emails.directions);
  return [recordVersion(factsOf(context, email, at), 'emails', sent ? { at } : null)];
}

function mapMeeting(context: Context, meeting: MeetingRecord): Mapped {
  const rules = context.rules.meetings;
  const { properties } = meeting;
  const bookedAt =
    rules.bookedAt === 'created' ? (properties.hs_createdate ?? meeting.createdAt) : properties.hs_timestamp;
  const start = properties.hs_meeting_start_time ?? properties.hs_timestamp;
  const outcome = properties.hs_meeting_outcome;
  const asOf = context.options.asOfMs;
  let held: boolean;
  if (isIn(outcome, rules.notHeldOutcomes)) held = false;
  else if (isIn(outcome, rules.heldOutcomes)) held = true;
  else held = rules.pastStartCountsAsHeld && (asOf === null || start <= asOf);
  const facts = factsOf(context, meeting, bookedAt);
  return [
    recordVersion(facts, 'meetings_booked', { at: bookedAt }),
    recordVersion(facts, 'meetings_held', held ? { at: start } : null),
  ];
}

function mapDeal(context: Context, raw: Record<string, unknown>, deal: DealRecord): Mapped {
  const rules = context.rules.deals;
  const { id } = deal;
  const amountField = `properties.${rules.amountProperty}`;
  if ((raw.properties as Record<string, unknown>)[rules.amountProperty] === undefined) {
    return [{ id, field: amountField, message: 'is required (ask for it in the search properties)' }];
  }
  const { createdate, hs_is_closed_won: won, closedate } = deal.properties;
  let amount = deal.properties[rules.amountProperty] ?? null;
  if (amount === null) {
    if (rules.missingAmount === 'problem') return [{ id, field: amountField, message: 'is empty' }];
    amount = 0;
  }
  if (won && closedate === null) {
    return [{ id, field: 'properties.closedate', message: 'is required for a won deal' }];
  }
  const facts = factsOf(context, deal, createdate);
  const wonAt = won && closedate !== null ? closedate : null;
  return [
    recordVersion(facts, 'opportunities_created', { at: createdate }),
    recordVersion(facts, 'pipeline_created', { at: createdate, amount }),
    recordVersion(facts, 'deals_won', wonAt === null ? null : { at: wonAt }),
    recordVersion(facts, 'revenue_won', wonAt === null ? null : { at: wonAt, amount }),
  ];
}

/**
 * A contact is assigned to its owner at `hubspot_owner_assigneddate` (the owner's assignment,
 * which is when a lead reaches a rep), else at its creation; it is converted when it reached the
 * opportunity lifecycle stage.
 */
function mapContact(context: Context, contact: ContactRecord): Mapped {
  const { createdate, hubspot_owner_assigneddate, hs_lifecyclestage_opportunity_date } = contact.properties;
  const assignedAt = hubspot_owner_assigneddate ?? createdate;
  const facts = factsOf(context, contact, assignedAt);
  return [
    recordVersion(facts, 'leads_assigned', { at: assignedAt }),
    recordVersion(
      facts,
      'leads_converted',
      hs_lifecyclestage_opportunity_date === null ? null : { at: hs_lifecyclestage_opportunity_date },
    ),
  ];
}

function problemIdOf(record: unknown, index: number): string {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 ? id : `#${index}`;
}

function isProblemList(items: Mapped): items is MappingProblem[] {
  return items.length > 0 && 'field' in (items[0] as object);
}

function mapRecord(context: Context, record: unknown, index: number): Mapped {
  const id = problemIdOf(record, index);
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return [{ id, field: '(root)', message: 'must be a record object' }];
  }
  const raw = record as Record<string, unknown>;
  if (raw.archived === true) {
    // An archived record only needs to be identified: every key it could have counted goes.
    const envelope = Envelope.safeParse(raw);
    if (!envelope.success) return problemsFromZod(id, envelope.error, raw);
    const { id: recordId, updatedAt, createdAt, properties } = envelope.data;
    const ownership = {
      hubspot_owner_id: properties.hubspot_owner_id,
      hs_created_by_user_id: properties.hs_created_by_user_id,
    };
    const facts = factsOf(context, { id: recordId, updatedAt, properties: ownership }, createdAt);
    return tombstones(facts, HUBSPOT_METRICS[context.objectType]);
  }
  switch (context.objectType) {
    case 'calls': {
      const parsed = CallRecord.safeParse(raw);
      return parsed.success ? mapCall(context, raw, parsed.data) : problemsFromZod(id, parsed.error, raw);
    }
    case 'emails': {
      const parsed = EmailRecord.safeParse(raw);
      return parsed.success ? mapEmail(context, parsed.data) : problemsFromZod(id, parsed.error, raw);
    }
    case 'meetings': {
      const parsed = MeetingRecord.safeParse(raw);
      return parsed.success ? mapMeeting(context, parsed.data) : problemsFromZod(id, parsed.error, raw);
    }
    case 'deals': {
      const parsed = DealRecord.safeParse(raw);
      return parsed.success ? mapDeal(context, raw, parsed.data) : problemsFromZod(id, parsed.error, raw);
    }
    case 'contacts': {
      const parsed = ContactRecord.safeParse(raw);
      return parsed.success ? mapContact(context, parsed.data) : problemsFromZod(id, parsed.error, raw);
    }
  }
}

/**
 * Activities of HubSpot search `results` of one object type; `archived: true` records become
 * tombstones. Throws only on a caller's mistake (unknown object type, bad zone or `asOf`).
 */
export function activitiesFromHubSpot(
  objectType: HubSpotObjectType,
  results: readonly unknown[],
  options: HubSpotMappingOptions,
): MappingResult;
export function activitiesFromHubSpot(
  objectType: HubSpotObjectType,
  results: readonly unknown[],
  definitions: CountingDefinitions | undefined,
  options: HubSpotMappingOptions,
): MappingResult;
export function activitiesFromHubSpot(
  objectType: HubSpotObjectType,
  results: readonly unknown[],
  definitionsOrOptions: CountingDefinitions | HubSpotMappingOptions | undefined,
  maybeOptions?: HubSpotMappingOptions,
): MappingResult {
  const { definitions, options } = mappingArguments<HubSpotMappingOptions>(
    definitionsOrOptions,
    maybeOptions,
  );
  if (!HUBSPOT_OBJECT_TYPES.includes(objectType)) {
    throw new RangeError(`HubSpot object type must be one of ${HUBSPOT_OBJECT_TYPES.join(', ')}`);
  }
  if (options.app !== undefined && (!/^\d+$/.test(options.app.portalId) || !isHostName(options.app.host))) {
    throw new RangeError('app must name a host and a numeric portal id');
  }
  const context: Context = {
    objectType,
    rules: definitions.hubspot,
    options: resolveOptions(options),
    app: options.app,
  };
  const activities: Activity[] = [];
  const problems: MappingProblem[] = [];
  results.forEach((record, index) => {
    const mapped = mapRecord(context, record, index);
    if (isProblemList(mapped)) problems.push(...mapped);
    else activities.push(...mapped);
  });
  return { activities, problems };
}
