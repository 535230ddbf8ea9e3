import { useState } from 'react';

/** A destructive action in two steps, inline: no modal dialog over a small popup. */
export function ConfirmButton({
  label,
  confirmLabel,
  onConfirm,
}: {
  readonly label: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="link" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="row">
      <button type="button" className="link danger-text" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" className="link" onClick={() => setAsking(false)}>
        Keep
      </button>
    </span>
  );
}
