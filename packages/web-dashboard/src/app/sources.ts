/**
 * Where the plans come from: the built-in demo team, what this browser stored (files and the
 * extension), or the benchmark's generated team. `?data=demo|mine|bench` picks one; without it
 * the dashboard shows stored plans when there are any, else the demo.
 */
import { safeParseBundle } from '@onpace/core/schemas';
import { BENCH_AS_OF, benchBundleInput } from '../data/bench-team';
import { datasetFromBundle } from '../data/bundle-to-dataset';
import type { Dataset } from '../data/dataset';
import { demoBundle } from '../data/demo/demo-team';
import { DEMO_AS_OF } from '../data/demo/roster';
import { timed } from './timing';

export type SourceKind = 'demo' | 'mine' | 'bench';

export interface SourceRequest {
  readonly kind: SourceKind | null;
  /** Plans in the benchmark team. */
  readonly benchPlans: number;
}

export function readSourceRequest(search: string): SourceRequest {
  const params = new URLSearchParams(search);
  const data = params.get('data');
  const kind = data === 'demo' || data === 'mine' || data === 'bench' ? data : null;
  const plans = Number(params.get('plans'));
  return { kind, benchPlans: Number.isInteger(plans) && plans > 0 ? Math.min(plans, 2000) : 200 };
}

let demo: Dataset | null = null;

export function demoDataset(): Dataset {
  demo ??= datasetFromBundle(demoBundle(), 'demo', DEMO_AS_OF);
  return demo;
}

export function benchDataset(planCount: number): Dataset {
  const input = timed('generate-bench-team', () => benchBundleInput(planCount));
  // Checked like any file or extension answer, so the benchmark pays what real data pays.
  const parsed = timed('parse-bundle', () => safeParseBundle(input));
  if (!parsed.success) throw parsed.error;
  return timed('build-dataset', () => datasetFromBundle(parsed.data, 'bench', BENCH_AS_OF));
}
