import { useState } from 'react';
import type { Failure } from '../messaging/result';
import { request } from '../pages/client';
import { FieldProblems, problemsAt } from '../pages/FieldProblems';
import { Notice } from '../pages/Notice';
import { todayCivil } from '../pages/today';

interface CheckInFormProps {
  readonly planId: string;
  readonly onDone: () => void;
}

interface ActionItemDraft {
  readonly text: string;
  /** `YYYY-MM-DD`, or empty for no due date. */
  readonly due: string;
}

const NO_ITEM: ActionItemDraft = { text: '', due: '' };

/**
 * The manager holds a check-in: date, the one open question, action items with due dates. The
 * background freezes today's pace with it; the rep answers in their own popup. A held check-in
 * is part of the plan's record and is not edited afterwards.
 */
export function CheckInForm({ planId, onDone }: CheckInFormProps) {
  const [date, setDate] = useState(todayCivil());
  const [question, setQuestion] = useState('');
  const [items, setItems] = useState<ActionItemDraft[]>([{ ...NO_ITEM }]);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const problems = failure?.problems ?? [];
  const at = (path: string) => problemsAt(problems, path);
  const updateItem = (index: number, change: Partial<ActionItemDraft>) =>
    setItems((current) =>
      current.map((item, position) => (position === index ? { ...item, ...change } : item)),
    );

  async function save() {
    const response = await request({
      type: 'checkins/hold',
      planId,
      date,
      question,
      actions: items.map((item) => ({ text: item.text, ...(item.due === '' ? {} : { due: item.due }) })),
    });
    if (!response.ok) {
      setFailure(response);
      setSaved(null);
      return;
    }
    setFailure(null);
    setSaved('Check-in saved with today’s pace.');
    setQuestion('');
    setItems([{ ...NO_ITEM }]);
    onDone();
  }

  return (
    <form
      className="card stack checkin-form"
      aria-label="New check-in"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2>Check-in</h2>
      <label className="field">
        <span>Date</span>
        <input
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          aria-invalid={at('date').length > 0}
        />
        <FieldProblems id="checkin-date-problem" problems={at('date')} />
      </label>
      <label className="field">
        <span>The open question</span>
        <input
          type="text"
          value={question}
          placeholder="What would make next week easier?"
          onChange={(event) => setQuestion(event.target.value)}
          aria-invalid={at('question').length > 0}
          aria-describedby="checkin-question-problem"
        />
        <FieldProblems id="checkin-question-problem" problems={at('question')} />
      </label>
      <fieldset className="plain-fieldset stack">
        <legend className="small muted">Action items</legend>
        {items.map((item, index) => (
          // Items have no stable id until saved; their position is their identity here.
          <div key={index} className="action-item">
            <div className="row">
              <input
                type="text"
                aria-label={`Action item ${index + 1}`}
                value={item.text}
                onChange={(event) => updateItem(index, { text: event.target.value })}
                aria-invalid={at(`actions[${index}].text`).length > 0}
              />
              <input
                type="date"
                aria-label={`Action item ${index + 1} due date`}
                value={item.due}
                onChange={(event) => updateItem(index, { due: event.target.value })}
                aria-invalid={at(`actions[${index}].due`).length > 0}
              />
              <button
                type="button"
                className="link"
                aria-label={`Remove action item ${index + 1}`}
                onClick={() => setItems((current) => current.filter((_item, position) => position !== index))}
              >
                ✕
              </button>
            </div>
            <FieldProblems id={`checkin-item-${index}-problem`} problems={at(`actions[${index}]`)} />
          </div>
        ))}
        <button
          type="button"
          className="link"
          onClick={() => setItems((current) => [...current, { ...NO_ITEM }])}
        >
          + Add action item
        </button>
      </fieldset>
      <div className="row">
        <button type="submit" className="primary">
          Save check-in
        </button>
      </div>
      <Notice message={saved} failure={problems.length > 0 ? null : failure} />
    </form>
  );
}
