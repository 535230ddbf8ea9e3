import type { SyncStatusView } from '../messaging/sync-views';
import { HubSpotConnection } from './HubSpotConnection';
import { SalesforceConnection } from './SalesforceConnection';
import { SyncNowButton } from './SyncNowButton';

/** The CRMs OnPace syncs from: Salesforce through the browser's login, HubSpot through a token. */
export function ConnectionsSection({
  status,
  onChanged,
}: {
  readonly status: SyncStatusView;
  readonly onChanged: () => void;
}) {
  return (
    <section aria-labelledby="connections-heading" className="card stack connections">
      <h2 id="connections-heading">Connections</h2>
      <p className="small muted">
        OnPace counts your calls, emails, meetings and deals from your CRM every 10 minutes while it is open
        in a tab. Sign-ins stay in this browser: never exported, and sent only to the CRM they belong to.
      </p>
      <SalesforceConnection status={status.salesforce} />
      <HubSpotConnection status={status.hubspot} onChanged={onChanged} />
      <SyncNowButton onChanged={onChanged} />
    </section>
  );
}
