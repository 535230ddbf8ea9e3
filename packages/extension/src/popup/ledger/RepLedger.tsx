import { useState } from 'react';
import type { LedgerView } from '../../messaging/ledger-views';
import { ackStatus } from '../../pages/ledger/ack-status';
import { ledgerRequest, ledgerWrite } from '../../pages/ledger/ledger-client';
import { AcknowledgeCard } from './AcknowledgeCard';
import { CheckInCard } from './CheckInCard';
import { DisputeForm, type DisputeTarget } from './DisputeForm';
import { DisputeList } from './DisputeList';
import { HistorySection } from './HistorySection';

interface RepLedgerProps {
  readonly planId: string;
  readonly ledger: LedgerView;
  readonly currency: string;
  /** Today in the plan's time zone: a new dispute starts on it. */
  readonly today: string;
  /** The plan's targets, by metric, as the rows name them. */
  readonly targets: readonly DisputeTarget[];
  /** After each write: the page reloads its view. */
  readonly onChanged: () => void;
}

/** The rep's side of the plan's record below the notes: check-ins to answer, disputes, history. */
export function RepLedger({ planId, ledger, currency, today, targets, onChanged }: RepLedgerProps) {
  const [disputing, setDisputing] = useState(false);
  const writable = ledger.lifecycle !== 'closed';
  const labels = Object.fromEntries(targets.map((target) => [target.metric, target.label]));
  const after = async <T,>(write: Promise<T>): Promise<T> => {
    const result = await write;
    if (result === null) onChanged();
    return result;
  };
  return (
    <div className="stack">
      {ledger.checkIns.length > 0 ? (
        <section className="stack" aria-label="Check-ins">
          <h2>Check-ins</h2>
          <ul className="plain checkins" aria-label="Check-ins">
            {ledger.checkIns.map((checkIn) => (
              <CheckInCard
                key={checkIn.id}
                checkIn={checkIn}
                writable={writable}
                writes={{
                  answer: (checkInId, answer) =>
                    after(ledgerWrite({ type: 'checkins/answer', planId, checkInId, answer })),
                  done: (checkInId, actionId) =>
                    after(ledgerWrite({ type: 'actions/done', planId, checkInId, actionId, as: 'rep' })),
                }}
              />
            ))}
          </ul>
        </section>
      ) : null}
      <section className="stack" aria-label="Disputes">
        <div className="row spread">
          <h2>Disputes</h2>
          {writable && !disputing ? (
            <button type="button" className="link" onClick={() => setDisputing(true)}>
              Dispute a day’s count
            </button>
          ) : null}
        </div>
        {disputing ? (
          <DisputeForm
            targets={targets}
            initialDate={today}
            currency={currency}
            loadDay={async (metric, date) => {
              const answer = await ledgerRequest({ type: 'activity/day', planId, date, metric });
              return answer.ok ? answer.day.activities : answer;
            }}
            onSubmit={async (draft) => {
              const result = await after(
                ledgerWrite({
                  type: 'disputes/open',
                  planId,
                  metric: draft.metric,
                  date: draft.date,
                  kind: draft.kind,
                  text: draft.text,
                  ...(draft.amount === undefined ? {} : { amount: draft.amount }),
                  ...(draft.activities === undefined ? {} : { activities: [...draft.activities] }),
                }),
              );
              if (result === null) setDisputing(false);
              return result;
            }}
            onCancel={() => setDisputing(false)}
          />
        ) : null}
        <DisputeList disputes={ledger.disputes} currency={currency} labels={labels} />
      </section>
      <HistorySection planId={planId} version={ledger} />
    </div>
  );
}

/** The rep's receipt for the current revision, with "What changed" when they acknowledged an earlier one. */
export function RepAcknowledgment({
  planId,
  ledger,
  onChanged,
}: {
  readonly planId: string;
  readonly ledger: LedgerView;
  readonly onChanged: () => void;
}) {
  return (
    <AcknowledgeCard
      status={ackStatus(ledger)}
      onAcknowledge={async (revision, comment) => {
        const result = await ledgerWrite({
          type: 'plans/acknowledge',
          planId,
          revision,
          ...(comment === null ? {} : { comment }),
        });
        if (result === null) onChanged();
        return result;
      }}
    />
  );
}

/** The plan's targets as a dispute names them: one per metric, with the row's label. */
export function disputeTargets(
  targets: readonly { readonly metric: string; readonly label: string }[],
): DisputeTarget[] {
  const seen = new Map<string, DisputeTarget>();
  for (const target of targets) {
    if (!seen.has(target.metric)) seen.set(target.metric, { metric: target.metric, label: target.label });
  }
  return [...seen.values()];
}
