import { request } from '../pages/client';
import { popupSyncLine } from '../pages/sync-words';
import { useLoaded } from '../pages/use-loaded';

/**
 * One quiet line under the plan's day: when the CRMs last synced, or what to do about a fault
 * (amber words). Nothing at all when no CRM syncs here, or when the status cannot be read: the
 * plan's figures matter more than a sync line.
 */
export function SyncLine() {
  const [loaded] = useLoaded(async () => {
    const response = await request({ type: 'sync/status' });
    return response.ok ? response.status : response;
  }, []);
  if (loaded.state !== 'ready') return null;
  const line = popupSyncLine(loaded.value);
  if (line === null) return null;
  if (line.kind === 'ok') return <p className="small muted sync-line">{line.text}</p>;
  return (
    <div className="sync-line attention small" role="status" data-sync="attention">
      {line.messages.map((message) => (
        <p key={message}>
          <span aria-hidden="true">! </span>
          {message}
        </p>
      ))}
    </div>
  );
}
