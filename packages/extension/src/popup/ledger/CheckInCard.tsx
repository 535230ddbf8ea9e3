import { formatDayDate, formatInstant } from '@onpace/core/present';
import { useState } from 'react';
import type { CheckInView } from '../../messaging/ledger-views';
import type { Failure } from '../../messaging/result';
import { Notice } from '../../pages/Notice';
import { StatusBadge } from '../../pages/StatusBadge';
import { useSend } from './use-send';

export interface CheckInWrites {
  /** The rep's answer; a later answer stands in place of an earlier one. */
  readonly answer?: (checkInId: string, text: string) => Promise<Failure | null>;
  /** Either person may tick an action done, once. */
  readonly done: (checkInId: string, actionId: string) => Promise<Failure | null>;
}

interface CheckInCardProps {
  readonly checkIn: CheckInView;
  /** False once the plan is closed: the record is read-only. */
  readonly writable: boolean;
  readonly writes: CheckInWrites;
}

/**
 * One check-in as both people see it: the manager's question, the pace as it was that day, the
 * rep's answer and the action items. The rep answers here; either ticks an action done.
 */
export function CheckInCard({ checkIn, writable, writes }: CheckInCardProps) {
  const [answer, setAnswer] = useState('');
  const [editing, setEditing] = useState(false);
  // The action being ticked stays ticked while its event is appended, instead of flickering back.
  const [ticking, setTicking] = useState<string | null>(null);
  const { busy, failure, send } = useSend();
  const answerWrite = writes.answer;
  const canAnswer = writable && answerWrite !== undefined && (checkIn.answer === null || editing);
  return (
    <li
      className="checkin stack"
      data-checkin-id={checkIn.id}
      data-answered={checkIn.answer === null ? 'false' : 'true'}
    >
      <div className="row spread small muted">
        <time dateTime={checkIn.date}>Check-in {formatDayDate(checkIn.date)}</time>
        {checkIn.snapshot ? <StatusBadge status={checkIn.snapshot.status} /> : null}
      </div>
      <p className="user-text">
        <strong>Q:</strong> {checkIn.question}
      </p>
      {checkIn.answer !== null && !editing ? (
        <div className="answer">
          <p className="user-text">
            <strong>A:</strong> {checkIn.answer}
          </p>
          {checkIn.answeredAt ? (
            <p className="small muted">Answered {formatInstant(checkIn.answeredAt)}</p>
          ) : null}
          {writable && answerWrite ? (
            <button
              type="button"
              className="link"
              onClick={() => {
                setAnswer(checkIn.answer ?? '');
                setEditing(true);
              }}
            >
              Change my answer
            </button>
          ) : null}
        </div>
      ) : null}
      {checkIn.answer === null && !answerWrite ? (
        <p className="small muted">Waiting for the rep’s answer.</p>
      ) : null}
      {canAnswer && answerWrite ? (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            const words = answer.trim();
            if (words === '') return;
            void send(() => answerWrite(checkIn.id, words)).then((done) => {
              if (done) {
                setAnswer('');
                setEditing(false);
              }
            });
          }}
        >
          <label className="field">
            <span>Your answer</span>
            <textarea rows={2} value={answer} onChange={(event) => setAnswer(event.target.value)} />
          </label>
          <div className="row">
            <button type="submit" className="primary" disabled={busy || answer.trim() === ''}>
              Send answer
            </button>
            {editing ? (
              <button type="button" onClick={() => setEditing(false)}>
                Cancel
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
      {checkIn.actions.length > 0 ? (
        <ul className="plain action-items small" aria-label="Action items">
          {checkIn.actions.map((action) => (
            <li key={action.id} data-action-id={action.id} data-done={action.done ? 'true' : 'false'}>
              <label className="row">
                <input
                  type="checkbox"
                  checked={action.done || ticking === action.id}
                  // Done is an event: it cannot be taken back, only seen.
                  disabled={action.done || !writable || busy}
                  onChange={() => {
                    setTicking(action.id);
                    void send(() => writes.done(checkIn.id, action.id)).then((done) => {
                      if (!done) setTicking(null);
                    });
                  }}
                />
                <span className="user-text">{action.text}</span>
                {action.due ? <span className="muted"> · due {formatDayDate(action.due)}</span> : null}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <Notice failure={failure} />
    </li>
  );
}
