import { type PointerEvent as ReactPointerEvent, useRef, useState } from 'react';
import type { BadgeOffset } from '../store';

/** Movement under this many pixels is a click, not a drag. */
const DRAG_THRESHOLD = 4;

interface DragState {
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  readonly from: BadgeOffset;
  moved: boolean;
}

/**
 * Dragging the badge with a pointer. While dragging, the offset lives here (no storage write
 * per frame); on release it is committed once. A drag does not also count as a click.
 */
export function useDrag(
  offset: BadgeOffset,
  clamp: (offset: BadgeOffset) => BadgeOffset,
  commit: (offset: BadgeOffset) => void,
) {
  const drag = useRef<DragState | null>(null);
  const suppressClick = useRef(false);
  const [live, setLive] = useState<BadgeOffset | null>(null);

  const onPointerDown = (event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    // Captured at once: a fast drag leaves the small badge before the threshold is reached.
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = {
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      from: offset,
      moved: false,
    };
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLElement>) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    const dx = event.clientX - current.startX;
    const dy = event.clientY - current.startY;
    if (!current.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    current.moved = true;
    setLive(clamp({ right: current.from.right - dx, bottom: current.from.bottom - dy }));
  };
  const onPointerUp = (event: ReactPointerEvent<HTMLElement>) => {
    const current = drag.current;
    drag.current = null;
    if (!current?.moved) return;
    suppressClick.current = true;
    const dx = event.clientX - current.startX;
    const dy = event.clientY - current.startY;
    setLive(null);
    commit(clamp({ right: current.from.right - dx, bottom: current.from.bottom - dy }));
  };
  /** Call first in the click handler: true when the click ends a drag and must be ignored. */
  const consumeDragClick = () => {
    const suppressed = suppressClick.current;
    suppressClick.current = false;
    return suppressed;
  };
  return {
    offset: live ?? offset,
    dragging: live !== null,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp },
    consumeDragClick,
  };
}
