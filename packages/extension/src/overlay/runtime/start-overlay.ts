import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CrmAdapter, CrmPage } from '../../crm-adapters/types';
import { createOverlayActions } from '../actions';
import { createBackgroundClient } from '../client/background-client';
import { OVERLAY_FEATURES } from '../features';
import { createOverlayStore } from '../store';
import type { FeatureEnv, OverlayFeature } from './feature';
import { mountOverlayUi } from './mount-ui';
import { FeatureRegistry } from './registry';

function samePage(a: CrmPage, b: CrmPage): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The content script's whole job: one overlay, its features started once, and its page
 * features restarted with a fresh AbortSignal after each SPA navigation (`wxt:locationchange`).
 * Nothing here throws into the CRM page.
 */
export async function startOverlay(
  ctx: ContentScriptContext,
  adapter: CrmAdapter,
  features: readonly OverlayFeature[] = OVERLAY_FEATURES,
): Promise<void> {
  try {
    const registry = new FeatureRegistry().register(...features);
    let url = new URL(location.href);
    const store = createOverlayStore(adapter.crm, adapter.detectPage(url));
    const client = createBackgroundClient();
    const mounted = await mountOverlayUi(ctx, store, createOverlayActions(store, client));
    const env = (signal: AbortSignal): FeatureEnv => ({
      signal,
      page: store.getSnapshot().page,
      url,
      document,
      adapter,
      store,
      client,
      isInvalid: () => ctx.isInvalid,
    });
    void registry.run('script', env(ctx.signal));

    let pageController = new AbortController();
    const runPageFeatures = () => {
      pageController.abort();
      pageController = new AbortController();
      void registry.run('page', env(AbortSignal.any([ctx.signal, pageController.signal])));
    };
    runPageFeatures();

    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      // The Navigation API reports before location.href changes: trust the event's URL.
      url = new URL(event.newUrl.href);
      mounted.ensureAttached();
      const page = adapter.detectPage(url);
      if (samePage(page, store.getSnapshot().page)) return;
      store.update({ page });
      runPageFeatures();
    });
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.warn(`[OnPace] the overlay could not start: ${reason}`);
  }
}
