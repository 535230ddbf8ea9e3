import { formatInstant } from '@onpace/core/present';
import type { CoachingNote, Plan } from '@onpace/core/schemas';
import { endOfDayMs } from '../../model/as-of';

export interface PrivateNotesProps {
  readonly plan: Plan;
  readonly notes: readonly CoachingNote[];
  readonly asOf: string;
  readonly locale: string | undefined;
}

/** This browser's private notes: kept apart from the shared record, which never holds them. */
export function PrivateNotes({ plan, notes, asOf, locale }: PrivateNotesProps) {
  const until = endOfDayMs(asOf, plan.timeZone);
  const shown = notes.filter((note) => Date.parse(note.createdAt) <= until);
  if (shown.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="private-notes-heading" data-onpace="private-notes">
      <h3 id="private-notes-heading">Your private notes</h3>
      <p className="hint">Only in this browser: not part of the plan's shared record.</p>
      <ul>
        {shown.map((note) => (
          <li key={note.id}>
            <time dateTime={note.createdAt}>{formatInstant(note.createdAt, plan.timeZone, locale)}</time>:{' '}
            {note.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
