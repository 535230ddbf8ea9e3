import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { OverlayActions } from '../actions';
import type { OverlayStore } from '../store';
import { OverlayApp } from '../ui/OverlayApp';

/** Stable hook for tests and users' automation (docs/architecture.md, rule 6). */
export const OVERLAY_TAG = 'onpace-overlay';

export interface MountedOverlay {
  /** Puts the host back at the end of <body> if the CRM removed it (a body re-render). */
  ensureAttached(): void;
}

/**
 * Mounts the one `<onpace-overlay>` host, its closed shadow root holding our styles only
 * (cssInjectionMode 'ui') and the React app. Closed, because the CRM page's own scripts (and
 * anything injected into them) must not read a rep's plan and notes: the host's `shadowRoot` is
 * null to them, and only this content script keeps a reference. Keyboard events stop at the
 * shadow root, so typing in our fields never triggers the CRM's shortcuts.
 */
export async function mountOverlayUi(
  ctx: ContentScriptContext,
  store: OverlayStore,
  actions: OverlayActions,
): Promise<MountedOverlay> {
  // A copy left by an earlier copy of this script (extension update) would make two.
  for (const stale of document.querySelectorAll(OVERLAY_TAG)) stale.remove();
  const ui = await createShadowRootUi<Root>(ctx, {
    name: OVERLAY_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'closed',
    isolateEvents: true,
    onMount: (container, _shadow, host) => {
      host.dataset.crm = store.getSnapshot().crm;
      const root = createRoot(container);
      root.render(<OverlayApp store={store} actions={actions} />);
      return root;
    },
    onRemove: (root) => root?.unmount(),
  });
  ui.mount();
  const host = ui.shadowHost;
  // Placement and data state are visible on the host (page DOM) for tests and the benchmark:
  // where the overlay sits and whether it has loaded, never anything of the plan.
  const reflect = () => {
    const { place, data } = store.getSnapshot();
    if (host.dataset.placement !== place.kind) host.dataset.placement = place.kind;
    if (host.dataset.state !== data.status) host.dataset.state = data.status;
  };
  reflect();
  const unsubscribe = store.subscribe(reflect);
  ctx.onInvalidated(unsubscribe);
  return {
    ensureAttached() {
      if (!host.isConnected) document.body.append(host);
    },
  };
}
