import {
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useSyncExternalStore,
} from 'react';
import type { OverlayActions } from '../actions';
import type { BadgeOffset, OverlayStore } from '../store';
import { Badge } from './Badge';
import { badgeContent } from './badge-content';
import { createFormatters, type Formatters } from './figures';
import { clampOffset, panelBox } from './layout';
import { NoPlanHint } from './NoPlanHint';
import { Panel } from './Panel';
import { useAnnouncement } from './use-announcement';
import { useDrag } from './use-drag';
import { useViewport } from './use-viewport';

interface OverlayAppProps {
  readonly store: OverlayStore;
  readonly actions: OverlayActions;
  /** BCP 47; the browser's by default. */
  readonly locale?: string;
}

const FALLBACK_BADGE = { width: 120, height: 32 };

/** The whole overlay: badge, panel, hint, live region; styles from overlay.css in the shadow root. */
export function OverlayApp({ store, actions, locale = navigator.language }: OverlayAppProps) {
  const model = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const viewport = useViewport();
  const panelId = useId();
  const badgeRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const markedRead = useRef(new Set<string>());
  const { data, open, place, page } = model;
  const state = data.status === 'ready' ? data.state : null;

  const formatCache = useMemo(() => new Map<string, Formatters>(), []);
  const format = useCallback(
    (currency: string) => {
      let formatters = formatCache.get(currency);
      if (!formatters) {
        formatters = createFormatters(locale, currency);
        formatCache.set(currency, formatters);
      }
      return formatters;
    },
    [formatCache, locale],
  );

  const badgeSize = () => {
    const badge = badgeRef.current;
    return badge ? { width: badge.offsetWidth, height: badge.offsetHeight } : FALLBACK_BADGE;
  };
  const clamp = (offset: BadgeOffset) => clampOffset(offset, place.insets, viewport, badgeSize());
  const drag = useDrag(clamp(model.offset), clamp, actions.moveBadge);
  const position = {
    right: place.insets.right + drag.offset.right,
    bottom: place.insets.bottom + drag.offset.bottom,
  };

  // Opening moves focus into the panel, so Tab walks its controls next.
  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);

  // The newest note counts as read once the panel has shown it.
  const note = state?.latestNote;
  useEffect(() => {
    if (!open || !note?.unread || markedRead.current.has(note.id)) return;
    markedRead.current.add(note.id);
    void actions.markRead([note.id]);
  }, [open, note, actions]);

  const announcement = useAnnouncement(state, open);

  if (page.kind === 'other') return null;
  const discreet = state?.settings.discreet ?? false;
  const theme = `onpace theme-${model.crm}`;

  if (state && !state.plan) {
    // No plan: one quiet line, and in discreet mode nothing at all.
    return discreet ? null : (
      <div className={theme}>
        <NoPlanHint style={position} onOpenOptions={() => void actions.openOptions()} />
      </div>
    );
  }

  const close = () => {
    actions.setOpen(false);
    badgeRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the overlay closes it; the controls inside are buttons.
    <div className={theme} onKeyDown={onKeyDown} data-as-of={state?.asOf}>
      <Badge
        content={badgeContent(data, format)}
        open={open}
        panelId={panelId}
        style={position}
        dragging={drag.dragging}
        buttonRef={badgeRef}
        handlers={drag.handlers}
        onClick={() => {
          if (!drag.consumeDragClick()) actions.toggle();
        }}
      />
      {open && (
        <Panel
          id={panelId}
          state={state}
          box={panelBox(drag.offset, place.insets, viewport, badgeSize())}
          format={format}
          locale={locale}
          actions={actions}
          headingRef={headingRef}
          onClose={close}
        />
      )}
      <div className="sr-only" aria-live="polite" data-testid="onpace-announcer">
        {announcement}
      </div>
    </div>
  );
}
