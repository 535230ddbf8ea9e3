/** A plan's fold shaped for the popups (messaging/ledger-views.ts): a pure function of the state. */
import { diffRevisions, type LedgerNote, type LedgerState, type NoteRecord } from '@onpace/core/ledger';
import type { Plan } from '@onpace/core/schemas';
import type { LedgerNoteView, LedgerView } from '../messaging/ledger-views';
import { authorNameOf } from './author';

/** A ledger note's record in the shape the pages' LinkedRecord uses (`objectType`). */
export function noteRecordView(record: NoteRecord | null): LedgerNoteView['record'] {
  if (!record) return null;
  return {
    crm: record.crm,
    objectType: record.type,
    id: record.id,
    ...(record.name !== undefined ? { name: record.name } : {}),
    ...(record.url !== undefined ? { url: record.url } : {}),
  };
}

export function ledgerNoteView(plan: Plan, state: LedgerState, note: LedgerNote): LedgerNoteView {
  return {
    id: note.id,
    author: note.author,
    authorRole: note.author === state.repId ? 'rep' : 'manager',
    authorName: authorNameOf(plan, note.author) ?? null,
    text: note.text,
    deleted: note.deleted,
    deletedAt: note.deletedAt,
    record: noteRecordView(note.record),
    history: note.history.map((version) => ({ at: version.at, text: version.text })),
    createdAt: note.history[0]?.at ?? '',
  };
}

const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** "What changed" from the revision the rep acknowledged to the current one. */
function whatChanged(state: LedgerState): LedgerView['whatChanged'] {
  if (state.acknowledgedRevision === null || state.acknowledgedCurrent) return [];
  const acknowledged = state.revisions[state.acknowledgedRevision - 1];
  const current = state.revisions[state.revisions.length - 1];
  if (!acknowledged || !current) return [];
  return diffRevisions(acknowledged.plan, current.plan).map((change) => ({ ...change }));
}

export function buildLedgerView(plan: Plan, state: LedgerState): LedgerView {
  const current = state.revisions[state.revisions.length - 1];
  return {
    lifecycle: state.lifecycle,
    outcome: state.outcome,
    summary: state.summary,
    revision: state.revision,
    revisionHash: current?.hash ?? null,
    acknowledgedRevision: state.acknowledgedRevision,
    acknowledgedCurrent: state.acknowledgedCurrent,
    whatChanged: whatChanged(state),
    acknowledgments: state.acknowledgments.map((ack) => ({
      revision: ack.revision,
      hash: ack.hash,
      at: ack.at,
      by: ack.by,
      byName: authorNameOf(plan, ack.by) ?? null,
      comment: ack.comment,
    })),
    notes: state.notes
      .map((note) => ledgerNoteView(plan, state, note))
      .sort((a, b) => newestFirst(a.createdAt, b.createdAt)),
    checkIns: state.checkIns
      .map((checkIn) => ({
        id: checkIn.id,
        date: checkIn.date,
        question: checkIn.question,
        answer: checkIn.answer,
        heldAt: checkIn.heldAt,
        answeredAt: checkIn.answeredAt,
        actions: checkIn.actions.map((action) => ({ ...action })),
        snapshot: checkIn.snapshot,
      }))
      .sort((a, b) => newestFirst(a.date, b.date) || newestFirst(a.heldAt, b.heldAt)),
    disputes: state.disputes
      .map((dispute) => ({
        id: dispute.id,
        metric: dispute.metric,
        date: dispute.date,
        kind: dispute.kind,
        status: dispute.status,
        text: dispute.text,
        resolution: dispute.resolution,
        amount: dispute.amount,
        activities: [...dispute.activities],
        openedAt: dispute.openedAt,
        resolvedAt: dispute.resolvedAt,
      }))
      .sort((a, b) => newestFirst(a.openedAt, b.openedAt)),
    problems: state.problems.map((problem) => ({ ...problem })),
  };
}
