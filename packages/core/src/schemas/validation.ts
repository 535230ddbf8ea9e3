/**
 * Turning zod's issues into errors a person can act on: every problem names its field by
 * path (`targets[0].goal`) and says what is wrong with it.
 */
import type { z } from 'zod';
import type { FieldProblem } from './field-problem.js';
import { listProblems } from './problem-list.js';

export type { FieldProblem } from './field-problem.js';

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly subject: string,
    readonly problems: readonly FieldProblem[],
  ) {
    super(`Invalid ${subject}: ${listProblems(problems)}`);
  }
}

export type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: ValidationError };

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text.length === 0 ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

function withArticle(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    // zod 4 leaves `input` off issues unless asked; the message still names what it received.
    const received = /received (\w+)/.exec(issue.message)?.[1];
    if (received === undefined || received === 'undefined') return 'is required';
    return `must be ${withArticle(issue.expected)}, not ${withArticle(received)}`;
  }
  if (issue.code === 'unrecognized_keys') return `has unknown field(s) ${issue.keys.join(', ')}`;
  return issue.message;
}

export function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
}

export function safeParseWith<Schema extends z.ZodType>(
  schema: Schema,
  subject: string,
  input: unknown,
): ParseResult<z.infer<Schema>> {
  const result = schema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return { success: false, error: new ValidationError(subject, problemsOf(result.error)) };
}

export function parseWith<Schema extends z.ZodType>(
  schema: Schema,
  subject: string,
  input: unknown,
): z.infer<Schema> {
  const result = safeParseWith(schema, subject, input);
  if (!result.success) throw result.error;
  return result.data;
}
