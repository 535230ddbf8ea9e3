import { formatDate, formatInstant, formatShortDate, STATUS_LOOK } from '@onpace/core/present';
import type { Acknowledgment, CheckIn, CoachingNote, Plan } from '@onpace/core/schemas';

export interface ReportConversationsProps {
  readonly plan: Plan;
  readonly acknowledgments: readonly Acknowledgment[];
  readonly checkIns: readonly CheckIn[];
  readonly notes: readonly CoachingNote[];
  readonly locale: string | undefined;
}

/** Acknowledgments, check-ins and shared notes, each with its date. */
export function ReportConversations({
  plan,
  acknowledgments,
  checkIns,
  notes,
  locale,
}: ReportConversationsProps) {
  return (
    <>
      <section className="report-section" aria-labelledby="report-acks">
        <h3 id="report-acks">Acknowledgments</h3>
        {acknowledgments.length === 0 ? (
          <p>No acknowledgment recorded.</p>
        ) : (
          <ul>
            {acknowledgments.map((ack) => (
              <li key={`${ack.planRevision}-${ack.personId}`}>
                Revision {ack.planRevision} acknowledged by{' '}
                {ack.personId === plan.rep.id ? plan.rep.name : ack.personId} on{' '}
                {formatInstant(ack.at, plan.timeZone, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="report-section" aria-labelledby="report-check-ins">
        <h3 id="report-check-ins">Check-ins</h3>
        {checkIns.length === 0 ? <p>No check-in recorded.</p> : null}
        {checkIns.map((checkIn) => (
          <article key={checkIn.id} className="report-entry">
            <h4>
              <time dateTime={checkIn.date}>{formatDate(checkIn.date, locale)}</time>
              {checkIn.snapshot ? ` · plan ${STATUS_LOOK[checkIn.snapshot.status].word} at the time` : ''}
            </h4>
            <p>
              <strong>Question:</strong> {checkIn.question}
            </p>
            <p>
              <strong>Answer:</strong> {checkIn.answer || 'none recorded'}
            </p>
            {checkIn.actionItems.length > 0 ? (
              <ul>
                {checkIn.actionItems.map((item) => (
                  <li key={item.id}>
                    {item.text}
                    {item.due ? `; due ${formatShortDate(item.due, locale)}` : ''};{' '}
                    {item.done ? 'done' : 'open'}
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        ))}
      </section>
      <section className="report-section" aria-labelledby="report-notes">
        <h3 id="report-notes">Shared notes</h3>
        {notes.length === 0 ? <p>No shared note recorded.</p> : null}
        <ul className="report-notes">
          {notes.map((note) => (
            <li key={note.id}>
              <time dateTime={note.createdAt}>{formatInstant(note.createdAt, plan.timeZone, locale)}</time>:{' '}
              {note.text}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
