/**
 * The plan ledgers a bundle carries. A version 2 bundle carries `events`. Plans that come only as
 * rows become events through core's `legacyRecordsToEvents`: a version 1 file (core's
 * `parseBundle` has already migrated it, so its events are made from rows too) or a bundle built
 * from rows, such as the demo's. Private notes never become events: they stay in the rows of the
 * browser that wrote them.
 */
import { groupEventsByPlan, type LedgerEventInput, legacyRecordsToEvents } from '@onpace/core/ledger';
import type { Bundle } from '@onpace/core/schemas';

export interface BundleLedgers {
  /** Every event to store, exactly as written. */
  readonly events: readonly LedgerEventInput[];
  /**
   * Plans whose events were made here or by the migration from rows rather than written by
   * their authors: a store that already keeps another record of such a plan must not take them
   * (two first revisions for one plan are a fork, which stops everything).
   */
  readonly madeFromRows: ReadonlySet<string>;
}

/** The bundle's events, plus events made from the rows of every plan that has none. */
export function bundleLedgers(
  bundle: Bundle,
  options: { readonly fromVersion1?: boolean } = {},
): BundleLedgers {
  const carried = groupEventsByPlan(bundle.events);
  const madeFromRows = new Set<string>(options.fromVersion1 === true ? carried.keys() : []);
  const events: LedgerEventInput[] = [...bundle.events];
  const toMigrate = bundle.plans.filter((plan) => !carried.has(plan.id));
  if (toMigrate.length > 0) {
    const ids = new Set(toMigrate.map((plan) => plan.id));
    for (const id of ids) madeFromRows.add(id);
    events.push(
      ...legacyRecordsToEvents({
        exportedAt: bundle.exportedAt,
        plans: toMigrate,
        notes: bundle.notes.filter((note) => ids.has(note.planId)),
        checkIns: bundle.checkIns.filter((checkIn) => ids.has(checkIn.planId)),
        acknowledgments: bundle.acknowledgments.filter((ack) => ids.has(ack.planId)),
      }),
    );
  }
  return { events, madeFromRows };
}
