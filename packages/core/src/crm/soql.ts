/**
 * SOQL for a plan window. SOQL compares datetimes in UTC and `TODAY`/`THIS_WEEK` follow the
 * running user's zone, not the plan's, so every bound here is an explicit UTC literal computed
 * from the plan's zone by the caller.
 */
import { fromDayNumber, MS_PER_DAY } from '../calendar/civil-date.js';
import { parseInstant } from '../calendar/instant.js';
import type { Attribution } from './definitions.js';
import type { SalesforceObjectType } from './salesforce.js';

/** Spring '26. Keep the version in this one place. */
export const SALESFORCE_API_VERSION = '66.0';

/** The fields the mapping reads (and nothing else: no subjects, no descriptions). */
export const SALESFORCE_FIELDS: Readonly<Record<SalesforceObjectType, readonly string[]>> = {
  Task: [
    'Id',
    'OwnerId',
    'CreatedById',
    'TaskSubtype',
    'Type',
    'Status',
    'IsClosed',
    'CallDisposition',
    'CompletedDateTime',
    'CreatedDate',
    'LastModifiedDate',
    'SystemModstamp',
    'IsDeleted',
  ],
  Event: [
    'Id',
    'OwnerId',
    'CreatedById',
    'StartDateTime',
    'IsAllDayEvent',
    'ActivityDate',
    'IsChild',
    'CreatedDate',
    'LastModifiedDate',
    'SystemModstamp',
    'IsDeleted',
  ],
  Opportunity: [
    'Id',
    'OwnerId',
    'CreatedById',
    'Amount',
    'IsWon',
    'CloseDate',
    'CreatedDate',
    'LastModifiedDate',
    'SystemModstamp',
    'IsDeleted',
  ],
  Lead: [
    'Id',
    'OwnerId',
    'CreatedById',
    'CreatedDate',
    'LastModifiedDate',
    'SystemModstamp',
    'IsDeleted',
    'IsConverted',
    'ConvertedDate',
    'ConvertedOpportunityId',
    'Status',
    'LeadSource',
  ],
};

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A SOQL string literal: quoted, with SOQL's escape sequences for quotes, backslash and controls. */
export function soqlString(value: string): string {
  return `'${value.replace(/[\\'"\n\r\t\b\f]/g, (character) => ESCAPES[character] ?? character)}'`;
}

function toEpochMs(value: string | number, name: string): number {
  const epochMs = typeof value === 'number' ? value : parseInstant(value);
  if (!Number.isFinite(epochMs)) throw new RangeError(`${name} must be an ISO-8601 instant or epoch ms`);
  return epochMs;
}

/**
 * A SOQL datetime literal (`2026-11-02T05:00:00Z`), whole seconds. `floor` for lower bounds and
 * `ceil` for upper ones, so a bound with milliseconds widens the range rather than losing a record.
 */
export function soqlDateTime(epochMs: number, round: 'floor' | 'ceil' = 'floor'): string {
  const seconds = round === 'floor' ? Math.floor(epochMs / 1000) : Math.ceil(epochMs / 1000);
  return `${new Date(seconds * 1000).toISOString().slice(0, 19)}Z`;
}

export function salesforceUserField(attribution: Attribution): 'OwnerId' | 'CreatedById' {
  return attribution === 'owner' ? 'OwnerId' : 'CreatedById';
}

export interface SoqlWindow {
  /** First instant of the window (inclusive), ISO or epoch ms. */
  readonly fromUtc: string | number;
  /** First instant after the window (exclusive). */
  readonly toUtc: string | number;
  /** The rep's Salesforce user id. */
  readonly ownerId: string;
  /** Only records changed at or after this instant (incremental sync by `SystemModstamp`). */
  readonly modifiedSince?: string | number;
  /** Which user field holds the rep: `OwnerId` (default) or `CreatedById`. */
  readonly userField?: 'OwnerId' | 'CreatedById';
}

function between(field: string, fromMs: number, toMs: number): string {
  return `(${field} >= ${soqlDateTime(fromMs, 'floor')} AND ${field} < ${soqlDateTime(toMs, 'ceil')})`;
}

/** The record's dates that can place one of its metrics in the window. */
function windowCondition(objectType: SalesforceObjectType, fromMs: number, toMs: number): string {
  switch (objectType) {
    case 'Task':
      // Counted at CompletedDateTime, else CreatedDate: the same choice as the mapping.
      return `(${between('CompletedDateTime', fromMs, toMs)} OR (CompletedDateTime = null AND ${between('CreatedDate', fromMs, toMs)}))`;
    case 'Event':
      return `(${between('CreatedDate', fromMs, toMs)} OR ${between('StartDateTime', fromMs, toMs)})`;
    case 'Opportunity':
      return `(${between('CreatedDate', fromMs, toMs)} OR ${civilDateBetween('CloseDate', fromMs, toMs)})`;
    case 'Lead':
      return `(${between('CreatedDate', fromMs, toMs)} OR ${civilDateBetween('ConvertedDate', fromMs, toMs)})`;
  }
}

/**
 * A date field (CloseDate, ConvertedDate) is a civil date counted at local noon (or start of day)
 * in the plan's zone. Zones run from UTC-12 to UTC+14, so that instant's UTC date is within a day
 * of the date itself: widening the UTC dates of the window by one day each way finds every such
 * record; the rollup drops the few that land outside.
 */
function civilDateBetween(field: string, fromMs: number, toMs: number): string {
  const fromDate = fromDayNumber(Math.floor(fromMs / MS_PER_DAY) - 1);
  const toDate = fromDayNumber(Math.floor((toMs - 1) / MS_PER_DAY) + 1);
  return `(${field} >= ${fromDate} AND ${field} <= ${toDate})`;
}

/**
 * The SOQL that reads one rep's records of `objectType` that can count in the window, oldest
 * change first: a sync that stops half way can keep the `SystemModstamp` it reached. Run it on
 * `queryAll` to see deletions too. Records are not filtered by subtype or stage, so a version
 * that stops counting (a call re-typed, a deal reopened) still comes back and retracts its count.
 */
export function soqlForWindow(objectType: SalesforceObjectType, window: SoqlWindow): string {
  if (window.ownerId.trim() === '') throw new RangeError('ownerId must not be empty');
  return soqlForUsers(objectType, window, `${window.userField ?? 'OwnerId'} = ${soqlString(window.ownerId)}`);
}

/** The most ids one team query names: 18-character ids keep the SOQL far under its 100,000 characters. */
export const SOQL_MAX_OWNER_IDS = 500;

export interface SoqlTeamWindow extends Omit<SoqlWindow, 'ownerId'> {
  /** The reps' Salesforce user ids (1 to `SOQL_MAX_OWNER_IDS`). */
  readonly ownerIds: readonly string[];
}

/**
 * The same query for a whole team at once: `OwnerId IN (…)`. One query per object type reads
 * every rep's records, so the request count is the number of 2,000-record pages, not reps × pages.
 */
export function soqlForTeam(objectType: SalesforceObjectType, window: SoqlTeamWindow): string {
  const ids = [...new Set(window.ownerIds.map((id) => id.trim()))];
  if (ids.length === 0 || ids.some((id) => id === ''))
    throw new RangeError('ownerIds must name at least one id, none empty');
  if (ids.length > SOQL_MAX_OWNER_IDS)
    throw new RangeError(`ownerIds must name at most ${SOQL_MAX_OWNER_IDS} ids`);
  if (ids.length === 1) return soqlForWindow(objectType, { ...window, ownerId: ids[0] ?? '' });
  return soqlForUsers(
    objectType,
    window,
    `${window.userField ?? 'OwnerId'} IN (${ids.map(soqlString).join(', ')})`,
  );
}

function soqlForUsers(
  objectType: SalesforceObjectType,
  window: Omit<SoqlWindow, 'ownerId'>,
  userCondition: string,
): string {
  const fields = SALESFORCE_FIELDS[objectType];
  if (!fields) throw new RangeError(`unknown Salesforce object type ${JSON.stringify(objectType)}`);
  const fromMs = toEpochMs(window.fromUtc, 'fromUtc');
  const toMs = toEpochMs(window.toUtc, 'toUtc');
  if (!(fromMs < toMs)) throw new RangeError('fromUtc must be before toUtc');
  const conditions = [userCondition, windowCondition(objectType, fromMs, toMs)];
  if (window.modifiedSince !== undefined) {
    // `>=`, not `>`: records sharing the high-water mark's second are read again, harmlessly
    // (upserts are keyed), instead of being skipped.
    conditions.push(
      `SystemModstamp >= ${soqlDateTime(toEpochMs(window.modifiedSince, 'modifiedSince'), 'floor')}`,
    );
  }
  return `SELECT ${fields.join(', ')} FROM ${objectType} WHERE ${conditions.join(' AND ')} ORDER BY SystemModstamp ASC, Id ASC`;
}

/**
 * The REST path of a query: `query` skips deleted records, `queryAll` includes them (and
 * archived activities, which `query` never returns).
 */
export function salesforceQueryPath(soql: string, options: { all?: boolean; version?: string } = {}): string {
  const resource = options.all === true ? 'queryAll' : 'query';
  return `/services/data/v${options.version ?? SALESFORCE_API_VERSION}/${resource}?q=${encodeURIComponent(soql)}`;
}
