import type { SalesforceSessionView, SyncStatusView } from '../messaging/sync-views';
import { request } from '../pages/client';
import { Notice } from '../pages/Notice';
import { type Loaded, useLoaded } from '../pages/use-loaded';
import { SyncFacts } from './SyncFacts';

function SessionWords({ check }: { readonly check: Loaded<SalesforceSessionView> }) {
  if (check.state === 'loading') return 'Checking…';
  if (check.state === 'failed') return <Notice failure={check.failure} />;
  return check.value.sessionAvailable
    ? '✓ Signed in — OnPace syncs with your Salesforce login in this browser.'
    : 'Not signed in — log in to Salesforce in a tab, then OnPace syncs.';
}

/**
 * Salesforce needs nothing typed: OnPace uses the browser's own Salesforce login. This shows the
 * org seen last and whether a session is there (asked of the background, which reports presence
 * only), with the sync's facts.
 */
export function SalesforceConnection({ status }: { readonly status: SyncStatusView['salesforce'] }) {
  // Asked again whenever the page reloads its status (after "sync now", after deleting data).
  const [check] = useLoaded(async () => {
    const response = await request({ type: 'connections/salesforce' });
    return response.ok ? response.salesforce : response;
  }, [status]);
  const apiHost = check.state === 'ready' ? (check.value.apiHost ?? status.apiHost) : status.apiHost;
  return (
    <div className="connection stack" data-connection="salesforce">
      <h3>Salesforce</h3>
      <dl className="facts">
        <dt>Org</dt>
        <dd>
          {apiHost === null ? 'None seen yet — open Salesforce Lightning in a tab.' : <code>{apiHost}</code>}
        </dd>
        {/* A session belongs to an org: with none seen there is nothing to check yet. */}
        {apiHost === null ? null : (
          <>
            <dt>Session</dt>
            <dd data-session={check.state === 'ready' ? String(check.value.sessionAvailable) : check.state}>
              <SessionWords check={check} />
            </dd>
          </>
        )}
      </dl>
      <SyncFacts status={status} />
    </div>
  );
}
