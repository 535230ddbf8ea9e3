import { useEffect, useRef, useState } from 'react';
import type { OverlayState } from '../../messaging/overlay-protocol';
import { statusChanges } from './announcements';

/**
 * The text of the polite live region: status changes between two states. Quiet in discreet
 * mode while the panel is closed (the rep chose not to have figures out loud).
 */
export function useAnnouncement(state: OverlayState | null, open: boolean): string {
  const previous = useRef<OverlayState | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    if (!state) return;
    const change = statusChanges(previous.current, state);
    previous.current = state;
    if (change && (open || !state.settings.discreet)) setText(change);
  }, [state, open]);
  return text;
}
