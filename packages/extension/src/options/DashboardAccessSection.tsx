import { formatInstant } from '@onpace/core/present';
import { useEffect, useState } from 'react';
import { storage } from 'wxt/utils/storage';
import type { Failure } from '../messaging/result';
import { request } from '../pages/client';
import { Notice } from '../pages/Notice';
import {
  BRIDGE_NEVER_READS,
  BRIDGE_READS,
  type BridgeAsker,
  type Settings,
} from '../storage/settings-schema';

/**
 * Which web pages may read OnPace's data through the extension bridge. None may until the user
 * approves one: a page (the OnPace dashboard) asks, is refused, and appears here under "Waiting
 * for your approval" with what it would read; the user approves that exact address, and can
 * revoke it at any time.
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
  const [failure, setFailure] = useState<Failure | null>(null);
  const approved = settings.allowedOrigins;
  const waiting = askers.filter((asker) => !approved.includes(asker.origin));

  // A page that asks while this page is open shows up at once, ready to approve.
  useEffect(() => storage.watch('local:bridgeAskers', () => onChanged()), [onChanged]);

  async function saveOrigins(allowedOrigins: string[]) {
    const response = await request({ type: 'settings/save', patch: { allowedOrigins } });
    setFailure(response.ok ? null : response);
    onChanged();
  }

  return (
    <section aria-labelledby="dashboard-heading" className="card stack">
      <h2 id="dashboard-heading">Dashboard access</h2>
      <p className="small muted">
        A web page you approve here (the OnPace dashboard) can read {BRIDGE_READS} from this browser. Never{' '}
        {BRIDGE_NEVER_READS}. No page can read anything until you approve its exact address.
      </p>
      <h3>Approved addresses</h3>
      <ul className="plain origins" aria-label="Approved addresses">
        {approved.length === 0 ? <li className="muted small">None: no page can read anything.</li> : null}
        {approved.map((origin) => (
          <li key={origin} className="row spread">
            <code>{origin}</code>
            <button
              type="button"
              className="link"
              aria-label={`Revoke ${origin}`}
              onClick={() => void saveOrigins(approved.filter((candidate) => candidate !== origin))}
            >
              Revoke
            </button>
          </li>
        ))}
      </ul>
      <h3>Waiting for your approval</h3>
      {waiting.length === 0 ? (
        <p className="small muted">No page is asking. Open the dashboard and it will ask here.</p>
      ) : (
        <ul className="plain origins" aria-label="Waiting for your approval">
          {waiting.map((asker) => (
            <li key={asker.origin} className="stack">
              <p className="small">
                <code>{asker.origin}</code> asked to read {BRIDGE_READS} ({asker.count}{' '}
                {asker.count === 1 ? 'time' : 'times'}, last {formatInstant(asker.lastAskedAt)}). Approve it
                only if it is your OnPace dashboard.
              </p>
              <div className="row">
                <button
                  type="button"
                  aria-label={`Approve ${asker.origin}`}
                  onClick={() => void saveOrigins([...approved, asker.origin])}
                >
                  Approve
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
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
