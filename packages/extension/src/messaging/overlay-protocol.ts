/**
 * The contract between the overlay (content scripts) and the background. Content scripts
 * cannot read the extension's IndexedDB (on a CRM page it belongs to the CRM's origin), so
 * everything the overlay shows arrives as an `OverlayState`, computed in the background with
 * `@onpace/core` at `asOf`, either answered to `overlay/state` or pushed on the `overlay` port.
 *
 * Both sides parse with these schemas. The evaluation's shapes are core's (`@onpace/core/evaluation`,
 * the schema of what `evaluatePlan` returns), so this contract cannot drift from the engine.
 */
// zod/mini: the same checks as zod with a fraction of the bundle; this file ships in every
// content script (docs: content scripts stay under 90 KB gzipped).
import { BusinessTime, PeriodEvaluation, StatusWord, TargetFiguresShape } from '@onpace/core/evaluation';
import { z } from 'zod/mini';

export const OVERLAY_PORT = 'overlay';

export { StatusWord };

/** One period's figures: core's `PeriodEvaluation`, as `evaluatePlan` returns it. */
export const OverlayPeriod = PeriodEvaluation;
export type OverlayPeriod = PeriodEvaluation;

/** A target's figures as core evaluates them, plus what the row needs to show them. */
export const OverlayTarget = z.object({
  ...TargetFiguresShape,
  /** The target's own label, else a name for its metric ("Calls", "Pipeline created"). */
  label: z.string(),
  /** Money figures are formatted with the plan's currency. */
  money: z.boolean(),
  /** Core's chance of meeting the target from here, in its own words; null when not assessed. */
  attainability: z.nullable(
    z.object({
      verdict: z.enum(['realistic', 'stretch', 'unrealistic', 'no-data']),
      chance: z.nullable(z.number()),
      words: z.string(),
    }),
  ),
});
export type OverlayTarget = z.infer<typeof OverlayTarget>;

export const OverlayNote = z.object({
  id: z.string(),
  text: z.string(),
  /** Ledger notes carry no tag; kept optional for the overlay's rendering. */
  tag: z.optional(z.enum(['prospecting', 'pipeline', 'skills', 'other'])),
  createdAt: z.string(),
  authorName: z.optional(z.string()),
  unread: z.boolean(),
});
export type OverlayNote = z.infer<typeof OverlayNote>;

export const SyncSummary = z.object({
  /** `attention`: something the user must do (expired session, daily limit); `message` says what. */
  state: z.enum(['off', 'ok', 'syncing', 'attention']),
  message: z.optional(z.string()),
  lastSyncedAt: z.optional(z.string()),
});
export type SyncSummary = z.infer<typeof SyncSummary>;

export const OverlayState = z.object({
  asOf: z.string(),
  /** Null when this browser has no plan chosen as "my plan". */
  plan: z.nullable(
    z.object({
      id: z.string(),
      title: z.string(),
      /** What the user calls it ("Growth plan"); never shown in discreet mode. */
      label: z.optional(z.string()),
      currency: z.string(),
      timeZone: z.string(),
      status: StatusWord,
      businessDays: BusinessTime,
      /** `k` of "business day k of N": core's `businessDayOf` on the plan's date. */
      day: z.int().check(z.minimum(0)),
      workingHoursEnd: z.string(),
      targets: z.array(OverlayTarget),
      /** Where the plan's ledger stands: draft, active, extended or closed. */
      lifecycle: z.optional(z.enum(['none', 'draft', 'active', 'extended', 'closed'])),
      /** False when the manager issued a revision the rep has not acknowledged yet. */
      acknowledgedCurrent: z.optional(z.boolean()),
    }),
  ),
  /** The newest note shared with the rep, and how many are unread. */
  latestNote: z.nullable(OverlayNote),
  unreadNotes: z.int().check(z.minimum(0)),
  /** Metrics offered as quick-log buttons (the plan's targets' metrics). */
  quickLog: z.array(z.string()),
  /** The last manual log the rep can still undo. */
  undoable: z.nullable(
    z.object({ activityId: z.string(), metric: z.string(), amount: z.optional(z.number()) }),
  ),
  settings: z.object({ discreet: z.boolean(), neutralLabel: z.string() }),
  sync: SyncSummary,
});
export type OverlayState = z.infer<typeof OverlayState>;

/** Requests the overlay sends with `runtime.sendMessage`. */
export const OverlayRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('overlay/state') }),
  z.object({
    type: z.literal('activity/log'),
    metric: z.string(),
    /** For sum metrics; count metrics log 1. */
    amount: z.optional(z.number().check(z.positive())),
  }),
  z.object({ type: z.literal('activity/undo'), activityId: z.string() }),
  /** A CRM page cannot navigate to the extension's own pages; the background opens them. */
  z.object({ type: z.literal('options/open') }),
  z.object({ type: z.literal('notes/mark-read'), noteIds: z.array(z.string()).check(z.minLength(1)) }),
  /** The record open in the tab, so the popup can link a note to it. */
  z.object({
    type: z.literal('page/record'),
    record: z.nullable(
      z.object({
        crm: z.enum(['salesforce', 'hubspot']),
        objectType: z.string(),
        id: z.string(),
        name: z.optional(z.string()),
        url: z.string(),
      }),
    ),
  }),
  /**
   * The rep disputes a day's count on "my plan" (the plan is never sent: a CRM page cannot
   * name another). The background writes it as the plan's rep; the ledger accepts or refuses.
   */
  z.object({
    type: z.literal('overlay/dispute'),
    metric: z.string().check(z.maxLength(80)),
    date: z.string().check(z.maxLength(10)),
    kind: z.enum(['missing', 'not-counting']),
    /** `missing`: how many (count metrics, 1 when absent) or how much (money metrics). */
    amount: z.optional(z.number()),
    /** `not-counting`: `source:id` keys from `overlay/dispute-day`. */
    activities: z.optional(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(500))),
    text: z.string().check(z.maxLength(10_000)),
  }),
  /** My plan's counted activities of one metric on one day, to pick the ones that should not count. */
  z.object({
    type: z.literal('overlay/dispute-day'),
    metric: z.string().check(z.maxLength(80)),
    date: z.string().check(z.maxLength(10)),
  }),
]);
export type OverlayRequest = z.infer<typeof OverlayRequest>;

/** One counted activity of a day as the rep picks it: its `source:id` key and a line they recognise. */
export const DisputeDayLine = z.object({ key: z.string(), line: z.string() });
export type DisputeDayLine = z.infer<typeof DisputeDayLine>;

export const OverlayResponse = z.union([
  z.object({
    ok: z.literal(true),
    state: OverlayState,
    /** The answer to `overlay/dispute-day` only. */
    day: z.optional(z.array(DisputeDayLine)),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type OverlayResponse = z.infer<typeof OverlayResponse>;

/** What the background pushes on the `overlay` port whenever something the overlay shows changes. */
export const OverlayPush = z.object({ type: z.literal('overlay/state'), state: OverlayState });
export type OverlayPush = z.infer<typeof OverlayPush>;
