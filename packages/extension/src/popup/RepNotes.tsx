import { formatInstant } from '@onpace/core/present';
import type { NoteView } from '../messaging/views';
import { request } from '../pages/client';

const TAG_NAMES = {
  prospecting: 'Prospecting',
  pipeline: 'Pipeline',
  skills: 'Skills',
  other: 'Other',
} as const;

/** Notes shared with the rep, newest first; unread ones marked until the rep marks them read. */
export function RepNotes({
  notes,
  onChanged,
}: {
  readonly notes: readonly NoteView[];
  readonly onChanged: () => void;
}) {
  const unread = notes.filter((note) => note.readAt === undefined);
  if (notes.length === 0) return <p className="muted">No coaching notes yet.</p>;
  return (
    <div className="stack">
      {unread.length > 0 ? (
        <div className="row spread">
          <span className="small">
            {unread.length === 1 ? '1 unread note' : `${unread.length} unread notes`}
          </span>
          <button
            type="button"
            className="link"
            onClick={() =>
              void request({ type: 'notes/mark-read', noteIds: unread.map((note) => note.id) }).then(
                onChanged,
              )
            }
          >
            Mark as read
          </button>
        </div>
      ) : null}
      <ul className="plain notes">
        {notes.map((note) => (
          <li
            key={note.id}
            className={note.readAt === undefined ? 'note unread' : 'note'}
            data-note-id={note.id}
          >
            <div className="row spread small muted">
              <span>
                {note.readAt === undefined ? (
                  <span className="unread-mark">
                    <span aria-hidden="true">● </span>New ·{' '}
                  </span>
                ) : null}
                {note.tag ? TAG_NAMES[note.tag] : 'Note'}
                {note.authorName ? ` · ${note.authorName}` : ''}
              </span>
              <time dateTime={note.createdAt}>{formatInstant(note.createdAt)}</time>
            </div>
            {/* User text: rendered as text, never as HTML. */}
            <p className="user-text">{note.text}</p>
            {note.record ? (
              <p className="small muted">
                About {note.record.name ?? `${note.record.objectType} ${note.record.id}`}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
