import { formatDayDate, formatInstant } from '@onpace/core/present';
import type { CheckInView } from '../messaging/ledger-views';
import type { NoteView } from '../messaging/views';
import { request } from '../pages/client';
import { StatusBadge } from '../pages/StatusBadge';
import { ConfirmButton } from './ConfirmButton';

interface ManagerRecordsProps {
  readonly planId: string;
  readonly notes: readonly NoteView[];
  readonly checkIns: readonly CheckInView[];
  readonly onEditNote: (note: NoteView) => void;
  readonly onChanged: () => void;
}

/** The plan's notes (each with edit and delete) and check-ins, newest first. */
export function ManagerRecords({ planId, notes, checkIns, onEditNote, onChanged }: ManagerRecordsProps) {
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
      <h2>Check-ins</h2>
      {checkIns.length === 0 ? <p className="muted small">No check-ins for this plan yet.</p> : null}
      <ul className="plain checkins" aria-label="Check-ins">
        {checkIns.map((checkIn) => (
          <li key={checkIn.id} className="checkin" data-checkin-id={checkIn.id}>
            <div className="row spread small muted">
              <time dateTime={checkIn.date}>{formatDayDate(checkIn.date)}</time>
              {checkIn.snapshot ? <StatusBadge status={checkIn.snapshot.status} /> : null}
            </div>
            <p className="user-text">
              <strong>Q:</strong> {checkIn.question}
            </p>
            {checkIn.answer ? <p className="user-text">{checkIn.answer}</p> : null}
            {checkIn.actions.length > 0 ? (
              <ul className="action-items small">
                {checkIn.actions.map((item) => (
                  <li key={item.id}>
                    <span className="user-text">{item.text}</span>
                    {item.due ? <span className="muted"> · due {formatDayDate(item.due)}</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {/* A check-in is a record of what was said: it is never edited or deleted. */}
          </li>
        ))}
      </ul>
    </div>
  );
}
