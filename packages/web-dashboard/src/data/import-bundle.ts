/**
 * Reading bundle files into the database. Each file is checked whole with core's schema first;
 * a malformed one is reported by field and nothing is written. A good one is merged in a single
 * read-write transaction (see merge.ts), so a problem found while merging writes nothing either.
 */
import { type Bundle, safeParseBundleText, ValidationError } from '@onpace/core/schemas';
import type { OnPaceDashboardDb } from './db';
import { type MergeOptions, type MergeSummary, mergeBundle, RECORD_TABLES } from './merge';

export interface BundleFile {
  readonly name: string;
  readonly text: string;
}

export type ImportOutcome =
  | { readonly fileName: string; readonly ok: true; readonly summary: MergeSummary }
  | { readonly fileName: string; readonly ok: false; readonly error: ValidationError };

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The `version` a bundle file states (the parse has already checked the file is JSON). */
function fileVersion(text: string): unknown {
  const value: unknown = JSON.parse(text);
  return typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
}

/** Merges an already checked bundle (a file's, or the extension's answer). */
export async function storeBundle(
  db: OnPaceDashboardDb,
  bundle: Bundle,
  log: { id: string; fileName: string; importedAt: string } | null,
  options: MergeOptions = {},
): Promise<MergeSummary> {
  return db.transaction('rw', [db.bundles, ...RECORD_TABLES.map((name) => db.table(name))], async (tx) => {
    const summary = await mergeBundle(tx, bundle, options);
    // The log of files read; the same file read again is already there and is not rewritten.
    if (log && (await db.bundles.get(log.id)) === undefined) await db.bundles.add(log);
    return summary;
  });
}

export async function importBundleFile(
  db: OnPaceDashboardDb,
  file: BundleFile,
  now: Date,
): Promise<ImportOutcome> {
  const parsed = safeParseBundleText(file.text);
  if (!parsed.success) return { fileName: file.name, ok: false, error: parsed.error };
  try {
    const id = await sha256Hex(file.text);
    const summary = await storeBundle(
      db,
      parsed.data,
      { id, fileName: file.name, importedAt: now.toISOString() },
      { fromVersion1: fileVersion(file.text) === 1 },
    );
    return { fileName: file.name, ok: true, summary };
  } catch (error) {
    if (error instanceof ValidationError) return { fileName: file.name, ok: false, error };
    throw error;
  }
}

/** Files one after another: each stands alone, so one bad file does not block the others. */
export async function importBundleFiles(
  db: OnPaceDashboardDb,
  files: readonly BundleFile[],
  now: Date,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of files) outcomes.push(await importBundleFile(db, file, now));
  return outcomes;
}
