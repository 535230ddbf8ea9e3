import { formatInstant } from '@onpace/core/present';
import type { NoteView } from '../messaging/views';
import { request } from '../pages/client';
import { ConfirmButton } from './ConfirmButton';

interface ManagerRecordsProps {
  readonly planId: string;
  readonly notes: readonly NoteView[];
  readonly onEditNote: (note: NoteView) => void;
  readonly onChanged: () => void;
}

/**
 * The plan's notes, newest first, each with edit and delete (the ledger keeps the earlier words;
 * the history shows them). Check-ins are listed with the rest of the record (ledger/ManagerLedger).
 */
export function ManagerRecords({ planId, notes, onEditNote, onChanged }: ManagerRecordsProps) {
  return (
    <div className="stack">
      <h2>Notes</h2>
      {notes.length === 0 ? <p className="muted small">No notes for this plan yet.</p> : null}
      <ul className="plain notes" aria-label="Notes">
        {notes.map((note) => (
          <li key={note.id} className="note" data-note-id={note.id}>
            <div className="row spread small muted">
              <span>
                {note.visibility === 'private' ? 'Private' : 'Shared'}
                {note.tag ? ` · ${note.tag}` : ''}
                {note.readAt ? ' · read' : ''}
              </span>
              <time dateTime={note.createdAt}>{formatInstant(note.createdAt)}</time>
            </div>
            {/* User text: rendered as text, never as HTML. */}
            <p className="user-text">{note.text}</p>
            {note.record ? <p className="small muted">About {note.record.name ?? note.record.id}</p> : null}
            <div className="row">
              <button type="button" className="link" onClick={() => onEditNote(note)}>
                Edit
              </button>
              <ConfirmButton
                label="Delete"
                confirmLabel="Delete this note"
                onConfirm={() =>
                  void request({ type: 'notes/delete', planId, noteId: note.id, as: note.authorRole }).then(
                    onChanged,
                  )
                }
              />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
