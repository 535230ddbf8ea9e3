/**
 * The one way a list of field problems becomes words, for the core's errors and for both apps.
 * A hostile or broken file can hold a hundred thousand bad rows; the person reading the message
 * needs the first few and a count, not megabytes, so the list is capped twice: at most
 * MAX_LISTED_PROBLEMS problems, and each one cut at MAX_PROBLEM_CHARS characters.
 */
import type { FieldProblem } from './field-problem.js';

export const MAX_LISTED_PROBLEMS = 20;
/** Long enough for a deep path and a sentence; a path or value pasted into a message is cut. */
export const MAX_PROBLEM_CHARS = 200;

function cut(text: string): string {
  return text.length <= MAX_PROBLEM_CHARS ? text : `${text.slice(0, MAX_PROBLEM_CHARS - 1)}…`;
}

/** `a: is required; b[0]: must be… and 12 more`: at most a few KB, whatever the input. */
export function listProblems(problems: readonly FieldProblem[]): string {
  const listed = problems
    .slice(0, MAX_LISTED_PROBLEMS)
    .map((problem) => cut(`${problem.path}: ${problem.message}`))
    .join('; ');
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return more > 0 ? `${listed}; and ${more} more` : listed;
}

/** The problems a page lists beside its fields: the same first ones the message names. */
export function firstProblems(problems: readonly FieldProblem[]): FieldProblem[] {
  return problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => ({
    path: cut(problem.path),
    message: cut(problem.message),
  }));
}
