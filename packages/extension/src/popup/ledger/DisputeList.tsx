import { formatInstant } from '@onpace/core/present';
import { useState } from 'react';
import type { DisputeView } from '../../messaging/ledger-views';
import type { Failure } from '../../messaging/result';
import { disputeStatusWord, disputeSummary } from '../../pages/ledger/dispute-words';
import { Notice } from '../../pages/Notice';
import { useSend } from './use-send';

export type Decision = 'accepted' | 'rejected';

interface DisputeListProps {
  readonly disputes: readonly DisputeView[];
  readonly currency: string;
  /** Target labels by metric, so a dispute names the target as the rows do. */
  readonly labels: Readonly<Record<string, string>>;
  /** Present for the manager while the plan is open: accept or reject, with a reason. */
  readonly onResolve?: (disputeId: string, decision: Decision, text: string) => Promise<Failure | null>;
}

/** Every dispute, open ones first, with the rep's reason and the manager's decision. */
export function DisputeList({ disputes, currency, labels, onResolve }: DisputeListProps) {
  if (disputes.length === 0) return <p className="small muted">No disputes.</p>;
  const ordered = [...disputes].sort(
    (a, b) =>
      Number(b.status === 'open') - Number(a.status === 'open') || b.openedAt.localeCompare(a.openedAt),
  );
  return (
    <ul className="plain disputes" aria-label="Disputes">
      {ordered.map((dispute) => (
        <DisputeItem
          key={dispute.id}
          dispute={dispute}
          summary={disputeSummary(dispute, currency, labels[dispute.metric])}
          {...(onResolve ? { onResolve } : {})}
        />
      ))}
    </ul>
  );
}

function DisputeItem({
  dispute,
  summary,
  onResolve,
}: {
  readonly dispute: DisputeView;
  readonly summary: string;
  readonly onResolve?: DisputeListProps['onResolve'];
}) {
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const { busy, failure, send } = useSend();
  const resolve = (decision: Decision) => {
    const words = reason.trim();
    setMissingReason(words === '');
    if (words === '' || !onResolve) return;
    void send(() => onResolve(dispute.id, decision, words));
  };
  return (
    <li className="dispute stack" data-dispute-id={dispute.id} data-dispute-status={dispute.status}>
      <div className="row spread small">
        <strong>{summary}</strong>
        <span className={`dispute-status dispute-${dispute.status}`}>
          {disputeStatusWord(dispute.status)}
        </span>
      </div>
      <p className="small user-text">
        <span className="muted">Reason: </span>
        {dispute.text}
      </p>
      <p className="small muted">Opened {formatInstant(dispute.openedAt)}</p>
      {dispute.resolution !== null ? (
        <p className="small user-text">
          <span className="muted">
            {disputeStatusWord(dispute.status)}
            {dispute.resolvedAt ? ` ${formatInstant(dispute.resolvedAt)}` : ''}:{' '}
          </span>
          {dispute.resolution}
        </p>
      ) : null}
      {dispute.status === 'open' && onResolve ? (
        <form
          className="stack"
          aria-label="Decide on this dispute"
          onSubmit={(event) => event.preventDefault()}
        >
          <label className="field">
            <span>Your reason</span>
            <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          {missingReason ? (
            <p className="field-problem" role="alert">
              Give a reason for the decision.
            </p>
          ) : null}
          <div className="row">
            <button type="button" className="primary" disabled={busy} onClick={() => resolve('accepted')}>
              Accept
            </button>
            <button type="button" disabled={busy} onClick={() => resolve('rejected')}>
              Reject
            </button>
          </div>
          <Notice failure={failure} />
        </form>
      ) : null}
    </li>
  );
}
