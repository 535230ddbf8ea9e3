import { formatInstant } from '@onpace/core/present';
import { useState } from 'react';
import type { Failure } from '../messaging/result';
import { request } from '../pages/client';
import { Notice } from '../pages/Notice';
import type { BridgeAsker, Settings } from '../storage/settings-schema';

/**
 * Which web pages may read OnPace's data through the extension bridge (the local dashboard by
 * default), and which pages asked lately, answered or refused.
 */
export function DashboardAccessSection({
  settings,
  askers,
  onChanged,
}: {
  readonly settings: Settings;
  readonly askers: readonly BridgeAsker[];
  readonly onChanged: () => void;
}) {
  const [adding, setAdding] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);

  async function saveOrigins(allowedOrigins: string[]) {
    const response = await request({ type: 'settings/save', patch: { allowedOrigins } });
    setFailure(response.ok ? null : response);
    if (response.ok) setAdding('');
    onChanged();
  }

  return (
    <section aria-labelledby="dashboard-heading" className="card stack">
      <h2 id="dashboard-heading">Dashboard access</h2>
      <p className="small muted">
        The OnPace dashboard can read your plans, daily totals, shared notes and check-ins from this browser.
        Never raw activity, private notes or CRM sign-ins. Only these addresses may ask:
      </p>
      <ul className="plain origins" aria-label="Allowed addresses">
        {settings.allowedOrigins.length === 0 ? (
          <li className="muted small">None: the dashboard cannot read anything.</li>
        ) : null}
        {settings.allowedOrigins.map((origin) => (
          <li key={origin} className="row spread">
            <code>{origin}</code>
            <button
              type="button"
              className="link"
              aria-label={`Remove ${origin}`}
              onClick={() =>
                void saveOrigins(settings.allowedOrigins.filter((candidate) => candidate !== origin))
              }
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          void saveOrigins([...settings.allowedOrigins, adding.trim()]);
        }}
      >
        <label className="field grow">
          <span>Allow another address</span>
          <input
            type="text"
            value={adding}
            placeholder="http://localhost:*"
            onChange={(event) => setAdding(event.target.value)}
          />
        </label>
        <button type="submit" disabled={adding.trim() === ''}>
          Allow
        </button>
      </form>
      <Notice failure={failure} />
      <h3>Recent requests</h3>
      {askers.length === 0 ? (
        <p className="small muted">No page has asked yet.</p>
      ) : (
        <table className="askers">
          <thead>
            <tr>
              <th scope="col">Address</th>
              <th scope="col">Last asked</th>
              <th scope="col">Times</th>
              <th scope="col">Answer</th>
            </tr>
          </thead>
          <tbody>
            {askers.map((asker) => (
              <tr key={asker.origin}>
                <td>
                  <code>{asker.origin}</code>
                </td>
                <td>{formatInstant(asker.lastAskedAt)}</td>
                <td className="figures">{asker.count}</td>
                <td>{asker.allowed ? 'answered' : 'refused'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
