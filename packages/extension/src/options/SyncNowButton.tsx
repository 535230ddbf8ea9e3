import { useState } from 'react';
import type { Failure } from '../messaging/result';
import type { SyncNowSummary } from '../messaging/sync-views';
import { request } from '../pages/client';
import { Notice } from '../pages/Notice';
import { syncNowWords } from '../pages/sync-words';

/** "Sync now": both CRMs at once, then one line per CRM saying what happened. */
export function SyncNowButton({ onChanged }: { readonly onChanged: () => void }) {
  const [running, setRunning] = useState(false);
  const [summary, setSummary] = useState<SyncNowSummary | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function syncNow() {
    setRunning(true);
    setFailure(null);
    const response = await request({ type: 'sync/now' });
    setRunning(false);
    setSummary(response.ok ? response.summary : null);
    setFailure(response.ok ? null : response);
    onChanged();
  }

  return (
    <div className="connection stack sync-now">
      <div className="row">
        <button type="button" disabled={running} onClick={() => void syncNow()}>
          {running ? 'Syncing…' : 'Sync now'}
        </button>
        <span className="small muted">Salesforce and HubSpot, for the plans this browser syncs.</span>
      </div>
      {summary === null ? null : (
        <ul className="plain small" aria-label="Sync result">
          {summary.sources.map((result) => (
            <li
              key={result.source}
              data-source={result.source}
              data-outcome={result.outcome}
              className={result.ok ? '' : 'attention'}
            >
              {syncNowWords(result)}
            </li>
          ))}
        </ul>
      )}
      <Notice failure={failure} />
    </div>
  );
}
