/**
 * Turning zod's issues into errors a person can act on: every problem names its field by
 * path (`targets[0].goal`) and says what is wrong with it.
 */
import type { z } from 'zod';

export interface FieldProblem {
  /** `targets[0].goal`, or `(root)` for the value itself. */
  readonly path: string;
  readonly message: string;
}

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly subject: string,
    readonly problems: readonly FieldProblem[],
  ) {
    super(
      `Invalid ${subject}: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`,
    );
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

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
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
