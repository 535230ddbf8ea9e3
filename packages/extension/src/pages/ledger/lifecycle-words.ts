/**
 * A plan's lifecycle in the words every screen uses (popup, options, overlay), so "Closed: met"
 * reads the same wherever a plan shows. Pure: the overlay's content script imports it too.
 */

export type LifecycleWord = 'none' | 'draft' | 'active' | 'extended' | 'closed';
export type OutcomeWord = 'met' | 'not-met' | 'cancelled';

const LIFECYCLE_NAMES: Readonly<Record<LifecycleWord, string>> = {
  none: 'Not issued',
  draft: 'Draft',
  active: 'Active',
  extended: 'Extended',
  closed: 'Closed',
};

const OUTCOME_NAMES: Readonly<Record<OutcomeWord, string>> = {
  met: 'met',
  'not-met': 'not met',
  cancelled: 'cancelled',
};

export function outcomeWords(outcome: OutcomeWord): string {
  return OUTCOME_NAMES[outcome];
}

/** "Draft", "Active", "Extended", "Closed: met"; a closed plan always names its outcome when known. */
export function lifecycleWords(lifecycle: LifecycleWord, outcome: OutcomeWord | null): string {
  const name = LIFECYCLE_NAMES[lifecycle];
  return lifecycle === 'closed' && outcome !== null ? `${name}: ${outcomeWords(outcome)}` : name;
}

/** What the state means for the rep's figures, said once beside the badge. */
export function lifecycleHint(lifecycle: LifecycleWord): string | null {
  if (lifecycle === 'draft') return 'Not active yet: your manager has not started this plan.';
  if (lifecycle === 'closed') return 'This plan is closed; its figures no longer change.';
  return null;
}
