/** Short words for a plan record's state, the same on the team table, the plan page and the report. */
import type { Lifecycle, PlanOutcome } from '@onpace/core/ledger';

const LIFECYCLE_WORDS: Readonly<Record<Lifecycle, string>> = {
  none: 'Not issued',
  draft: 'Draft',
  active: 'Active',
  extended: 'Extended',
  closed: 'Closed',
};

const OUTCOME_WORDS: Readonly<Record<PlanOutcome, string>> = {
  met: 'met',
  'not-met': 'not met',
  cancelled: 'cancelled',
};

/** "Active", "Closed: met". */
export function lifecycleWords(lifecycle: Lifecycle, outcome: PlanOutcome | null): string {
  const words = LIFECYCLE_WORDS[lifecycle];
  return lifecycle === 'closed' && outcome !== null ? `${words}: ${OUTCOME_WORDS[outcome]}` : words;
}

export type AcknowledgmentState = 'current' | 'older' | 'none';

export function acknowledgmentState(
  acknowledgedRevision: number | null,
  current: boolean,
): AcknowledgmentState {
  if (acknowledgedRevision === null) return 'none';
  return current ? 'current' : 'older';
}

/** "Acknowledged revision 2", "Revision 3 not acknowledged (last: 2)", "Not acknowledged". */
export function acknowledgmentWords(acknowledgedRevision: number | null, revision: number): string {
  if (acknowledgedRevision === null) return 'Not acknowledged';
  if (acknowledgedRevision === revision) return `Acknowledged revision ${revision}`;
  return `Revision ${revision} not acknowledged (last: ${acknowledgedRevision})`;
}
