import { formatDayDate } from '@onpace/core/present';
import { useState } from 'react';
import type { Failure } from '../../messaging/result';
import { LifecycleBadge } from '../../pages/ledger/LifecycleBadge';
import { extendProblem, lifecycleSteps } from '../../pages/ledger/lifecycle-actions';
import type { LifecycleWord, OutcomeWord } from '../../pages/ledger/lifecycle-words';
import { Notice } from '../../pages/Notice';
import { useSend } from './use-send';

export interface LifecycleWrites {
  readonly activate: () => Promise<Failure | null>;
  readonly extend: (end: string, reason: string) => Promise<Failure | null>;
  readonly close: (outcome: OutcomeWord, summary: string) => Promise<Failure | null>;
}

interface LifecycleControlsProps {
  readonly lifecycle: LifecycleWord;
  readonly outcome: OutcomeWord | null;
  readonly summary: string | null;
  /** The plan's current last day, which an extension must move later. */
  readonly end: string;
  readonly writes: LifecycleWrites;
}

type Open = 'none' | 'extend' | 'close';

const OUTCOMES: readonly { readonly value: OutcomeWord; readonly label: string }[] = [
  { value: 'met', label: 'Met' },
  { value: 'not-met', label: 'Not met' },
  { value: 'cancelled', label: 'Cancelled' },
];

/** The manager's lifecycle steps: only those the ledger would accept from here are offered. */
export function LifecycleControls({ lifecycle, outcome, summary, end, writes }: LifecycleControlsProps) {
  const steps = lifecycleSteps(lifecycle);
  const [open, setOpen] = useState<Open>('none');
  const [newEnd, setNewEnd] = useState('');
  const [reason, setReason] = useState('');
  const [chosen, setChosen] = useState<OutcomeWord | null>(null);
  const [closing, setClosing] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, failure, send } = useSend();

  function reset() {
    setOpen('none');
    setNewEnd('');
    setReason('');
    setChosen(null);
    setClosing('');
    setProblem(null);
  }

  function submitExtend() {
    const wrong =
      extendProblem(end, newEnd) ?? (reason.trim() === '' ? 'Say why the plan is extended.' : null);
    setProblem(wrong);
    if (wrong) return;
    void send(() => writes.extend(newEnd, reason.trim())).then((done) => done && reset());
  }

  function submitClose() {
    const wrong =
      chosen === null ? 'Choose the outcome.' : closing.trim() === '' ? 'Write a short summary.' : null;
    setProblem(wrong);
    if (wrong || chosen === null) return;
    void send(() => writes.close(chosen, closing.trim())).then((done) => done && reset());
  }

  return (
    <section className="card stack lifecycle-controls" aria-label="Lifecycle">
      <div className="row spread">
        <span className="small muted">Plan state</span>
        <LifecycleBadge lifecycle={lifecycle} outcome={outcome} />
      </div>
      {lifecycle === 'closed' && summary ? <p className="small user-text">{summary}</p> : null}
      {lifecycle === 'draft' ? (
        <p className="small muted">A draft: the rep sees it, and it counts once you activate it.</p>
      ) : null}
      {open === 'none' && (steps.activate || steps.extend || steps.close) ? (
        <div className="row wrap">
          {steps.activate ? (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void send(writes.activate)}
            >
              Activate
            </button>
          ) : null}
          {steps.extend ? (
            <button type="button" onClick={() => setOpen('extend')}>
              Extend…
            </button>
          ) : null}
          {steps.close ? (
            <button type="button" onClick={() => setOpen('close')}>
              Close…
            </button>
          ) : null}
        </div>
      ) : null}
      {open === 'extend' ? (
        <form
          className="stack"
          aria-label="Extend the plan"
          onSubmit={(event) => {
            event.preventDefault();
            submitExtend();
          }}
        >
          <label className="field">
            <span>New last day (now {formatDayDate(end)})</span>
            <input type="date" min={end} value={newEnd} onChange={(event) => setNewEnd(event.target.value)} />
          </label>
          <label className="field">
            <span>Reason</span>
            <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <div className="row">
            <button type="submit" className="primary" disabled={busy}>
              Extend the plan
            </button>
            <button type="button" onClick={reset}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {open === 'close' ? (
        <form
          className="stack"
          aria-label="Close the plan"
          onSubmit={(event) => {
            event.preventDefault();
            submitClose();
          }}
        >
          <fieldset className="plain-fieldset">
            <legend className="small muted">Outcome</legend>
            <div className="row">
              {OUTCOMES.map((choice) => (
                <label key={choice.value} className="row small">
                  <input
                    type="radio"
                    name="outcome"
                    value={choice.value}
                    checked={chosen === choice.value}
                    onChange={() => setChosen(choice.value)}
                  />
                  {choice.label}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="field">
            <span>Summary</span>
            <textarea rows={2} value={closing} onChange={(event) => setClosing(event.target.value)} />
          </label>
          <p className="small muted">Closing is final: nothing more can be added to this plan.</p>
          <div className="row">
            <button type="submit" className="primary" disabled={busy}>
              Close the plan
            </button>
            <button type="button" onClick={reset}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {problem ? (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <Notice failure={failure} />
    </section>
  );
}
