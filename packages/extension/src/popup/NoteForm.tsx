import type { LinkedRecord, NoteTag } from '@onpace/core/schemas';
import { useEffect, useState } from 'react';
import type { Failure, FieldProblem } from '../messaging/result';
import type { NoteView } from '../messaging/views';
import { request } from '../pages/client';
import { FieldProblems, problemsAt } from '../pages/FieldProblems';
import { Notice } from '../pages/Notice';

const TAGS: readonly { readonly value: NoteTag; readonly label: string }[] = [
  { value: 'prospecting', label: 'Prospecting' },
  { value: 'pipeline', label: 'Pipeline' },
  { value: 'skills', label: 'Skills' },
  { value: 'other', label: 'Other' },
];

interface NoteFormProps {
  readonly planId: string;
  readonly currentRecord: LinkedRecord | null;
  /** The note being edited, or null for a new one. */
  readonly editing: NoteView | null;
  readonly onDone: () => void;
}

export function NoteForm({ planId, currentRecord, editing, onDone }: NoteFormProps) {
  const [text, setText] = useState('');
  const [tag, setTag] = useState<NoteTag>('other');
  const [visibility, setVisibility] = useState<'shared' | 'private'>('shared');
  // "Link to the record open in this tab" is ticked by default when a record is known.
  const [linkRecord, setLinkRecord] = useState(true);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    setText(editing?.text ?? '');
    setTag(editing?.tag ?? 'other');
    setVisibility(editing?.visibility ?? 'shared');
    setLinkRecord(editing ? editing.record !== undefined : true);
    setFailure(null);
  }, [editing]);

  const record = editing?.record ?? currentRecord;
  const problems: readonly FieldProblem[] = failure?.problems ?? [];
  const textProblems = problemsAt(problems, 'text');

  async function save() {
    const response = editing
      ? await request({ type: 'notes/edit', planId, noteId: editing.id, as: editing.authorRole, text })
      : await request({
          type: 'notes/add',
          planId,
          as: 'manager',
          text,
          tag,
          visibility,
          record: linkRecord && record ? record : null,
        });
    if (!response.ok) {
      setFailure(response);
      setSaved(null);
      return;
    }
    setFailure(null);
    setSaved(editing ? 'Note updated.' : 'Note saved.');
    setText('');
    onDone();
  }

  return (
    <form
      className="card stack note-form"
      aria-label={editing ? 'Edit coaching note' : 'New coaching note'}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2>{editing ? 'Edit note' : 'Coaching note'}</h2>
      <label className="field">
        <span>Note</span>
        <textarea
          rows={3}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={textProblems.length > 0}
          aria-describedby="note-text-problem"
        />
        <FieldProblems id="note-text-problem" problems={textProblems} />
      </label>
      <div className="row wrap">
        <label className="row">
          <span className="small">Tag</span>
          <select value={tag} onChange={(event) => setTag(event.target.value as NoteTag)}>
            {TAGS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="row plain-fieldset">
          <legend className="visually-hidden">Who can see it</legend>
          <label className="row">
            <input
              type="radio"
              name="visibility"
              checked={visibility === 'shared'}
              onChange={() => setVisibility('shared')}
            />
            Shared with rep
          </label>
          <label className="row">
            <input
              type="radio"
              name="visibility"
              checked={visibility === 'private'}
              onChange={() => setVisibility('private')}
            />
            Private
          </label>
        </fieldset>
      </div>
      {record ? (
        <label className="row small">
          <input
            type="checkbox"
            checked={linkRecord}
            onChange={(event) => setLinkRecord(event.target.checked)}
          />
          Link to {editing?.record ? 'the record' : 'the record open in this tab'}:{' '}
          {record.name ?? `${record.objectType} ${record.id}`}
        </label>
      ) : null}
      <div className="row">
        <button type="submit" className="primary">
          {editing ? 'Save changes' : 'Save note'}
        </button>
        {editing ? (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
      {/* Problems already shown beside their field are not repeated here. */}
      <Notice
        message={saved}
        failure={problems.length > 0 && textProblems.length === problems.length ? null : failure}
      />
    </form>
  );
}
