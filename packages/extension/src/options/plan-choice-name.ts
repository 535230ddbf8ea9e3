import type { Plan } from '@onpace/core/schemas';

/** A plan in a list of choices: its title, and the rep's name unless the title already says it. */
export function planChoiceName(plan: Pick<Plan, 'title' | 'rep'>): string {
  return plan.title.includes(plan.rep.name) ? plan.title : `${plan.title} (${plan.rep.name})`;
}
