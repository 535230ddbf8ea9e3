import type { CrmAdapter, CrmPage } from '../../crm-adapters/types';
import type { BackgroundClient } from '../client/background-client';
import type { OverlayStore } from '../store';

/** What a feature's init receives. */
export interface FeatureEnv {
  /** Aborted on SPA navigation (`page` features) or when the content script dies (`script` features). */
  readonly signal: AbortSignal;
  readonly page: CrmPage;
  readonly url: URL;
  readonly document: Document;
  readonly adapter: CrmAdapter;
  readonly store: OverlayStore;
  readonly client: BackgroundClient;
  /** True once the extension was reloaded or removed: stop talking to it. */
  readonly isInvalid: () => boolean;
}

/**
 * One overlay feature (refined-github's shape). A definition only: importing a feature file
 * runs nothing; `features/index.ts` lists them and the runtime registers that list.
 */
export interface OverlayFeature {
  /** Names the feature in error reports; unique. */
  readonly id: string;
  /** `script`: runs once for the content script's life. `page`: again after each SPA navigation. */
  readonly lifetime: 'script' | 'page';
  /** The pages it runs on; every page of the CRM when absent. */
  readonly include?: (page: CrmPage) => boolean;
  init(env: FeatureEnv): void | Promise<void>;
}
