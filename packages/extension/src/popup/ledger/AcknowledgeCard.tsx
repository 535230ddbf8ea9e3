import { formatInstant } from '@onpace/core/present';
import { useState } from 'react';
import type { Failure } from '../../messaging/result';
import type { AckStatus } from '../../pages/ledger/ack-status';
import { Notice } from '../../pages/Notice';
import { useSend } from './use-send';

interface AcknowledgeCardProps {
  readonly status: AckStatus;
  /** Appends `plan.acknowledged` for the current revision's hash. */
  readonly onAcknowledge: (revisionHash: string, comment: string | null) => Promise<Failure | null>;
}

/**
 * The rep's receipt for the exact current revision. After a new revision, what changed since
 * the one they acknowledged comes first, then the request to acknowledge again.
 */
export function AcknowledgeCard({ status, onAcknowledge }: AcknowledgeCardProps) {
  const [comment, setComment] = useState('');
  const { busy, failure, send } = useSend();
  if (status.state === 'none') return null;
  const hash = status.revisionHash;
  return (
    <section className="card acknowledgment stack" data-ack-state={status.state} aria-label="Acknowledgment">
      {status.state === 'current' ? (
        <p className="small">
          <span aria-hidden="true">✓ </span>You acknowledged revision {status.revision}
          {status.receipt ? ` on ${formatInstant(status.receipt.at)}` : ''}.
        </p>
      ) : (
        <>
          {status.state === 'changed' ? (
            <div className="what-changed">
              <h3>What changed</h3>
              <p className="small muted">
                Since revision {status.acknowledgedRevision}, which you acknowledged, to revision{' '}
                {status.revision}:
              </p>
              {status.changes.length === 0 ? (
                <p className="small">The plan was issued again with the same terms.</p>
              ) : (
                <ul className="changes small">
                  {status.changes.map((change) => (
                    <li key={change.field} data-revision-change={change.field}>
                      {change.text}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ) : (
            <p className="small">Revision {status.revision} of this plan is new to you.</p>
          )}
          <form
            className="stack"
            onSubmit={(event) => {
              event.preventDefault();
              if (hash === null) return;
              const words = comment.trim();
              void send(() => onAcknowledge(hash, words === '' ? null : words)).then((done) => {
                if (done) setComment('');
              });
            }}
          >
            <label className="field">
              <span>Comment (optional)</span>
              <textarea rows={2} value={comment} onChange={(event) => setComment(event.target.value)} />
            </label>
            <p className="small muted">
              Acknowledging says you received this revision, not that you agree with it.
            </p>
            <div className="row">
              <button type="submit" className="primary" disabled={busy}>
                Acknowledge revision {status.revision}
              </button>
            </div>
            <Notice failure={failure} />
          </form>
        </>
      )}
    </section>
  );
}
