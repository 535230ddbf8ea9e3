import type { Status } from '@onpace/core/pace';
import { STATUS_LOOK } from '@onpace/core/present';

/** A status as icon + word + colour; `data-status` carries the word of docs/pace.md for tests. */
export function StatusBadge({ status }: { readonly status: Status }) {
  const look = STATUS_LOOK[status];
  return (
    <span className="status" data-status={status} style={{ color: look.color, borderColor: look.color }}>
      <span aria-hidden="true" className="status-icon">
        {look.icon}
      </span>{' '}
      {look.word}
    </span>
  );
}
