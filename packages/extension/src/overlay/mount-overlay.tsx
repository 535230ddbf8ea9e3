import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Badge } from './Badge';
import './overlay.css';

/** Stable hook for tests and users' automation (docs/architecture.md). */
export const OVERLAY_TAG = 'onpace-overlay';

/**
 * Mounts the overlay in its own shadow root at the end of <body>. Failures are
 * logged, never thrown: a broken overlay must not break the CRM page.
 */
export async function mountOverlay(ctx: ContentScriptContext): Promise<void> {
  try {
    // WXT removes an old copy's overlay when a new copy of the script starts
    // (extension reload); this guard keeps a single overlay should two ever race.
    if (document.querySelector(OVERLAY_TAG)) return;
    const ui = await createShadowRootUi<Root>(ctx, {
      name: OVERLAY_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (container) => {
        const root = createRoot(container);
        root.render(<Badge />);
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    ui.mount();
  } catch (error) {
    console.warn('[OnPace] the overlay could not be shown', error);
  }
}
