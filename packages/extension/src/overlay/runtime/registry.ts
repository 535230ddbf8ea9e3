import type { CrmPage } from '../../crm-adapters/types';
import type { FeatureEnv, OverlayFeature } from './feature';
import { runIsolated } from './isolate';

/** The features of one content script, registered explicitly (never on import). */
export class FeatureRegistry {
  readonly #features: OverlayFeature[] = [];

  register(...features: readonly OverlayFeature[]): this {
    for (const feature of features) {
      if (this.#features.some((known) => known.id === feature.id)) {
        throw new Error(`overlay feature "${feature.id}" is registered twice`);
      }
      this.#features.push(feature);
    }
    return this;
  }

  get ids(): readonly string[] {
    return this.#features.map((feature) => feature.id);
  }

  /** Starts every feature of `lifetime` that runs on `env.page`, each isolated; resolves when all settled. */
  async run(lifetime: OverlayFeature['lifetime'], env: FeatureEnv): Promise<void> {
    const selected = this.#features.filter(
      (feature) => feature.lifetime === lifetime && runsOn(feature, env.page),
    );
    await Promise.all(
      selected.map((feature) => runIsolated(feature.id, env.signal, () => feature.init(env))),
    );
  }
}

function runsOn(feature: OverlayFeature, page: CrmPage): boolean {
  return feature.include ? feature.include(page) : true;
}
