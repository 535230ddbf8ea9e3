/**
 * The plan ledger (docs/ledger.md): append-only events, one hash chain per author, merged by
 * set union and folded into one state. `@onpace/core/ledger` is the narrow entry point.
 */
export { appendEvent, type EventDraft } from './append.js';
export { activityRef, applyLedger, noonOf } from './apply-ledger.js';
export { CanonicalJsonError, canonicalJson } from './canonical-json.js';
export { diffRevisions, type RevisionChange } from './diff-revisions.js';
export * from './event-schema.js';
export { foldLedger } from './fold.js';
export { groupEventsByPlan } from './group.js';
export { hashEvent } from './hash.js';
export { LEGACY_MANAGER_ID, type LegacyRecords, legacyRecordsToEvents } from './migrate-legacy.js';
export * from './state.js';
export {
  ledgerTimeline,
  type TimelineAuthor,
  type TimelineEntry,
  type TimelineKind,
  type TimelineProblem,
} from './timeline.js';
export { instantKey, isUtcInstant, UtcInstant } from './utc-instant.js';
