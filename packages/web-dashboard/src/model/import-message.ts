/** What the dashboard says after reading a file: plain facts, the bad field named, no alarm. */
import { listProblems } from '@onpace/core/schemas';
import type { UnreadableBundle } from '../data/db';
import type { ImportOutcome } from '../data/import-bundle';
import { type MergeSummary, RECORD_TABLES, type RecordTable } from '../data/merge';

const NOUNS: Record<RecordTable, [string, string]> = {
  events: ['plan record entry', 'plan record entries'],
  activities: ['activity', 'activities'],
  rollups: ['daily rollup', 'daily rollups'],
  notes: ['private note', 'private notes'],
};

const counted = (count: number, table: RecordTable) => `${count} ${NOUNS[table][count === 1 ? 0 : 1]}`;

export function describeSummary(summary: MergeSummary): string {
  const added = RECORD_TABLES.filter((table) => summary[table].added > 0).map((table) =>
    counted(summary[table].added, table),
  );
  const updated = RECORD_TABLES.filter((table) => summary[table].updated > 0).map((table) =>
    counted(summary[table].updated, table),
  );
  const parts: string[] = [];
  if (added.length > 0) parts.push(`added ${added.join(', ')}`);
  if (updated.length > 0) parts.push(`updated ${updated.join(', ')}`);
  let text = parts.length > 0 ? parts.join('; ') : 'nothing new: every record was already stored';
  if (summary.unmatchedActivities > 0) {
    text += `; ${counted(summary.unmatchedActivities, 'activities')} matched no plan's rep and were left out`;
  }
  if (summary.keptLedgers.length > 0) {
    text += `; the rows of ${summary.keptLedgers.join(', ')} were left out: that plan's record is already stored, and an older file cannot add to it`;
  }
  return text;
}

export function describeOutcome(outcome: ImportOutcome): string {
  if (outcome.ok) return `${outcome.fileName}: ${describeSummary(outcome.summary)}.`;
  const problems = listProblems(outcome.error.problems);
  return `${outcome.fileName} was not imported. ${problems}. Nothing stored was changed.`;
}

/** A file an earlier version stored that could not be read: kept, and said plainly. */
export function describeUnreadable(bundle: UnreadableBundle): string {
  return `${bundle.fileName} (stored by an earlier version) could not be read and is kept as it was: ${bundle.reason}. Import a corrected file to use its data.`;
}
