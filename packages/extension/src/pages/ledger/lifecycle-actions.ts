/**
 * Which lifecycle steps a manager may take from where the plan stands (docs/ledger.md): the
 * buttons offered are exactly the events the fold would apply, so none is refused after a click.
 */
import type { LifecycleWord } from './lifecycle-words';

export interface LifecycleSteps {
  readonly activate: boolean;
  readonly extend: boolean;
  readonly close: boolean;
}

export function lifecycleSteps(lifecycle: LifecycleWord): LifecycleSteps {
  return {
    activate: lifecycle === 'draft',
    extend: lifecycle === 'active' || lifecycle === 'extended',
    close: lifecycle === 'draft' || lifecycle === 'active' || lifecycle === 'extended',
  };
}

/** The problem with a new end, in words beside the field; null when it may be sent. */
export function extendProblem(currentEnd: string, newEnd: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(newEnd)) return 'Choose the new last day.';
  if (newEnd <= currentEnd) return 'The new end must be after the current end.';
  return null;
}
