import { useCallback, useEffect, useState } from 'react';
import type { Failure } from '../messaging/result';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly failure: Failure }
  | { readonly state: 'ready'; readonly value: T };

/**
 * Loads something from the background and reloads it on demand (after a change). `load` returns
 * the value or a Failure; the page shows either.
 */
export function useLoaded<T>(
  load: () => Promise<T | Failure>,
  deps: readonly unknown[],
): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  // `deps` lists what `load` reads, as with useEffect: a new value reloads.
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    let current = true;
    void stableLoad().then((result) => {
      if (!current) return;
      if (isFailure(result)) setLoaded({ state: 'failed', failure: result });
      else setLoaded({ state: 'ready', value: result });
    });
    return () => {
      current = false;
    };
  }, [stableLoad, generation]);
  return [loaded, useCallback(() => setGeneration((value) => value + 1), [])];
}

function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}
