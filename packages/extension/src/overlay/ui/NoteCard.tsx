import type { OverlayNote } from '../../messaging/overlay-protocol';
import type { Formatters } from './figures';

/** The newest note shared with the rep. Its text is rendered as text, never as HTML. */
export function NoteCard({ note, format }: { readonly note: OverlayNote; readonly format: Formatters }) {
  return (
    <section
      className="note"
      aria-label="Latest coaching note"
      data-note-id={note.id}
      data-unread={note.unread}
    >
      <p className="note-meta">
        {note.unread && <span className="unread">New</span>}
        <span>{note.authorName ?? 'Your manager'}</span>
        <span aria-hidden="true"> · </span>
        <span>{format.date(note.createdAt.slice(0, 10))}</span>
        <span aria-hidden="true"> · </span>
        <span>{note.tag}</span>
      </p>
      <p className="note-text">{note.text}</p>
    </section>
  );
}
