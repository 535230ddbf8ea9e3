import type { StatusWord } from '../messaging/overlay-protocol';
import { STATUS_STYLES } from './status-style';

/** A status as icon + word + colour; `data-status` carries the word of docs/pace.md for tests. */
export function StatusBadge({ status }: { readonly status: StatusWord }) {
  const style = STATUS_STYLES[status];
  return (
    <span className="status" data-status={status} style={{ color: style.color, borderColor: style.color }}>
      <span aria-hidden="true" className="status-icon">
        {style.icon}
      </span>{' '}
      {style.word}
    </span>
  );
}
