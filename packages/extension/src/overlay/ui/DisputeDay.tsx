import { type FormEvent, useEffect, useId, useState } from 'react';
import type { DisputeDayLine } from '../../messaging/overlay-protocol';
import type { FieldProblem } from '../../messaging/result';
import { checkDispute, type DisputeDraft, type DisputeKindWord } from '../../pages/ledger/dispute-draft';

/** What the overlay can do about a dispute; each answers null when done, else what went wrong. */
export interface DisputeActions {
  openDispute(draft: DisputeDraft): Promise<string | null>;
  /** That day's counted activities of the metric, to pick the ones that should not count. */
  loadDisputeDay(metric: string, date: string): Promise<readonly DisputeDayLine[] | string>;
}

interface DisputeDayProps {
  readonly metric: string;
  readonly label: string;
  readonly money: boolean;
  /** Today in the plan's time zone: the latest day that can be disputed. */
  readonly today: string;
  readonly actions: DisputeActions;
}

type Day = readonly DisputeDayLine[] | string | null;

/**
 * From a target's details, the rep disputes one day's count: something missing, or activities
 * that should not count, always with a reason. The manager decides in their popup; an accepted
 * dispute changes this row's figures.
 */
export function DisputeDay({ metric, label, money, today, actions }: DisputeDayProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(today);
  const [kind, setKind] = useState<DisputeKindWord>('missing');
  const [amount, setAmount] = useState('');
  const [picked, setPicked] = useState<readonly string[]>([]);
  const [text, setText] = useState('');
  const [day, setDay] = useState<Day>(null);
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [result, setResult] = useState<{ readonly sent: boolean; readonly words: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open || kind !== 'not-counting') return;
    let current = true;
    setDay(null);
    setPicked([]);
    void actions.loadDisputeDay(metric, date).then((loaded) => {
      if (current) setDay(loaded);
    });
    return () => {
      current = false;
    };
  }, [open, kind, metric, date, actions]);

  const problemAt = (path: string) => problems.find((problem) => problem.path === path)?.message ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDispute({ metric, date, kind, amount, activities: picked, text });
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    setBusy(true);
    void actions.openDispute(checked.draft).then((error) => {
      setBusy(false);
      if (error === null) {
        setOpen(false);
        setAmount('');
        setText('');
        setPicked([]);
        setResult({ sent: true, words: 'Dispute sent. Your manager will accept or reject it.' });
      } else {
        setResult({ sent: false, words: error });
      }
    });
  };

  if (!open) {
    return (
      <div className="dispute-day">
        <button
          type="button"
          className="link-button"
          data-dispute-open={metric}
          onClick={() => {
            setResult(null);
            setOpen(true);
          }}
        >
          Dispute a day’s count
        </button>
        {result && (
          <p className={result.sent ? 'quiet' : 'quiet problem'} role="status">
            {result.words}
          </p>
        )}
      </div>
    );
  }

  const toggle = (key: string) =>
    setPicked((current) =>
      current.includes(key) ? current.filter((each) => each !== key) : [...current, key],
    );

  return (
    <form
      className="dispute-day dispute-form"
      aria-label={`Dispute a day’s count of ${label}`}
      onSubmit={submit}
    >
      <label className="field">
        <span>Day</span>
        <input type="date" max={today} value={date} onChange={(event) => setDate(event.target.value)} />
        {problemAt('date') && <span className="problem">{problemAt('date')}</span>}
      </label>
      <fieldset className="kind">
        <legend>What is wrong</legend>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'missing'}
            onChange={() => setKind('missing')}
          />
          Something is missing
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'not-counting'}
            onChange={() => setKind('not-counting')}
          />
          Some should not count
        </label>
      </fieldset>
      {kind === 'missing' ? (
        <label className="field">
          <span>{money ? 'Amount missing' : 'How many are missing (1 if empty)'}</span>
          <input
            type="number"
            inputMode={money ? 'decimal' : 'numeric'}
            min={money ? '0.01' : '1'}
            step={money ? 'any' : '1'}
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
          />
          {problemAt('amount') && <span className="problem">{problemAt('amount')}</span>}
        </label>
      ) : (
        <fieldset className="day-list">
          <legend>Counted that day</legend>
          {day === null && <p className="quiet">Loading that day…</p>}
          {typeof day === 'string' && <p className="quiet problem">{day}</p>}
          {Array.isArray(day) && day.length === 0 && <p className="quiet">Nothing was counted that day.</p>}
          {Array.isArray(day) &&
            day.map((activity) => (
              <label key={activity.key} data-activity-key={activity.key}>
                <input
                  type="checkbox"
                  checked={picked.includes(activity.key)}
                  onChange={() => toggle(activity.key)}
                />
                {activity.line}
              </label>
            ))}
          {problemAt('activities') && <span className="problem">{problemAt('activities')}</span>}
        </fieldset>
      )}
      <label className="field">
        <span>Reason</span>
        <textarea rows={2} value={text} onChange={(event) => setText(event.target.value)} />
        {problemAt('text') && <span className="problem">{problemAt('text')}</span>}
      </label>
      <div className="form-buttons">
        <button type="submit" className="button" disabled={busy}>
          Send dispute
        </button>
        <button type="button" className="link-button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      {result && !result.sent && (
        <p className="quiet problem" role="alert">
          {result.words}
        </p>
      )}
    </form>
  );
}
