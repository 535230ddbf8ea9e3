/** The raw events of a plan's ledger, for its timeline: in the order the fold applies them. */
import { hashEvent, safeParseEvent } from '@onpace/core/ledger';
import type { PlanEvents, TimelineEntry } from '../messaging/ledger-views';
import { failure, type Outcome, succeed } from '../messaging/result';
import { foldedPlan } from '../storage/ledger-store';
import type { BackgroundEnv } from './env';

export async function planEvents(
  env: BackgroundEnv,
  planId: string,
): Promise<Outcome<{ events: PlanEvents }>> {
  const { events, state } = await foldedPlan(env.db, planId);
  if (events.length === 0) return failure('not-found', `There is no plan "${planId}".`);
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    // Stored events were checked when written or imported; one that no longer parses is a
    // problem the fold already reports (`invalid`), not a line of the timeline.
    const parsed = safeParseEvent(event);
    if (parsed.success) entries.push({ hash: hashEvent(event), event: parsed.data });
  }
  entries.sort((a, b) =>
    a.event.at < b.event.at ? -1 : a.event.at > b.event.at ? 1 : a.hash < b.hash ? -1 : 1,
  );
  const people: PlanEvents['people'] = {};
  const plan = state.plan;
  if (plan) {
    people[plan.rep.id] = { name: plan.rep.name, role: 'rep' };
    const managerId = state.managerId;
    if (managerId !== null) people[managerId] = { name: plan.manager?.name ?? 'Manager', role: 'manager' };
  }
  return succeed({
    events: { planId, events: entries, problems: state.problems.map((problem) => ({ ...problem })), people },
  });
}
