/**
 * The bundle file: how a plan's ledger, activity and rollups travel between a manager, a rep and
 * the dashboard. Versioned; an older version is migrated step by step on read.
 *
 * Version 2 carries `events`, the plan ledger (see docs/ledger.md), each exactly as written so
 * its hash is unchanged. It still carries version 1's `plans`, `notes`, `checkIns` and
 * `acknowledgments` rows while the apps read them; a version 1 file is migrated by turning those
 * rows into events (`legacyRecordsToEvents`).
 */
import { z } from 'zod';
import { type LedgerEventInput, safeParseEvent } from '../ledger/event-schema.js';
import { legacyRecordsToEvents } from '../ledger/migrate-legacy.js';
import { Acknowledgment } from './acknowledgment.js';
import { Activity } from './activity.js';
import { checkBundleIntegrity } from './bundle-integrity.js';
import { CheckIn } from './check-in.js';
import { CoachingNote } from './note.js';
import { Plan } from './plan.js';
import { Instant } from './primitives.js';
import { PlanRollup } from './rollup.js';
import {
  type FieldProblem,
  type ParseResult,
  problemsOf,
  safeParseWith,
  ValidationError,
} from './validation.js';

export const BUNDLE_FORMAT = 'onpace.bundle';
export const BUNDLE_VERSION = 2;

/**
 * A ledger event, checked field by field, but kept exactly as written: the parsed form fills
 * plan defaults, which would change the event's hash.
 */
export const BundleEvent = z.unknown().superRefine((value, ctx) => {
  const result = safeParseEvent(value);
  if (result.success) return;
  const problems = problemsOf(result.error);
  result.error.issues.forEach((issue, index) => {
    ctx.addIssue({
      code: 'custom',
      path: issue.path as PropertyKey[],
      message: problems[index]?.message ?? issue.message,
    });
  });
}) as unknown as z.ZodType<LedgerEventInput, LedgerEventInput>;

const bundleRecords = {
  format: z.literal(BUNDLE_FORMAT),
  exportedAt: Instant,
  plans: z.array(Plan).default([]),
  activities: z.array(Activity).default([]),
  notes: z.array(CoachingNote).default([]),
  checkIns: z.array(CheckIn).default([]),
  acknowledgments: z.array(Acknowledgment).default([]),
  /** Daily totals per plan, when the sender keeps its raw activities to itself (the extension bridge). */
  rollups: z.array(PlanRollup).default([]),
};

/** A version 1 bundle, as files written before the plan ledger hold it. */
export const BundleV1 = z.object({ ...bundleRecords, version: z.literal(1) });
export type BundleV1 = z.infer<typeof BundleV1>;

export const Bundle = z.object({
  ...bundleRecords,
  version: z.literal(BUNDLE_VERSION),
  /** The plan ledgers: every plan's events, in any order (the fold does not depend on it). */
  events: z.array(BundleEvent).default([]),
});
export type Bundle = z.infer<typeof Bundle>;
export type BundleInput = z.input<typeof Bundle>;

type Migration = (bundle: Record<string, unknown>) => ParseResult<Record<string, unknown>>;

/** Version 1 → 2: the rows become ledger events; the rows stay for the apps that still read them. */
function fromVersion1(input: Record<string, unknown>): ParseResult<Record<string, unknown>> {
  const parsed = safeParseWith(BundleV1, 'bundle', input);
  if (!parsed.success) return parsed;
  try {
    return {
      success: true,
      data: { ...parsed.data, version: 2, events: legacyRecordsToEvents(parsed.data) },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure({ path: 'plans', message: `could not be turned into ledger events (${reason})` });
  }
}

/** `BUNDLE_MIGRATIONS[n]` turns a version-`n` bundle into a version-`n + 1` one, or says which field stops it. */
export const BUNDLE_MIGRATIONS: Readonly<Record<number, Migration>> = { 1: fromVersion1 };

function failure(problem: FieldProblem): { success: false; error: ValidationError } {
  return { success: false, error: new ValidationError('bundle', [problem]) };
}

/** Brings an older bundle up to BUNDLE_VERSION, or says why it cannot. */
function migrate(input: unknown): ParseResult<unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return failure({ path: '(root)', message: 'must be a JSON object (an OnPace bundle file)' });
  }
  let bundle = input as Record<string, unknown>;
  if (bundle.format !== BUNDLE_FORMAT) {
    return failure({
      path: 'format',
      message: `must be "${BUNDLE_FORMAT}": this is not an OnPace bundle file`,
    });
  }
  const version = bundle.version;
  // Stryker disable next-line ConditionalExpression: Number.isInteger is false for a non-number, so the typeof test only narrows the type
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failure({ path: 'version', message: 'must be a whole number from 1' });
  }
  if (version > BUNDLE_VERSION) {
    return failure({
      path: 'version',
      message: `is ${version}, newer than this OnPace reads (${BUNDLE_VERSION}); update OnPace to open it`,
    });
  }
  for (let step = version; step < BUNDLE_VERSION; step++) {
    const upgrade = BUNDLE_MIGRATIONS[step];
    // Stryker disable next-line all: unreachable while every version below BUNDLE_VERSION has its migration; kept for the day one is missing
    if (!upgrade) return failure({ path: 'version', message: `no migration from version ${step}` });
    const upgraded = upgrade(bundle);
    // Stryker disable next-line ConditionalExpression: with one migration its result is the last step's (it sets its own version); a second makes this testable
    if (!upgraded.success) return upgraded;
    bundle = { ...upgraded.data, version: step + 1 };
  }
  return { success: true, data: bundle };
}

export function safeParseBundle(input: unknown): ParseResult<Bundle> {
  const migrated = migrate(input);
  if (!migrated.success) return migrated;
  return checkBundleIntegrity(safeParseWith(Bundle, 'bundle', migrated.data));
}

/** Reads a bundle file's JSON value; throws a ValidationError naming each bad field. */
export function parseBundle(input: unknown): Bundle {
  const result = safeParseBundle(input);
  if (!result.success) throw result.error;
  return result.data;
}

/** Reads bundle file text: bad JSON is reported like a bad field. */
export function safeParseBundleText(text: string): ParseResult<Bundle> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure({ path: '(root)', message: `is not valid JSON (${reason})` });
  }
  return safeParseBundle(value);
}
