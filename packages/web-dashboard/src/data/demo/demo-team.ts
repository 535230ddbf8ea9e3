/**
 * The built-in demo team as an OnPace bundle: the same shape a file or the extension brings, so
 * the demo runs through exactly the code real data does. Deterministic: a seeded PRNG, dates
 * fixed around DEMO_AS_OF.
 */
import { businessDates, planCalendar } from '@onpace/core/calendar';
import { rollupActivities } from '@onpace/core/rollups';
import {
  type Activity,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type Bundle,
  CheckIn,
  CoachingNote,
  parsePlan,
} from '@onpace/core/schemas';
import { endOfDayInstant } from '../../model/as-of';
import { demoActivities, demoHistory } from './activities';
import { demoLeads } from './leads';
import { demoRecords } from './records';
import { DEMO_AS_OF, DEMO_REPS } from './roster';

let cached: Bundle | null = null;

/** The demo bundle, built once per page (it is the same every time). */
export function demoBundle(): Bundle {
  cached ??= buildDemoBundle();
  return cached;
}

export function buildDemoBundle(): Bundle {
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: endOfDayInstant(DEMO_AS_OF, 'UTC'),
    plans: [],
    activities: [],
    notes: [],
    checkIns: [],
    acknowledgments: [],
    rollups: [],
    events: [],
  };
  DEMO_REPS.forEach((demo, index) => {
    const plan = parsePlan({ ...demo.plan, rep: demo.rep, manager: demo.manager });
    const activities: Activity[] = demoActivities(demo, plan, DEMO_AS_OF, 1_000 + index);
    // With per-activity detail, so check-in snapshots cut their day at the check-in's instant.
    const rollup = rollupActivities(plan, activities);
    // The 90 days before the plan, for its baseline; outside the plan window, so no figure changes.
    activities.push(...demoHistory(demo, plan, 3_000 + index));
    // Leads from the 90 days before the plan on: not a target metric, so no plan figure changes.
    activities.push(...demoLeads(demo, plan, DEMO_AS_OF, 4_000 + index));
    const records = demoRecords(
      demo,
      plan,
      rollup,
      businessDates(planCalendar(plan)),
      DEMO_AS_OF,
      2_000 + index,
    );
    bundle.plans.push(plan);
    bundle.activities.push(...activities);
    bundle.notes.push(...records.notes.map((note) => CoachingNote.parse(note)));
    bundle.checkIns.push(...records.checkIns.map((checkIn) => CheckIn.parse(checkIn)));
    bundle.acknowledgments.push(...records.acknowledgments);
  });
  return bundle;
}
