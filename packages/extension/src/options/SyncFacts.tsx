import type { SourceStatus } from '../messaging/sync-views';
import { apiUsageWords, lastSyncedWords } from '../pages/sync-words';

/** One CRM's sync as facts: when it last synced, a fault to act on (amber, in words), API usage. */
export function SyncFacts({ status }: { readonly status: SourceStatus }) {
  const usage = apiUsageWords(status.source, status.apiUsage);
  return (
    <div className="sync-facts stack" data-sync-state={status.state}>
      <p className="small muted">
        {lastSyncedWords(status)}
        {usage === null ? null : <span className="figures"> · {usage}</span>}
      </p>
      {status.fault === null ? null : (
        <p className="small attention" role="status">
          <span aria-hidden="true">! </span>
          {status.fault.message}
        </p>
      )}
      {status.notice === null ? null : <p className="small muted">{status.notice}</p>}
    </div>
  );
}
