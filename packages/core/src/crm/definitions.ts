/**
 * What counts, per CRM: the rules that turn a Salesforce Task or a HubSpot call into a "call",
 * a "connect", and so on. They are data on the plan (`plan.counting`), so a team whose phone
 * system writes `Type = 'Call'` only, or whose reps log "Connected - left details", can say so
 * without a release. Every field has the default of docs/crm.md; `CountingDefinitions.parse({})`
 * gives them all.
 */
import { z } from 'zod';

/** Whose activity a record is: its current owner, or the user who created it. */
export const Attribution = z.enum(['owner', 'creator']);
export type Attribution = z.infer<typeof Attribution>;

/**
 * How a civil date with no time (Salesforce `CloseDate`, an all-day Event) becomes an instant.
 * `noon`: 12 hours after the start of that local day in the plan's zone. The rollup buckets
 * instants by local day in the same zone, and noon is as far as an instant can be from both ends
 * of the day (23-hour and 25-hour DST days included), so no offset slip can move it to a
 * neighbouring date. Its cost: with an `asOf` before local noon, today's close does not count
 * until noon. `start-of-day` counts it from the first instant of that day instead.
 */
export const CivilDateAttribution = z.enum(['noon', 'start-of-day']);
export type CivilDateAttribution = z.infer<typeof CivilDateAttribution>;

/** What to do with an opportunity or deal whose amount is empty (not unreadable: empty). */
export const MissingAmount = z.enum(['zero', 'problem']);
export type MissingAmount = z.infer<typeof MissingAmount>;

const Values = z.array(z.string().trim().min(1));

const SalesforceCounting = z.object({
  attribution: Attribution.default('owner'),
  calls: z
    .object({
      /** `Task.TaskSubtype` values that make a call ("Log a Call" writes `Call`). */
      taskSubtypes: Values.default(['Call']),
      /**
       * `Task.Type` values that make a call when the subtype says nothing (phone systems often
       * create plain Tasks with `Type = 'Call'`). Empty turns the fallback off.
       */
      typeFallback: Values.default(['Call']),
      /** Count only closed tasks (`IsClosed`): leaves out planned, not-yet-made calls. */
      requireClosed: z.boolean().default(false),
    })
    .prefault({}),
  connects: z
    .object({
      /**
       * The call field that says the call reached someone. `CallDisposition` ("Call Result" in
       * the UI) is free text written by reps or the CTI adapter: Salesforce defines no values,
       * so set `values` to what your org writes.
       */
      field: z.enum(['CallDisposition', 'Status']).default('CallDisposition'),
      /** Compared trimmed and case-insensitively. */
      values: Values.default(['Connected']),
    })
    .prefault({}),
  emails: z
    .object({
      /** `ListEmail` (mass email) is left out by default: add it to count it. */
      taskSubtypes: Values.default(['Email']),
      typeFallback: Values.default([]),
    })
    .prefault({}),
  meetings: z
    .object({
      /**
       * Invitees' copies of an Event (`IsChild = true`) belong to the invitee but were booked by
       * someone else: left out by default.
       */
      includeChildEvents: z.boolean().default(false),
    })
    .prefault({}),
  opportunities: z.object({ missingAmount: MissingAmount.default('zero') }).prefault({}),
});
export type SalesforceCounting = z.infer<typeof SalesforceCounting>;

/** HubSpot's default call outcome "Connected" (portals can add their own outcome ids). */
export const HUBSPOT_CONNECTED_OUTCOME = 'f240bbac-87c9-4f6e-bf70-924b57d47db7';

const HubSpotCounting = z.object({
  /** `owner` reads `hubspot_owner_id`; `creator` reads `hs_created_by_user_id` (a user id, not an owner id). */
  attribution: Attribution.default('owner'),
  calls: z
    .object({
      /** `hs_call_direction` values to count (`OUTBOUND`, `INBOUND`); empty counts every call. */
      directions: Values.default([]),
    })
    .prefault({}),
  connects: z
    .object({
      /** `hs_call_disposition` outcome ids that mean the call connected. */
      dispositions: Values.default([HUBSPOT_CONNECTED_OUTCOME]),
    })
    .prefault({}),
  emails: z
    .object({
      /** `hs_email_direction` values: `EMAIL` is sent by the rep; `INCOMING_EMAIL`, `FORWARDED_EMAIL` are not. */
      directions: Values.default(['EMAIL']),
    })
    .prefault({}),
  meetings: z
    .object({
      /** When a meeting was booked: its creation (`hs_createdate`) or its `hs_timestamp`. */
      bookedAt: z.enum(['created', 'hs_timestamp']).default('created'),
      /** `hs_meeting_outcome` values that mean the meeting took place. */
      heldOutcomes: Values.default(['COMPLETED']),
      /** Outcomes that mean it did not, whatever its start time. */
      notHeldOutcomes: Values.default(['CANCELED', 'NO_SHOW', 'RESCHEDULED']),
      /** A meeting with neither kind of outcome counts as held once its start time has passed. */
      pastStartCountsAsHeld: z.boolean().default(true),
    })
    .prefault({}),
  deals: z
    .object({
      /** `amount` is in the deal's currency; `amount_in_home_currency` in the portal's. */
      amountProperty: z.enum(['amount', 'amount_in_home_currency']).default('amount'),
      missingAmount: MissingAmount.default('zero'),
    })
    .prefault({}),
});
export type HubSpotCounting = z.infer<typeof HubSpotCounting>;

export const CountingDefinitions = z.object({
  salesforce: SalesforceCounting.prefault({}),
  hubspot: HubSpotCounting.prefault({}),
  civilDateAt: CivilDateAttribution.default('noon'),
});
export type CountingDefinitions = z.infer<typeof CountingDefinitions>;
export type CountingDefinitionsInput = z.input<typeof CountingDefinitions>;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The defaults of docs/crm.md, frozen so no caller can change them for everyone. */
export const DEFAULT_COUNTING: CountingDefinitions = deepFreeze(CountingDefinitions.parse({}));
