/**
 * Version 3's upgrade: today's plans, shared notes, check-ins and acknowledgments become plan
 * ledger events with core's `legacyRecordsToEvents`, the same conversion a version 1 bundle
 * file goes through. Nothing is deleted: the rows stay where they were, private notes stay
 * rows (they never enter the ledger), and a row that cannot be converted is kept and listed in
 * the `upgradeReports` table with the reason.
 *
 * It runs inside Dexie's upgrade transaction: if it throws, the database stays at version 2.
 */
import { hashEvent, legacyRecordsToEvents } from '@onpace/core/ledger';
import {
  Acknowledgment,
  type Acknowledgment as AcknowledgmentRecord,
  CheckIn,
  type CheckIn as CheckInRecord,
  CoachingNote,
  formatPath,
  type CoachingNote as NoteRecord,
  Plan,
  type Plan as PlanRecord,
} from '@onpace/core/schemas';
import type { Transaction } from 'dexie';
import type { z } from 'zod';
import type { NoteReadRecord, StoredEvent, UnconvertedRow, UpgradeReport } from './records';

export const LEDGER_UPGRADE_ID = 'v3-ledger';

function reasonOf(error: z.ZodError): string {
  return (
    error.issues
      .slice(0, 3)
      // Stryker disable next-line StringLiteral: the rows are objects (each table has a key path) and each schema an object, so every issue names a field
      .map((issue) => `${formatPath(issue.path) || '(row)'} ${issue.message}`)
      .join('; ')
  );
}

/** Parses every row of a table; the ones that do not parse are reported, never dropped. */
async function readRows<T>(
  transaction: Transaction,
  table: string,
  schema: z.ZodType<T>,
  keyOf: (row: Record<string, unknown>) => string,
  unconverted: UnconvertedRow[],
): Promise<T[]> {
  const rows: unknown[] = await transaction.table(table).toArray();
  const parsed: T[] = [];
  for (const row of rows) {
    const result = schema.safeParse(row);
    if (result.success) parsed.push(result.data);
    else {
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a table with a key path stores objects only; the check keeps the types honest
      const record = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};
      unconverted.push({ table, key: keyOf(record), reason: reasonOf(result.error) });
    }
  }
  return parsed;
}

// Stryker disable next-line StringLiteral: a row of a table keyed by `id` always has one
const idOf = (row: Record<string, unknown>) => String(row.id ?? '(no id)');

export async function convertRecordsToEvents(transaction: Transaction): Promise<void> {
  const at = new Date().toISOString();
  const unconverted: UnconvertedRow[] = [];
  const plans = await readRows<PlanRecord>(transaction, 'plans', Plan, idOf, unconverted);
  const notes = await readRows<NoteRecord>(transaction, 'notes', CoachingNote, idOf, unconverted);
  const checkIns = await readRows<CheckInRecord>(transaction, 'checkIns', CheckIn, idOf, unconverted);
  const acknowledgments = await readRows<AcknowledgmentRecord>(
    transaction,
    'acknowledgments',
    Acknowledgment,
    (row) => `${String(row.planId)} revision ${String(row.planRevision)} by ${String(row.personId)}`,
    unconverted,
  );

  const planIds = new Set(plans.map((plan) => plan.id));
  for (const note of notes) {
    if (!planIds.has(note.planId)) {
      unconverted.push({ table: 'notes', key: note.id, reason: `its plan "${note.planId}" is not stored` });
    }
  }
  for (const checkIn of checkIns) {
    if (!planIds.has(checkIn.planId)) {
      unconverted.push({
        table: 'checkIns',
        key: checkIn.id,
        reason: `its plan "${checkIn.planId}" is not stored`,
      });
    }
  }

  const stored: StoredEvent[] = [];
  const reads: NoteReadRecord[] = [];
  let converted = 0;
  for (const plan of plans) {
    const own = <R extends { planId: string }>(rows: readonly R[]) =>
      rows.filter((row) => row.planId === plan.id);
    const ownAcks = own(acknowledgments);
    for (const ack of ownAcks) {
      if (ack.planRevision !== plan.revision || ack.personId !== plan.rep.id) {
        unconverted.push({
          table: 'acknowledgments',
          key: `${ack.planId} revision ${ack.planRevision} by ${ack.personId}`,
          reason: `acknowledges revision ${ack.planRevision}, whose content is no longer stored (only revision ${plan.revision} is)`,
        });
      }
    }
    try {
      const events = legacyRecordsToEvents({
        exportedAt: plan.updatedAt ?? plan.createdAt ?? at,
        plans: [plan],
        notes: own(notes),
        checkIns: own(checkIns),
        acknowledgments: ownAcks,
      });
      if (events.length === 0) {
        unconverted.push({ table: 'plans', key: plan.id, reason: 'its manager and rep are the same person' });
        continue;
      }
      for (const event of events) {
        stored.push({
          hash: hashEvent(event),
          planId: event.plan,
          authorId: event.author.id,
          seq: event.seq,
          event,
        });
      }
      converted++;
      for (const note of own(notes)) {
        if (note.visibility === 'shared' && note.readAt !== undefined) {
          reads.push({ planId: plan.id, noteId: note.id, at: note.readAt });
        }
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      unconverted.push({ table: 'plans', key: plan.id, reason: `could not become events: ${reason}` });
    }
  }
  await transaction.table('events').bulkPut(stored);
  await transaction.table('noteReads').bulkPut(reads);
  const report: UpgradeReport = {
    id: LEDGER_UPGRADE_ID,
    at,
    plans: converted,
    events: stored.length,
    unconverted,
  };
  await transaction.table('upgradeReports').put(report);
  if (unconverted.length > 0) {
    // Counts only: the rows are user data and stay out of logs.
    console.warn(
      `[OnPace] ${unconverted.length} stored row(s) could not become ledger events; they are kept.`,
    );
  }
}
