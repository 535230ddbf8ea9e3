/**
 * The bundle file: how plans, activity, notes and check-ins travel between a manager, a rep
 * and the dashboard. Versioned; an older version is migrated step by step on read.
 */
import { z } from 'zod';
import { Acknowledgment } from './acknowledgment.js';
import { Activity } from './activity.js';
import { checkBundleIntegrity } from './bundle-integrity.js';
import { CheckIn } from './check-in.js';
import { CoachingNote } from './note.js';
import { Plan } from './plan.js';
import { Instant } from './primitives.js';
import { PlanRollup } from './rollup.js';
import { type FieldProblem, type ParseResult, safeParseWith, ValidationError } from './validation.js';

export const BUNDLE_FORMAT = 'onpace.bundle';
export const BUNDLE_VERSION = 1;

export const Bundle = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: Instant,
  plans: z.array(Plan).default([]),
  activities: z.array(Activity).default([]),
  notes: z.array(CoachingNote).default([]),
  checkIns: z.array(CheckIn).default([]),
  acknowledgments: z.array(Acknowledgment).default([]),
  /** Daily totals per plan, when the sender keeps its raw activities to itself (the extension bridge). */
  rollups: z.array(PlanRollup).default([]),
});
export type Bundle = z.infer<typeof Bundle>;
export type BundleInput = z.input<typeof Bundle>;

/**
 * `BUNDLE_MIGRATIONS[n]` turns a version-`n` bundle into a version-`n + 1` one. Empty while
 * only version 1 exists; the next format change adds its step here and bumps BUNDLE_VERSION.
 */
export const BUNDLE_MIGRATIONS: Readonly<
  Record<number, (bundle: Record<string, unknown>) => Record<string, unknown>>
> = {};

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
    if (!upgrade) return failure({ path: 'version', message: `no migration from version ${step}` });
    bundle = { ...upgrade(bundle), version: step + 1 };
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
