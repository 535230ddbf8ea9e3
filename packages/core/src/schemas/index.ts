import { Plan } from './plan.js';
import { type ParseResult, parseWith, safeParseWith } from './validation.js';

export * from './acknowledgment.js';
export * from './activity.js';
export * from './bridge.js';
export * from './bundle.js';
export { bundleIntegrityProblems, checkBundleIntegrity } from './bundle-integrity.js';
export * from './check-in.js';
export * from './metric.js';
export * from './note.js';
export * from './plan.js';
export { MAX_PLAN_WINDOW_DAYS } from './plan-window.js';
export * from './primitives.js';
export { firstProblems, listProblems, MAX_LISTED_PROBLEMS } from './problem-list.js';
export * from './rollup.js';
export { type FieldProblem, formatPath, type ParseResult, ValidationError } from './validation.js';

/** Reads a plan; throws a ValidationError whose message names each bad field by path. */
export function parsePlan(input: unknown): Plan {
  return parseWith(Plan, 'plan', input);
}

export function safeParsePlan(input: unknown): ParseResult<Plan> {
  return safeParseWith(Plan, 'plan', input);
}
export { normalizePlan } from './normalize.js';
