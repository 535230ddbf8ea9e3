/** What `foldLedger` returns: the one state every screen, export and report reads. */
import type { Activity } from '../schemas/activity.js';
import type { PaceSnapshot } from '../schemas/check-in.js';
import type { MetricId } from '../schemas/metric.js';
import type { Plan } from '../schemas/plan.js';
import type { DisputeKind, NoteRecord, PlanOutcome } from './event-schema.js';

export const PROBLEM_CODES = [
  'invalid',
  'plan-mismatch',
  'fork',
  'gap',
  'chain-broken',
  'not-allowed',
  'closed',
  'duplicate-id',
  'unknown-ref',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface LedgerProblem {
  readonly code: ProblemCode;
  /** The author id the event names; null when an invalid event names none. */
  readonly author: string | null;
  /** The event's `seq` (for fork/gap/chain-broken: where the chain parts); null when invalid without one. */
  readonly seq: number | null;
  readonly message: string;
}

export type Lifecycle = 'none' | 'draft' | 'active' | 'extended' | 'closed';

export interface NoteVersion {
  readonly at: string;
  readonly text: string;
}

export interface LedgerNote {
  readonly id: string;
  /** The author id who added it; only they may edit or delete it. */
  readonly author: string;
  readonly text: string;
  readonly deleted: boolean;
  readonly record: NoteRecord | null;
  /** The first text, then each edit, with when it was written. */
  readonly history: readonly NoteVersion[];
  readonly deletedAt: string | null;
}

export interface LedgerAction {
  readonly id: string;
  readonly text: string;
  readonly due: string | null;
  readonly done: boolean;
}

export interface LedgerCheckIn {
  readonly id: string;
  readonly date: string;
  readonly question: string;
  /** The rep's latest answer; null until they answer. */
  readonly answer: string | null;
  readonly actions: readonly LedgerAction[];
  /** Carried exactly as the event holds it; null only for a check-in migrated without one. */
  readonly snapshot: PaceSnapshot | null;
  readonly heldAt: string;
  readonly answeredAt: string | null;
}

export type DisputeStatus = 'open' | 'accepted' | 'rejected';

export interface LedgerDispute {
  readonly id: string;
  readonly metric: MetricId;
  readonly date: string;
  readonly kind: DisputeKind;
  readonly status: DisputeStatus;
  /** The rep's reason. */
  readonly text: string;
  /** The manager's reason for the decision; null while open. */
  readonly resolution: string | null;
  /** A missing dispute's amount as written (absent means 1 for a count metric). */
  readonly amount: number | null;
  /** A not-counting dispute's `source:id` keys. */
  readonly activities: readonly string[];
  readonly openedAt: string;
  readonly resolvedAt: string | null;
}

export interface LedgerRevision {
  /** 1, 2, … in the order they applied. */
  readonly number: number;
  /** The hash of its plan.issued event: what the rep acknowledges. */
  readonly hash: string;
  readonly at: string;
  /** The plan exactly as issued (defaults filled), before any later extension. */
  readonly plan: Plan;
}

export interface LedgerAcknowledgment {
  readonly revision: number;
  readonly hash: string;
  readonly at: string;
  readonly by: string;
  readonly comment: string | null;
}

export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

export interface LedgerState {
  /** The latest revision with later extensions applied; null when none. */
  readonly plan: Plan | null;
  /** How many revisions applied (0 when none). */
  readonly revision: number;
  readonly lifecycle: Lifecycle;
  readonly outcome: PlanOutcome | null;
  /** The closing summary that came with the outcome. */
  readonly summary: string | null;
  /** The highest revision number the rep acknowledged; null when none. */
  readonly acknowledgedRevision: number | null;
  /** True when the rep acknowledged the latest revision. */
  readonly acknowledgedCurrent: boolean;
  readonly notes: readonly LedgerNote[];
  readonly checkIns: readonly LedgerCheckIn[];
  readonly disputes: readonly LedgerDispute[];
  readonly problems: readonly LedgerProblem[];
  readonly heads: Readonly<Record<string, ChainHead>>;
  /** Every revision, oldest first: what `diffRevisions` compares. */
  readonly revisions: readonly LedgerRevision[];
  /** Each receipt, in the order they applied. */
  readonly acknowledgments: readonly LedgerAcknowledgment[];
  /** The rep's manual logs still standing (logged, not retracted), in the order they applied. */
  readonly activities: readonly Activity[];
  /** The manager and rep ids the first revision names; null before one. */
  readonly managerId: string | null;
  readonly repId: string | null;
}
