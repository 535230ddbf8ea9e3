import { SelectorError } from '../../crm-adapters/selector-error';
import { type ChromeInsets, NO_INSETS, type OverlayPlace } from '../../crm-adapters/types';
import type { FeatureEnv, OverlayFeature } from '../runtime/feature';
import { waitFor } from '../runtime/wait-for';

/** How long to wait for the CRM's frame after a load or navigation before settling on floating. */
const LANDMARK_WAIT_MS = 10_000;

function samePlace(a: OverlayPlace, b: OverlayPlace): boolean {
  const x: ChromeInsets = a.insets;
  const y: ChromeInsets = b.insets;
  return (
    a.kind === b.kind && x.top === y.top && x.right === y.right && x.bottom === y.bottom && x.left === y.left
  );
}

function measure({ adapter, document }: FeatureEnv): OverlayPlace {
  try {
    return { kind: 'docked', insets: adapter.measureChrome(document) };
  } catch (error) {
    if (error instanceof SelectorError) return { kind: 'floating', insets: NO_INSETS, reason: error.message };
    throw error;
  }
}

/**
 * Keeps the badge clear of the CRM's fixed chrome (HubSpot's toolbar and nav, Salesforce's
 * header and utility bar), measured at run time. Without those landmarks the badge floats
 * bottom-right, which is the fallback the issue asks for, not an error.
 */
export const placement: OverlayFeature = {
  id: 'placement',
  lifetime: 'page',
  async init(env) {
    const { store, signal } = env;
    const apply = (place: OverlayPlace) => {
      if (!samePlace(store.getSnapshot().place, place)) store.update({ place });
      return place;
    };
    const first = apply(measure(env));
    if (first.kind === 'floating') {
      await waitFor(() => (apply(measure(env)).kind === 'docked' ? true : null), {
        signal,
        timeoutMs: LANDMARK_WAIT_MS,
        // Soon enough to stay well under 100 ms from anchor to paint, cheap under a mutation storm.
        intervalMs: 16,
      });
    }
    let frame = 0;
    window.addEventListener(
      'resize',
      () => {
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          apply(measure(env));
        });
      },
      { signal },
    );
  },
};
