import { formatFigure } from '@onpace/core/present';
import { useState } from 'react';
import type { Failure } from '../messaging/result';
import type { RepView } from '../messaging/views';
import { request } from '../pages/client';
import { Notice } from '../pages/Notice';

/** Log by hand what the CRM does not capture: +1, or an amount for money metrics; and undo. */
export function QuickLog({ view, onChanged }: { readonly view: RepView; readonly onChanged: () => void }) {
  const [amounts, setAmounts] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const currency = view.plan?.currency ?? 'USD';

  async function log(metric: string, amount?: number) {
    const response = await request({
      type: 'activity/log',
      metric,
      ...(amount === undefined ? {} : { amount }),
    });
    setFailure(response.ok ? null : response);
    if (response.ok) {
      setAmounts((current) => ({ ...current, [metric]: '' }));
      onChanged();
    }
  }

  async function undo(activityId: string) {
    const response = await request({ type: 'activity/undo', activityId });
    setFailure(response.ok ? null : response);
    onChanged();
  }

  const undoable = view.undoable;
  const undoLabel = undoable
    ? (view.quickLog.find((entry) => entry.metric === undoable.metric)?.label ?? undoable.metric)
    : '';
  return (
    <div className="quick-log">
      <div className="row wrap">
        {view.quickLog.map((entry) =>
          entry.money ? (
            <form
              key={entry.metric}
              className="row"
              onSubmit={(event) => {
                event.preventDefault();
                const amount = Number(amounts[entry.metric]);
                if (Number.isFinite(amount) && amount > 0) void log(entry.metric, amount);
              }}
            >
              <input
                type="number"
                min="0"
                step="any"
                inputMode="decimal"
                aria-label={`${entry.label} amount in ${currency}`}
                placeholder="Amount"
                className="amount"
                value={amounts[entry.metric] ?? ''}
                onChange={(event) =>
                  setAmounts((current) => ({ ...current, [entry.metric]: event.target.value }))
                }
              />
              <button type="submit">Log {entry.label.toLowerCase()}</button>
            </form>
          ) : (
            <button key={entry.metric} type="button" onClick={() => void log(entry.metric)}>
              +1 {entry.label.toLowerCase()}
            </button>
          ),
        )}
      </div>
      {undoable ? (
        <p className="small muted">
          Logged {undoable.amount === undefined ? '+1' : formatFigure(undoable.amount, true, currency)} to{' '}
          {undoLabel.toLowerCase()}.{' '}
          <button type="button" className="link" onClick={() => void undo(undoable.activityId)}>
            Undo
          </button>
        </p>
      ) : null}
      <Notice failure={failure} />
    </div>
  );
}
