import { STATUS_LOOK } from '@onpace/core/present';
import type { StatusWord } from '../../messaging/overlay-protocol';

/** Icon + word + colour; the icon is decoration for screen readers, the word carries it. */
export function StatusLabel({ status }: { readonly status: StatusWord }) {
  const look = STATUS_LOOK[status];
  return (
    <span className="status" style={{ color: look.color }}>
      <span className="status-icon" aria-hidden="true">
        {look.icon}
      </span>
      {look.word}
    </span>
  );
}
