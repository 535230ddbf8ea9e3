/**
 * The lead-data deep dive of a plan page: core's `leadDeepDive` over the 90 days before the plan,
 * and the rep's last 30 days against the 60 before them, from the same activities the diagnosis
 * reads, so the charts and the diagnosis show the same figures.
 */
import {
  CONVERSION_STEPS,
  type ConversionStage,
  computeOwnHistory,
  type LeadDeepDive,
  leadDeepDive,
  type OwnHistory,
} from '@onpace/core/diagnosis';
import type { Activity, Plan } from '@onpace/core/schemas';

export interface PlanLeadDeepDive {
  readonly dive: LeadDeepDive;
  readonly history: OwnHistory;
}

export function planLeadDeepDive(plan: Plan, activities: readonly Activity[]): PlanLeadDeepDive {
  return {
    dive: leadDeepDive(plan, activities),
    history: computeOwnHistory(plan, activities),
  };
}

/** Short stage names for a chart's axis; the tables give the full ones. */
export const STAGE_SHORT_NAMES: Readonly<Record<ConversionStage, string>> = {
  'lead-conversion': 'Lead → converted',
  'lead-to-opportunity': 'Converted → opp',
  'win-rate': 'Opp → won',
  'connect-rate': 'Call → connect',
  'booking-rate': 'Connect → booked',
  'show-rate': 'Booked → held',
  'opportunity-rate': 'Held → opp',
};

export function stageLabel(stage: ConversionStage): string {
  const label = CONVERSION_STEPS[stage].label;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** A figure per week of a baseline's funnel stage (null with no business day). */
export function perWeekOf(history: OwnHistory['recent'], metric: string): number | null {
  return history.funnel.stages.find((stage) => stage.metric === metric)?.perWeek ?? null;
}

export function rateOf(history: OwnHistory['recent'], stage: ConversionStage): number | null {
  return history.funnel.conversions.find((conversion) => conversion.stage === stage)?.rate ?? null;
}

/** "Aug" for `2026-08`, in the reader's locale. */
export function formatMonth(month: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(
    Date.parse(`${month}-01T00:00:00Z`),
  );
}
