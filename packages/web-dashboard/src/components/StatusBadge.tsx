import type { Status } from '@onpace/core/pace';
import { STATUS_LOOK } from '@onpace/core/present';

/** A status as the icon, the word and the colour together. */
export function StatusBadge({ status }: { readonly status: Status }) {
  const look = STATUS_LOOK[status];
  return (
    <span className={`status status-${status}`}>
      <span className="status-icon" aria-hidden="true">
        {look.icon}
      </span>{' '}
      {look.word}
    </span>
  );
}
