/**
 * The answer to `plans/assess`: what the plan editor shows beside a draft plan. Every figure is
 * core's (diagnosis schemas); this file only names the pieces the background puts together.
 */
import {
  Baseline,
  Diagnosis,
  LeadDeepDiveView,
  LintFinding,
  TargetAttainability,
  TargetSuggestion,
} from '@onpace/core/diagnosis';
import { z } from 'zod';

export const AssessmentTeam = z.object({
  /** Teammates whose baselines were passed to core (other reps this browser holds plans for). */
  reps: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Of those, how many had a long enough baseline to count (core's `teamMembers`). */
  members: z.number().int().min(0),
  /** Core's MIN_TEAM_MEMBERS: below it there is no team figure. */
  needed: z.number().int().min(1),
});
export type AssessmentTeam = z.infer<typeof AssessmentTeam>;

export const PlanAssessment = z.object({
  /** The rep whose activity the baseline is drawn from; null when the draft names none yet. */
  repId: z.string().nullable(),
  /** Null when the draft has no valid start or time zone yet. */
  baseline: Baseline.nullable(),
  diagnosis: Diagnosis.nullable(),
  /** Lead volume week by week, conversion by stage and deal size before the plan; null with the baseline. */
  leadDeepDive: LeadDeepDiveView.nullable(),
  /** In the draft's target order; targets that are not complete yet are left out. */
  attainability: z.array(TargetAttainability),
  suggestions: z.array(TargetSuggestion),
  lint: z.array(LintFinding),
  team: AssessmentTeam,
  /** The CRM whose counts the lint checked against; null when only manual logs count. */
  crm: z.enum(['salesforce', 'hubspot']).nullable(),
});
export type PlanAssessment = z.infer<typeof PlanAssessment>;
