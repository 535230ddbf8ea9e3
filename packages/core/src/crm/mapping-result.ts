/** What a mapping from CRM JSON to activities hands back: the activities, and what it could not read. */
import type { z } from 'zod';
import { parseInstant } from '../calendar/instant.js';
import { isValidTimeZone } from '../calendar/time-zone.js';
import type { Activity } from '../schemas/activity.js';
import { formatPath } from '../schemas/validation.js';

/** One record that could not be read, by its id and the field at fault. It counts for nothing. */
export interface MappingProblem {
  /** The record's id in its CRM, or `#<index>` when even the id is unreadable. */
  readonly id: string;
  /** The path of the field at fault (`CreatedDate`, `properties.amount`), or `(root)`. */
  readonly field: string;
  readonly message: string;
}

export interface MappingResult {
  /**
   * Counted activities, and tombstones (`deleted: true`) for every metric this record's object
   * type can yield but this version of it does not: a reopened deal, a call whose result changed
   * from "Connected", a deleted record. Upserted by (source, id, metric), the tombstones remove
   * what an earlier version counted; `latestVersions` and the rollups drop them.
   */
  readonly activities: Activity[];
  readonly problems: MappingProblem[];
}

export interface MappingOptions {
  /** The plan's IANA time zone: civil dates (a close date, an all-day event) are placed in it. */
  readonly timeZone: string;
  /**
   * When given, a meeting counts as held only if it started at or before this instant. Leave it
   * out in sync: held meetings are then dated at their start, and the rollup's own `asOf` leaves
   * future ones out until they happen, with no re-sync of an unchanged record needed.
   */
  readonly asOf?: string;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/**
 * A zod error as problems of the record `id`. Type errors look at the value itself (zod does not
 * keep it): a missing field "is required", a null one "is empty", any other "must be a <type>".
 */
export function problemsFromZod(id: string, error: z.ZodError, input: unknown): MappingProblem[] {
  return error.issues.map((issue) => {
    const field = formatPath(issue.path);
    if (issue.code !== 'invalid_type') return { id, field, message: issue.message };
    const value = valueAt(input, issue.path);
    const message =
      value === undefined
        ? 'is required'
        : value === null
          ? 'is empty'
          : `must be a ${issue.expected}, got a ${Array.isArray(value) ? 'list' : typeof value}`;
    return { id, field, message };
  });
}

export interface ResolvedOptions {
  readonly timeZone: string;
  readonly asOfMs: number | null;
}

/** Checks the options once per batch: a bad zone or `asOf` is the caller's bug, so it throws. */
export function resolveOptions(options: MappingOptions): ResolvedOptions {
  if (!isValidTimeZone(options.timeZone)) {
    throw new RangeError(`"${options.timeZone}" is not an IANA time zone`);
  }
  let asOfMs: number | null = null;
  if (options.asOf !== undefined) {
    asOfMs = parseInstant(options.asOf);
    if (Number.isNaN(asOfMs)) throw new RangeError(`asOf "${options.asOf}" is not an ISO-8601 instant`);
  }
  return { timeZone: options.timeZone, asOfMs };
}

/** A short, safe rendering of an unreadable value for a problem message. */
export function quoteValue(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}
