/**
 * The engine takes a parsed plan, but callers (a quick script, a test, an acceptance check)
 * often pass the smallest valid plan as written. Such a plan is parsed once here, so every
 * default of docs/pace.md applies and a bad plan fails with its fields named, not deep inside.
 */
import { Plan, type PlanInput } from './plan.js';
import { parseWith } from './validation.js';

const parsedPlans = new WeakMap<object, Plan>();

function hasDefaults(plan: Plan | PlanInput): plan is Plan {
  return (
    Array.isArray(plan.workdays) &&
    typeof plan.weekStartsOn === 'number' &&
    Array.isArray(plan.holidays) &&
    Array.isArray(plan.ptoDays) &&
    typeof plan.workingHours === 'object' &&
    typeof plan.currency === 'string' &&
    Array.isArray(plan.targets) &&
    plan.targets.every((target) => typeof target.rule === 'object' && typeof target.required === 'boolean')
  );
}

export function normalizePlan(plan: Plan | PlanInput): Plan {
  if (hasDefaults(plan)) return plan;
  const cached = parsedPlans.get(plan);
  if (cached) return cached;
  const parsed = parseWith(Plan, 'plan', plan);
  parsedPlans.set(plan, parsed);
  return parsed;
}
