import type { CheckIn } from '@onpace/core/schemas';
import { useEffect, useState } from 'react';
import type { ActionItemDraft } from '../messaging/drafts';
import type { Failure } from '../messaging/result';
import { request } from '../pages/client';
import { FieldProblems, problemsAt } from '../pages/FieldProblems';
import { Notice } from '../pages/Notice';
import { todayCivil } from '../pages/today';

interface CheckInFormProps {
  readonly planId: string;
  readonly editing: CheckIn | null;
  readonly onDone: () => void;
}

const NO_ITEM: ActionItemDraft = { text: '', due: '', done: false };

function itemsOf(checkIn: CheckIn | null): ActionItemDraft[] {
  if (!checkIn || checkIn.actionItems.length === 0) return [{ ...NO_ITEM }];
  return checkIn.actionItems.map((item) => ({
    id: item.id,
    text: item.text,
    due: item.due ?? '',
    done: item.done,
  }));
}

/** A check-in: date, the one open question, the rep's answer, action items with due dates. */
export function CheckInForm({ planId, editing, onDone }: CheckInFormProps) {
  const [date, setDate] = useState(todayCivil());
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');
  const [items, setItems] = useState<ActionItemDraft[]>([{ ...NO_ITEM }]);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    setDate(editing?.date ?? todayCivil());
    setQuestion(editing?.question ?? '');
    setAnswer(editing?.answer ?? '');
    setItems(itemsOf(editing));
    setFailure(null);
  }, [editing]);

  const problems = failure?.problems ?? [];
  const at = (path: string) => problemsAt(problems, path);
  const updateItem = (index: number, change: Partial<ActionItemDraft>) =>
    setItems((current) =>
      current.map((item, position) => (position === index ? { ...item, ...change } : item)),
    );

  async function save() {
    const response = await request({
      type: 'checkins/save',
      checkIn: { ...(editing ? { id: editing.id } : {}), planId, date, question, answer, actionItems: items },
    });
    if (!response.ok) {
      setFailure(response);
      setSaved(null);
      return;
    }
    setFailure(null);
    setSaved(editing ? 'Check-in updated.' : 'Check-in saved with today’s pace.');
    setQuestion('');
    setAnswer('');
    setItems([{ ...NO_ITEM }]);
    onDone();
  }

  return (
    <form
      className="card stack checkin-form"
      aria-label={editing ? 'Edit check-in' : 'New check-in'}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2>{editing ? 'Edit check-in' : 'Check-in'}</h2>
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
      <label className="field">
        <span>The rep’s answer</span>
        <textarea rows={2} value={answer} onChange={(event) => setAnswer(event.target.value)} />
        <FieldProblems id="checkin-answer-problem" problems={at('answer')} />
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
                aria-invalid={at(`actionItems[${index}].text`).length > 0}
              />
              <input
                type="date"
                aria-label={`Action item ${index + 1} due date`}
                value={item.due}
                onChange={(event) => updateItem(index, { due: event.target.value })}
                aria-invalid={at(`actionItems[${index}].due`).length > 0}
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
            <FieldProblems id={`checkin-item-${index}-problem`} problems={at(`actionItems[${index}]`)} />
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
          {editing ? 'Save changes' : 'Save check-in'}
        </button>
        {editing ? (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
      <Notice message={saved} failure={problems.length > 0 ? null : failure} />
    </form>
  );
}
