import { useEffect, useState } from 'react';
import { DELETE_ALL_CONFIRMATION } from '../messaging/protocol';
import type { Failure } from '../messaging/result';
import { request } from '../pages/client';
import { Notice } from '../pages/Notice';
import type { Settings } from '../storage/settings-schema';

/** Discreet mode, the neutral label, and deleting everything (with a typed confirmation). */
export function PrivacySection({
  settings,
  onChanged,
}: {
  readonly settings: Settings;
  readonly onChanged: () => void;
}) {
  const [label, setLabel] = useState(settings.neutralLabel);
  // Shown at once; the stored value follows (and wins) when the page reloads its settings.
  const [discreet, setDiscreet] = useState(settings.discreet);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');

  useEffect(() => setLabel(settings.neutralLabel), [settings.neutralLabel]);
  useEffect(() => setDiscreet(settings.discreet), [settings.discreet]);

  async function save(patch: { discreet?: boolean; neutralLabel?: string }) {
    const response = await request({ type: 'settings/save', patch });
    setFailure(response.ok ? null : response);
    setMessage(response.ok ? 'Saved.' : null);
    onChanged();
  }

  async function deleteAll() {
    const response = await request({ type: 'data/delete-all', confirm: DELETE_ALL_CONFIRMATION });
    setFailure(response.ok ? null : response);
    setMessage(response.ok ? 'All OnPace data in this browser was deleted.' : null);
    setConfirming(false);
    setTyped('');
    onChanged();
  }

  return (
    <section aria-labelledby="privacy-heading" className="card stack">
      <h2 id="privacy-heading">Privacy</h2>
      <label className="row">
        <input
          type="checkbox"
          checked={discreet}
          onChange={(event) => {
            setDiscreet(event.target.checked);
            void save({ discreet: event.target.checked });
          }}
        />
        Discreet mode: on CRM pages, show a neutral badge and figures only when I open the panel
      </label>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void save({ neutralLabel: label });
        }}
      >
        <label className="field grow">
          <span>Neutral label (shown instead of the plan’s own label)</span>
          <input
            type="text"
            value={label}
            maxLength={40}
            onChange={(event) => setLabel(event.target.value)}
          />
        </label>
        <button type="submit">Save label</button>
      </form>
      <div className="danger-zone stack">
        <h3>Delete all data</h3>
        <p className="small muted">
          Removes every plan, activity, note, check-in and setting OnPace keeps in this browser. Export what
          you want to keep first.
        </p>
        {confirming ? (
          <form
            className="stack"
            onSubmit={(event) => {
              event.preventDefault();
              if (typed === 'DELETE') void deleteAll();
            }}
          >
            <label className="field">
              <span>Type DELETE to confirm</span>
              <input
                type="text"
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                autoComplete="off"
              />
            </label>
            <div className="row">
              <button type="submit" className="danger" disabled={typed !== 'DELETE'}>
                Delete everything
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Keep my data
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Delete all data…
          </button>
        )}
      </div>
      <Notice message={message} failure={failure} />
    </section>
  );
}
