import { formatPath } from '@onpace/core/schemas';
import type { z } from 'zod';
import type { FieldProblem } from '../messaging/result';

/** A zod error as field problems, paths written the way core writes them (`actionItems[0].due`). */
export function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
  }));
}
