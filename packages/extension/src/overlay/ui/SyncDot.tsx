import type { SyncSummary } from '../../messaging/overlay-protocol';

const TEXT: Readonly<Record<SyncSummary['state'], string>> = {
  off: 'CRM sync is off: figures come from manual logs',
  ok: 'CRM sync is up to date',
  syncing: 'Syncing with the CRM',
  attention: 'CRM sync needs attention',
};

/**
 * A small dot; amber with a tooltip saying what to do when sync needs the rep (docs/ux.md).
 * It takes focus when it has something to say, so the tooltip is not for mouse users only.
 */
export function SyncDot({ sync }: { readonly sync: SyncSummary }) {
  const text = sync.state === 'attention' && sync.message ? sync.message : TEXT[sync.state];
  const attention = sync.state === 'attention';
  return (
    <span
      className={`sync-dot sync-${sync.state}`}
      data-sync={sync.state}
      data-tip={text}
      role="img"
      aria-label={text}
      tabIndex={attention ? 0 : undefined}
    />
  );
}
