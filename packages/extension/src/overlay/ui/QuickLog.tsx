import { metricName } from '@onpace/core/words';
import { type FormEvent, useState } from 'react';
import type { OverlayState, OverlayTarget } from '../../messaging/overlay-protocol';
import type { OverlayActions } from '../actions';
import type { Formatters } from './figures';

interface QuickLogProps {
  readonly state: OverlayState;
  readonly targets: readonly OverlayTarget[];
  readonly actions: OverlayActions;
  readonly format: Formatters;
}

/** A money metric takes an amount; a count metric is one click. */
function isMoneyMetric(metric: string, targets: readonly OverlayTarget[]): boolean {
  return targets.some((target) => target.metric === metric && target.money);
}

function AmountForm({ metric, actions }: { readonly metric: string; readonly actions: OverlayActions }) {
  const [value, setValue] = useState('');
  const amount = Number(value);
  const valid = value.trim() !== '' && Number.isFinite(amount) && amount > 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    void actions.logActivity(metric, amount).then((ok) => ok && setValue(''));
  };
  const name = metricName(metric);
  return (
    <form className="amount-form" onSubmit={submit}>
      <input
        type="number"
        inputMode="decimal"
        min="0"
        step="any"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-label={`Amount of ${name}`}
        placeholder="Amount"
        data-metric={metric}
      />
      <button type="submit" className="button" disabled={!valid}>
        Log {name}
      </button>
    </form>
  );
}

/** Buttons for what the CRM does not capture, and an undo for the last one. */
export function QuickLog({ state, targets, actions, format }: QuickLogProps) {
  if (state.quickLog.length === 0) return null;
  const undoable = state.undoable;
  return (
    <section className="quick-log" aria-label="Log an activity">
      <div className="quick-log-buttons">
        {state.quickLog.map((metric) =>
          isMoneyMetric(metric, targets) ? (
            <AmountForm key={metric} metric={metric} actions={actions} />
          ) : (
            <button
              key={metric}
              type="button"
              className="button"
              data-quick-log={metric}
              onClick={() => void actions.logActivity(metric)}
            >
              +1 {metricName(metric, 'one')}
            </button>
          ),
        )}
      </div>
      {undoable && (
        <p className="undo-line">
          <span>
            Logged{' '}
            {undoable.amount === undefined
              ? `+1 ${metricName(undoable.metric, 'one')}`
              : `${format.count(undoable.amount)} ${metricName(undoable.metric)}`}
          </span>
          <button
            type="button"
            className="link-button"
            onClick={() => void actions.undo(undoable.activityId)}
          >
            Undo
          </button>
        </p>
      )}
    </section>
  );
}
