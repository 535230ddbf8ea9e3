/**
 * The seam between the engine and one CRM. A connector opens a plan's sync (finds the session,
 * the org, who the rep is) and hands back a reader that fetches one page at a time from a saved
 * progress: the engine checkpoints after each page, so a reader never holds state of its own
 * that a stopped worker could lose.
 */
import type { CountingDefinitions, CrmFault, MappingProblem } from '@onpace/core/crm';
import type { Activity, Plan } from '@onpace/core/schemas';
import type {
  ObjectProgress,
  PassCursor,
  SyncFault,
  SyncIdentity,
  SyncSource,
  SyncState,
  TimeWindow,
} from './state';

export interface ConnectorContext {
  readonly plan: Plan;
  /** The user's own plan (rep role) rather than one they manage. */
  readonly isMine: boolean;
  readonly definitions: CountingDefinitions;
  readonly window: TimeWindow;
  readonly state: SyncState;
  readonly nowMs: number;
}

export interface PageStep {
  readonly activities: readonly Activity[];
  readonly problems: readonly MappingProblem[];
  /** Records the page held (deleted ones included). */
  readonly recordCount: number;
  /** Where the object type's read stands after this page. */
  readonly progress: ObjectProgress;
  /** The object type is read to its end. */
  readonly done: boolean;
}

export type StepResult =
  | { readonly ok: true; readonly step: PageStep }
  | { readonly ok: false; readonly fault: CrmFault; readonly retryAtMs: number | null };

export interface SourceReader {
  readonly identity: SyncIdentity;
  /** The object types in the order they are read; a cursor's `objectIndex` points into it. */
  readonly objectTypes: readonly string[];
  /** The metrics an object type yields (for deletion detection). */
  metricsOf(objectType: string): readonly string[];
  firstProgress(objectType: string, cursor: PassCursor): ObjectProgress;
  /** Whether a saved progress belongs to this reader (a cursor from another version is dropped). */
  accepts(progress: ObjectProgress): boolean;
  /** Incremental passes read what changed since the object type's mark (`state.marks`). */
  nextPage(objectType: string, cursor: PassCursor, progress: ObjectProgress): Promise<StepResult>;
  /**
   * Whether this refusal of `objectType` only leaves that object out of the pass (leads: a
   * profile or a token may not reach them, and calls and deals must still sync), and the notice
   * that says so; null when the fault stops the pass as any other.
   */
  skippable?(objectType: string, fault: CrmFault): string | null;
}

export type OpenResult =
  | { readonly kind: 'ready'; readonly reader: SourceReader }
  /** Not set up for this plan (no token, no org, not the rep's CRM): nothing is written. */
  | { readonly kind: 'skip'; readonly reason: string }
  /** Set up, but failing: the fault goes into the plan's sync state. */
  | { readonly kind: 'fault'; readonly fault: SyncFault };

export interface Connector {
  readonly source: SyncSource;
  open(context: ConnectorContext): Promise<OpenResult>;
}
