import { isSumMetric } from '@onpace/core/schemas';
import { useEffect, useId, useState } from 'react';
import type { DayActivity } from '../../messaging/ledger-views';
import type { Failure, FieldProblem } from '../../messaging/result';
import { FieldProblems, problemsAt } from '../../pages/FieldProblems';
import { checkDispute, type DisputeDraft, type DisputeKindWord } from '../../pages/ledger/dispute-draft';
import { dayActivityLabel } from '../../pages/ledger/dispute-words';
import { Notice } from '../../pages/Notice';
import { useSend } from './use-send';

export interface DisputeTarget {
  readonly metric: string;
  readonly label: string;
}

interface DisputeFormProps {
  readonly targets: readonly DisputeTarget[];
  readonly initialMetric?: string;
  readonly initialDate: string;
  readonly currency: string;
  /** The plan's time zone, for the day's activity times; else the viewer's. */
  readonly timeZone?: string;
  /** That day's counted activities for a metric (not-counting disputes pick from them). */
  readonly loadDay: (metric: string, date: string) => Promise<readonly DayActivity[] | Failure>;
  readonly onSubmit: (draft: DisputeDraft) => Promise<Failure | null>;
  readonly onCancel?: () => void;
}

/**
 * The rep disputes one day's count of one target: something missing (with how many, or how
 * much), or activities that should not count, picked from that day's list; always with a reason.
 */
export function DisputeForm({
  targets,
  initialMetric,
  initialDate,
  currency,
  timeZone,
  loadDay,
  onSubmit,
  onCancel,
}: DisputeFormProps) {
  const formId = useId();
  const [metric, setMetric] = useState(initialMetric ?? targets[0]?.metric ?? '');
  const [date, setDate] = useState(initialDate);
  const [kind, setKind] = useState<DisputeKindWord>('missing');
  const [amount, setAmount] = useState('');
  const [picked, setPicked] = useState<readonly string[]>([]);
  const [text, setText] = useState('');
  const [day, setDay] = useState<readonly DayActivity[] | Failure | null>(null);
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const { busy, failure, send } = useSend();

  useEffect(() => {
    if (kind !== 'not-counting' || metric === '' || date === '') return;
    let current = true;
    setDay(null);
    setPicked([]);
    void loadDay(metric, date).then((result) => {
      if (current) setDay(result);
    });
    return () => {
      current = false;
    };
  }, [kind, metric, date, loadDay]);

  const at = (path: string) => problemsAt([...problems, ...(failure?.problems ?? [])], path);
  const sum = metric !== '' && isSumMetric(metric);
  const toggle = (key: string) =>
    setPicked((current) =>
      current.includes(key) ? current.filter((each) => each !== key) : [...current, key],
    );

  function submit() {
    const checked = checkDispute({ metric, date, kind, amount, activities: picked, text });
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    void send(() => onSubmit(checked.draft)).then((done) => {
      if (done) {
        setAmount('');
        setPicked([]);
        setText('');
      }
    });
  }

  return (
    <form
      className="card stack dispute-form"
      aria-label="Dispute a day’s count"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3>Dispute a day’s count</h3>
      <div className="row">
        <label className="field">
          <span>Target</span>
          <select value={metric} onChange={(event) => setMetric(event.target.value)}>
            {targets.map((target) => (
              <option key={target.metric} value={target.metric}>
                {target.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Day</span>
          <input
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            aria-invalid={at('date').length > 0}
            aria-describedby={`${formId}-date`}
          />
          <FieldProblems id={`${formId}-date`} problems={at('date')} />
        </label>
      </div>
      <fieldset className="plain-fieldset">
        <legend className="small muted">What is wrong</legend>
        <label className="row small">
          <input
            type="radio"
            name={`${formId}-kind`}
            checked={kind === 'missing'}
            onChange={() => setKind('missing')}
          />
          Something is missing
        </label>
        <label className="row small">
          <input
            type="radio"
            name={`${formId}-kind`}
            checked={kind === 'not-counting'}
            onChange={() => setKind('not-counting')}
          />
          Some activities should not count
        </label>
      </fieldset>
      {kind === 'missing' ? (
        <label className="field">
          <span>{sum ? 'Amount missing' : 'How many are missing (1 if empty)'}</span>
          <input
            type="number"
            inputMode={sum ? 'decimal' : 'numeric'}
            min={sum ? '0.01' : '1'}
            step={sum ? 'any' : '1'}
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            aria-invalid={at('amount').length > 0}
            aria-describedby={`${formId}-amount`}
          />
          <FieldProblems id={`${formId}-amount`} problems={at('amount')} />
        </label>
      ) : (
        <fieldset className="plain-fieldset day-activities" aria-describedby={`${formId}-activities`}>
          <legend className="small muted">Counted that day</legend>
          {day === null ? <p className="small muted">Loading that day…</p> : null}
          {day !== null && 'ok' in day ? <Notice failure={day} /> : null}
          {Array.isArray(day) && day.length === 0 ? (
            <p className="small muted">Nothing was counted for this target that day.</p>
          ) : null}
          {Array.isArray(day)
            ? day.map((activity: DayActivity) => (
                <label key={activity.key} className="row small" data-activity-key={activity.key}>
                  <input
                    type="checkbox"
                    checked={picked.includes(activity.key)}
                    onChange={() => toggle(activity.key)}
                  />
                  <span className="user-text">{dayActivityLabel(activity, currency, timeZone)}</span>
                </label>
              ))
            : null}
          <FieldProblems id={`${formId}-activities`} problems={at('activities')} />
        </fieldset>
      )}
      <label className="field">
        <span>Reason</span>
        <textarea
          rows={2}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={at('text').length > 0}
          aria-describedby={`${formId}-text`}
        />
        <FieldProblems id={`${formId}-text`} problems={at('text')} />
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          Send dispute
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
      <Notice failure={failure && (failure.problems?.length ?? 0) > 0 ? null : failure} />
    </form>
  );
}
