import { type LifecycleWord, lifecycleWords, type OutcomeWord } from './lifecycle-words';

/**
 * The plan's lifecycle as a word with a border, never colour alone. `data-lifecycle` (and
 * `data-outcome` once closed) are the stable hooks tests and the dashboard read.
 */
export function LifecycleBadge({
  lifecycle,
  outcome,
}: {
  readonly lifecycle: LifecycleWord;
  readonly outcome: OutcomeWord | null;
}) {
  return (
    <span
      className={`lifecycle lifecycle-${lifecycle}`}
      data-lifecycle={lifecycle}
      {...(lifecycle === 'closed' && outcome !== null ? { 'data-outcome': outcome } : {})}
    >
      {lifecycleWords(lifecycle, outcome)}
    </span>
  );
}
