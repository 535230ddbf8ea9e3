/** Plan lint findings: each names the field it concerns, so a form can show it beside that field. */
import { z } from 'zod';

export const LintSeverity = z.enum(['error', 'warning', 'info']);
export type LintSeverity = z.infer<typeof LintSeverity>;

export const LintCode = z.enum([
  'no-targets',
  'no-metric',
  'no-goal',
  'no-cadence',
  'no-deadline',
  'deadline-outside-plan',
  'metric-not-counted',
  'no-data-source',
  'manual-metric',
  'no-start',
  'no-end',
  'end-before-start',
  'too-short',
  'too-long',
  'no-check-in-cadence',
]);
export type LintCode = z.infer<typeof LintCode>;

export const LintFinding = z.object({
  /** The field, written as ValidationError paths are: `targets[2].metric`, `end`, `checkInCadence`. */
  path: z.string(),
  severity: LintSeverity,
  code: LintCode,
  message: z.string(),
});
export type LintFinding = z.infer<typeof LintFinding>;
