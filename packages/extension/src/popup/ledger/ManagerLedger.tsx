import type { LedgerView } from '../../messaging/ledger-views';
import { ledgerWrite } from '../../pages/ledger/ledger-client';
import { AcknowledgmentList } from './AcknowledgmentList';
import { CheckInCard } from './CheckInCard';
import { DisputeList } from './DisputeList';
import { HistorySection } from './HistorySection';
import { LifecycleControls } from './LifecycleControls';

interface ManagerLedgerProps {
  readonly planId: string;
  readonly ledger: LedgerView;
  readonly currency: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly onChanged: () => void;
}

/** The manager's side of the plan's record below the forms: disputes to decide, check-ins held, history. */
export function ManagerLedger({ planId, ledger, currency, labels, onChanged }: ManagerLedgerProps) {
  const writable = ledger.lifecycle !== 'closed';
  const after = async <T,>(write: Promise<T>): Promise<T> => {
    const result = await write;
    if (result === null) onChanged();
    return result;
  };
  return (
    <div className="stack">
      {ledger.disputes.length > 0 ? (
        <section className="stack" aria-label="Disputes">
          <h2>Disputes</h2>
          <DisputeList
            disputes={ledger.disputes}
            currency={currency}
            labels={labels}
            {...(writable
              ? {
                  onResolve: (disputeId: string, decision: 'accepted' | 'rejected', text: string) =>
                    after(ledgerWrite({ type: 'disputes/resolve', planId, disputeId, decision, text })),
                }
              : {})}
          />
        </section>
      ) : null}
      <section className="stack" aria-label="Check-ins held">
        <h2>Check-ins</h2>
        {ledger.checkIns.length === 0 ? <p className="muted small">No check-ins for this plan yet.</p> : null}
        <ul className="plain checkins" aria-label="Check-ins">
          {ledger.checkIns.map((checkIn) => (
            <CheckInCard
              key={checkIn.id}
              checkIn={checkIn}
              writable={writable}
              writes={{
                done: (checkInId, actionId) =>
                  after(ledgerWrite({ type: 'actions/done', planId, checkInId, actionId, as: 'manager' })),
              }}
            />
          ))}
        </ul>
      </section>
      <HistorySection planId={planId} version={ledger} />
    </div>
  );
}

/** Where the plan stands and who has it: lifecycle steps, then the rep's receipts. */
export function ManagerPlanState({
  planId,
  ledger,
  end,
  onChanged,
}: {
  readonly planId: string;
  readonly ledger: LedgerView;
  /** The plan's current last day (after extensions). */
  readonly end: string;
  readonly onChanged: () => void;
}) {
  const after = async <T,>(write: Promise<T>): Promise<T> => {
    const result = await write;
    if (result === null) onChanged();
    return result;
  };
  return (
    <>
      <LifecycleControls
        lifecycle={ledger.lifecycle}
        outcome={ledger.outcome}
        summary={ledger.summary}
        end={end}
        writes={{
          activate: () => after(ledgerWrite({ type: 'plans/activate', planId })),
          extend: (newEnd, reason) =>
            after(ledgerWrite({ type: 'plans/extend', planId, end: newEnd, reason })),
          close: (outcome, summary) => after(ledgerWrite({ type: 'plans/close', planId, outcome, summary })),
        }}
      />
      <AcknowledgmentList view={ledger} />
    </>
  );
}
