import { formatInstant } from '@onpace/core/present';
import type { LedgerView } from '../../messaging/ledger-views';

type Receipts = Pick<LedgerView, 'revision' | 'acknowledgedCurrent' | 'acknowledgments'>;

/**
 * For the manager: whether the rep has the current revision, then every receipt, newest first:
 * who acknowledged which revision, when, and what they said.
 */
export function AcknowledgmentList({ view }: { readonly view: Receipts }) {
  if (view.revision === 0) return null;
  const receipts = [...view.acknowledgments].reverse();
  return (
    <section className="card stack" aria-label="Acknowledgments">
      <h2>Acknowledgments</h2>
      <p className="small" data-ack-state={view.acknowledgedCurrent ? 'current' : 'waiting'}>
        {view.acknowledgedCurrent
          ? `The rep acknowledged revision ${view.revision}, the current one.`
          : `Revision ${view.revision} is not acknowledged yet.`}
      </p>
      {receipts.length > 0 ? (
        <ul className="plain receipts small">
          {receipts.map((ack) => (
            <li key={`${ack.hash}-${ack.at}`} className="receipt" data-revision={ack.revision}>
              <span aria-hidden="true">✓ </span>
              {ack.byName ?? ack.by} acknowledged revision {ack.revision} on {formatInstant(ack.at)}
              {ack.comment ? (
                <>
                  : <q className="user-text">{ack.comment}</q>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
