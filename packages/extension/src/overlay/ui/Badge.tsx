import { STATUS_LOOK } from '@onpace/core/present';
import type { ForwardedRef, PointerEvent as ReactPointerEvent } from 'react';
import type { StatusWord } from '../../messaging/overlay-protocol';

export interface BadgeContent {
  /** Null in discreet mode, while loading, or without data: a neutral icon only. */
  readonly status: StatusWord | null;
  /** "32/50 calls"; null shows no figure. */
  readonly figure: string | null;
  /** What a screen reader hears. */
  readonly label: string;
}

interface BadgeProps {
  readonly content: BadgeContent;
  readonly open: boolean;
  readonly panelId: string;
  readonly style: { readonly right: number; readonly bottom: number };
  readonly dragging: boolean;
  readonly onClick: () => void;
  readonly handlers: {
    onPointerDown(event: ReactPointerEvent<HTMLElement>): void;
    onPointerMove(event: ReactPointerEvent<HTMLElement>): void;
    onPointerUp(event: ReactPointerEvent<HTMLElement>): void;
    onPointerCancel(event: ReactPointerEvent<HTMLElement>): void;
  };
  readonly buttonRef: ForwardedRef<HTMLButtonElement>;
}

/** The collapsed overlay: status icon and one figure, or a neutral icon; drag to move it. */
export function Badge({ content, open, panelId, style, dragging, onClick, handlers, buttonRef }: BadgeProps) {
  const look = content.status ? STATUS_LOOK[content.status] : null;
  return (
    <button
      ref={buttonRef}
      type="button"
      className={`badge${dragging ? ' dragging' : ''}`}
      data-testid="onpace-badge"
      data-status={content.status ?? undefined}
      aria-expanded={open}
      aria-controls={panelId}
      aria-label={content.label}
      title="OnPace (drag to move)"
      style={{ right: style.right, bottom: style.bottom }}
      onClick={onClick}
      {...handlers}
    >
      {look ? (
        <span className="badge-icon" style={{ color: look.color }} aria-hidden="true">
          {look.icon}
        </span>
      ) : (
        <span className="badge-icon neutral" aria-hidden="true">
          {'\u25ce'}
        </span>
      )}
      {content.figure !== null && <span className="num">{content.figure}</span>}
    </button>
  );
}
