/** Bundles and stores hold many plans' events; each plan's ledger folds on its own. */

/** Events grouped by the plan they name (an event naming none goes under ""), input order kept. */
export function groupEventsByPlan<Event>(events: readonly Event[]): Map<string, Event[]> {
  const byPlan = new Map<string, Event[]>();
  for (const event of events) {
    const named =
      typeof event === 'object' && event !== null ? (event as { plan?: unknown }).plan : undefined;
    const plan = typeof named === 'string' ? named : '';
    const list = byPlan.get(plan);
    if (list) list.push(event);
    else byPlan.set(plan, [event]);
  }
  return byPlan;
}
