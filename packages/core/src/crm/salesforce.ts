/**
 * Salesforce REST query records (Task, Event, Opportunity, Lead) → activities, by the plan's counting
 * definitions. Each record is read with zod at the boundary; one that cannot be read is reported
 * with its id and the field at fault, and counts for nothing.
 */
import { z } from 'zod';
import type { Activity } from '../schemas/activity.js';
import type { BuiltInMetric } from '../schemas/metric.js';
import { instantOfCivilDate } from './civil-date-instant.js';
import type { CountingDefinitions } from './definitions.js';
import { isHostName } from './host-name.js';
import { mappingArguments } from './mapping-arguments.js';
import {
  type MappingOptions,
  type MappingProblem,
  type MappingResult,
  problemsFromZod,
  type ResolvedOptions,
  resolveOptions,
} from './mapping-result.js';
import { type Occurrence, type RecordFacts, recordVersion, tombstones } from './record-versions.js';
import { SalesforceDate, SalesforceDateTime, SalesforceId } from './salesforce-values.js';

export const SALESFORCE_OBJECT_TYPES = ['Task', 'Event', 'Opportunity', 'Lead'] as const;
export type SalesforceObjectType = (typeof SALESFORCE_OBJECT_TYPES)[number];

/** The metrics each object type yields; every record version answers for all of them. */
export const SALESFORCE_METRICS: Readonly<Record<SalesforceObjectType, readonly BuiltInMetric[]>> = {
  Task: ['calls', 'connects', 'emails'],
  Event: ['meetings_booked', 'meetings_held'],
  Opportunity: ['opportunities_created', 'pipeline_created', 'deals_won', 'revenue_won'],
  Lead: ['leads_assigned', 'leads_converted'],
};

export interface SalesforceMappingOptions extends MappingOptions {
  /**
   * The org's Lightning host (`acme.lightning.force.com`), to give each activity a link to its
   * record page. `attributes.url` is an API path, not a page, so without this no link is set.
   */
  readonly lightningHost?: string;
}

const common = {
  attributes: z.object({ type: z.string() }).optional(),
  Id: SalesforceId,
  OwnerId: SalesforceId.nullish(),
  CreatedById: SalesforceId.nullish(),
  CreatedDate: SalesforceDateTime,
  LastModifiedDate: SalesforceDateTime.nullish(),
  SystemModstamp: SalesforceDateTime.nullish(),
  IsDeleted: z.boolean().nullish(),
};

/** `TaskSubtype` and `Type` must be present (null allowed): without them a task cannot be classified. */
const TaskRecord = z.object({
  ...common,
  TaskSubtype: z.string().nullable(),
  Type: z.string().nullable(),
  Status: z.string().nullish(),
  IsClosed: z.boolean().nullish(),
  CallDisposition: z.string().nullish(),
  CompletedDateTime: SalesforceDateTime.nullish(),
});
type TaskRecord = z.infer<typeof TaskRecord>;

const EventRecord = z.object({
  ...common,
  StartDateTime: SalesforceDateTime.nullable(),
  IsAllDayEvent: z.boolean().nullish(),
  ActivityDate: SalesforceDate.nullish(),
  IsChild: z.boolean().nullish(),
});
type EventRecord = z.infer<typeof EventRecord>;

const OpportunityRecord = z.object({
  ...common,
  Amount: z.number().finite().min(0, { message: 'must not be negative' }).nullable(),
  IsWon: z.boolean(),
  CloseDate: SalesforceDate,
});
type OpportunityRecord = z.infer<typeof OpportunityRecord>;

/** `IsConverted` must be present: without it a lead's conversion cannot be told either way. */
const LeadRecord = z.object({
  ...common,
  IsConverted: z.boolean(),
  ConvertedDate: SalesforceDate.nullish(),
  ConvertedOpportunityId: SalesforceId.nullish(),
  Status: z.string().nullish(),
  LeadSource: z.string().nullish(),
});
type LeadRecord = z.infer<typeof LeadRecord>;

/** What a deleted record (seen through `queryAll`) needs: its id and some instant. */
const DeletedRecord = z.object({
  Id: SalesforceId,
  IsDeleted: z.literal(true),
  CreatedDate: SalesforceDateTime.nullish(),
  LastModifiedDate: SalesforceDateTime.nullish(),
  SystemModstamp: SalesforceDateTime.nullish(),
  OwnerId: SalesforceId.nullish(),
  CreatedById: SalesforceId.nullish(),
});

interface Context {
  readonly objectType: SalesforceObjectType;
  readonly definitions: CountingDefinitions;
  readonly options: ResolvedOptions;
  readonly lightningHost: string | undefined;
}

/** The id to report a problem under: the record's `Id`, else the last segment of `attributes.url`. */
function problemIdOf(record: unknown, index: number): string {
  if (typeof record === 'object' && record !== null) {
    const { Id, attributes } = record as { Id?: unknown; attributes?: { url?: unknown } };
    if (typeof Id === 'string' && Id.length > 0) return Id;
    const url = typeof attributes === 'object' && attributes !== null ? attributes.url : undefined;
    if (typeof url === 'string') {
      const last = url.split('/').pop();
      if (last) return last;
    }
  }
  return `#${index}`;
}

function matches(value: string | null | undefined, allowed: readonly string[]): boolean {
  if (value === null || value === undefined) return false;
  const wanted = value.trim().toLowerCase();
  return allowed.some((candidate) => candidate.trim().toLowerCase() === wanted);
}

function factsOf(
  context: Context,
  record: {
    Id: string;
    OwnerId?: string | null | undefined;
    CreatedById?: string | null | undefined;
    LastModifiedDate?: number | null | undefined;
    SystemModstamp?: number | null | undefined;
  },
  fallbackAt: number,
): RecordFacts {
  const attribution = context.definitions.salesforce.attribution;
  return {
    source: 'salesforce',
    id: record.Id,
    ownerId: attribution === 'owner' ? record.OwnerId : record.CreatedById,
    // SystemModstamp moves on every change, system ones included: incremental SOQL filters on it.
    modifiedAt: record.SystemModstamp ?? record.LastModifiedDate,
    recordUrl:
      context.lightningHost === undefined
        ? undefined
        : `https://${context.lightningHost}/lightning/r/${context.objectType}/${record.Id}/view`,
    fallbackAt,
  };
}

/** The subtype "says nothing" when it is empty or the generic `Task`: only then does `Type` decide. */
function subtypeIsGeneric(subtype: string | null): boolean {
  return subtype === null || subtype.trim() === '' || subtype.trim().toLowerCase() === 'task';
}

function mapTask(
  context: Context,
  raw: Record<string, unknown>,
  task: TaskRecord,
): Activity[] | MappingProblem[] {
  const rules = context.definitions.salesforce;
  const connectField = rules.connects.field;
  const missing: MappingProblem[] = [];
  if (raw[connectField] === undefined) {
    missing.push({ id: task.Id, field: connectField, message: 'is required by the connects definition' });
  }
  if (rules.calls.requireClosed && raw.IsClosed === undefined) {
    missing.push({ id: task.Id, field: 'IsClosed', message: 'is required when calls must be closed' });
  }
  if (missing.length > 0) return missing;

  const generic = subtypeIsGeneric(task.TaskSubtype);
  const isCall =
    (matches(task.TaskSubtype, rules.calls.taskSubtypes) ||
      (generic && matches(task.Type, rules.calls.typeFallback))) &&
    (!rules.calls.requireClosed || task.IsClosed === true);
  const isEmail =
    matches(task.TaskSubtype, rules.emails.taskSubtypes) ||
    (generic && matches(task.Type, rules.emails.typeFallback));
  // A call or email happened when it was completed; tasks written before API 49, or by phone
  // systems that never complete them, have only their creation.
  const at = task.CompletedDateTime ?? task.CreatedDate;
  const isConnect = isCall && matches(task[connectField], rules.connects.values);

  const facts = factsOf(context, task, at);
  return [
    recordVersion(facts, 'calls', isCall ? { at } : null),
    recordVersion(facts, 'connects', isConnect ? { at } : null),
    recordVersion(facts, 'emails', isEmail ? { at } : null),
  ];
}

function mapEvent(context: Context, event: EventRecord): Activity[] {
  const rules = context.definitions.salesforce.meetings;
  const facts = factsOf(context, event, event.CreatedDate);
  if (event.IsChild === true && !rules.includeChildEvents) return tombstones(facts, SALESFORCE_METRICS.Event);

  // An all-day event's StartDateTime is midnight GMT of its date, which is the evening before in
  // the Americas: place its ActivityDate in the plan's zone instead.
  const start =
    event.IsAllDayEvent === true && event.ActivityDate
      ? instantOfCivilDate(event.ActivityDate, context.options.timeZone, context.definitions.civilDateAt)
      : event.StartDateTime;
  const held = start !== null && (context.options.asOfMs === null || start <= context.options.asOfMs);
  return [
    recordVersion(facts, 'meetings_booked', { at: event.CreatedDate }),
    recordVersion(facts, 'meetings_held', held && start !== null ? { at: start } : null),
  ];
}

function mapOpportunity(context: Context, opportunity: OpportunityRecord): Activity[] | MappingProblem[] {
  let amount = opportunity.Amount;
  if (amount === null) {
    if (context.definitions.salesforce.opportunities.missingAmount === 'problem') {
      return [{ id: opportunity.Id, field: 'Amount', message: 'is empty' }];
    }
    amount = 0;
  }
  const facts = factsOf(context, opportunity, opportunity.CreatedDate);
  const created: Occurrence = { at: opportunity.CreatedDate };
  const won: Occurrence | null = opportunity.IsWon
    ? {
        at: instantOfCivilDate(
          opportunity.CloseDate,
          context.options.timeZone,
          context.definitions.civilDateAt,
        ),
      }
    : null;
  return [
    recordVersion(facts, 'opportunities_created', created),
    recordVersion(facts, 'pipeline_created', { ...created, amount }),
    recordVersion(facts, 'deals_won', won),
    recordVersion(facts, 'revenue_won', won === null ? null : { ...won, amount }),
  ];
}

/**
 * A lead counts as assigned when it was created (the owner at creation is who received it) and
 * as converted on its `ConvertedDate`, a civil date placed in the plan's zone like `CloseDate`.
 */
function mapLead(context: Context, lead: LeadRecord): Activity[] | MappingProblem[] {
  const convertedDate = lead.ConvertedDate ?? null;
  if (lead.IsConverted && convertedDate === null) {
    return [{ id: lead.Id, field: 'ConvertedDate', message: 'is required for a converted lead' }];
  }
  const facts = factsOf(context, lead, lead.CreatedDate);
  const converted: Occurrence | null =
    lead.IsConverted && convertedDate !== null
      ? { at: instantOfCivilDate(convertedDate, context.options.timeZone, context.definitions.civilDateAt) }
      : null;
  return [
    recordVersion(facts, 'leads_assigned', { at: lead.CreatedDate }),
    recordVersion(facts, 'leads_converted', converted),
  ];
}

function mapDeleted(context: Context, record: z.infer<typeof DeletedRecord>): Activity[] | MappingProblem[] {
  const at = record.CreatedDate ?? record.SystemModstamp ?? record.LastModifiedDate;
  if (at === null || at === undefined) {
    return [{ id: record.Id, field: 'CreatedDate', message: 'is required to date the deletion' }];
  }
  return tombstones(factsOf(context, record, at), SALESFORCE_METRICS[context.objectType]);
}

function isProblemList(items: Activity[] | MappingProblem[]): items is MappingProblem[] {
  return items.length > 0 && 'field' in (items[0] as object);
}

function mapRecord(context: Context, record: unknown, index: number): Activity[] | MappingProblem[] {
  const id = problemIdOf(record, index);
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return [{ id, field: '(root)', message: 'must be a record object' }];
  }
  const raw = record as Record<string, unknown>;
  const type = (raw.attributes as { type?: unknown } | undefined)?.type;
  if (type !== undefined && type !== context.objectType) {
    return [
      {
        id,
        field: 'attributes.type',
        message: `is ${JSON.stringify(type)}, expected "${context.objectType}"`,
      },
    ];
  }
  if (raw.IsDeleted === true) {
    const deleted = DeletedRecord.safeParse(raw);
    return deleted.success ? mapDeleted(context, deleted.data) : problemsFromZod(id, deleted.error, raw);
  }
  switch (context.objectType) {
    case 'Task': {
      const parsed = TaskRecord.safeParse(raw);
      return parsed.success ? mapTask(context, raw, parsed.data) : problemsFromZod(id, parsed.error, raw);
    }
    case 'Event': {
      const parsed = EventRecord.safeParse(raw);
      return parsed.success ? mapEvent(context, parsed.data) : problemsFromZod(id, parsed.error, raw);
    }
    case 'Opportunity': {
      const parsed = OpportunityRecord.safeParse(raw);
      return parsed.success ? mapOpportunity(context, parsed.data) : problemsFromZod(id, parsed.error, raw);
    }
    case 'Lead': {
      const parsed = LeadRecord.safeParse(raw);
      return parsed.success ? mapLead(context, parsed.data) : problemsFromZod(id, parsed.error, raw);
    }
  }
}

/**
 * Activities of Salesforce query `records` of one object type. Records of a `queryAll` with
 * `IsDeleted = true` become tombstones. Throws only on a caller's mistake (unknown object type,
 * bad time zone, `asOf` or host); a bad record is a problem in the result.
 */
export function activitiesFromSalesforce(
  objectType: SalesforceObjectType,
  records: readonly unknown[],
  options: SalesforceMappingOptions,
): MappingResult;
export function activitiesFromSalesforce(
  objectType: SalesforceObjectType,
  records: readonly unknown[],
  definitions: CountingDefinitions | undefined,
  options: SalesforceMappingOptions,
): MappingResult;
export function activitiesFromSalesforce(
  objectType: SalesforceObjectType,
  records: readonly unknown[],
  definitionsOrOptions: CountingDefinitions | SalesforceMappingOptions | undefined,
  maybeOptions?: SalesforceMappingOptions,
): MappingResult {
  const { definitions, options } = mappingArguments<SalesforceMappingOptions>(
    definitionsOrOptions,
    maybeOptions,
  );
  if (!SALESFORCE_OBJECT_TYPES.includes(objectType)) {
    throw new RangeError(`Salesforce object type must be one of ${SALESFORCE_OBJECT_TYPES.join(', ')}`);
  }
  if (options.lightningHost !== undefined && !isHostName(options.lightningHost)) {
    throw new RangeError(`"${options.lightningHost}" is not a host name`);
  }
  const context: Context = {
    objectType,
    definitions,
    options: resolveOptions(options),
    lightningHost: options.lightningHost,
  };
  const activities: Activity[] = [];
  const problems: MappingProblem[] = [];
  records.forEach((record, index) => {
    const mapped = mapRecord(context, record, index);
    if (isProblemList(mapped)) problems.push(...mapped);
    else activities.push(...mapped);
  });
  return { activities, problems };
}
