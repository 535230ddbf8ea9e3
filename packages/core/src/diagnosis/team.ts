/**
 * The team's figures, from its members' baselines. Each member counts once: the team's median
 * and 75th percentile of a measure are taken over the members' own values of it (for a rate
 * per day or per week, each member's median day or week), so one prolific rep cannot dominate.
 */
import type { RateUnit } from './attainability-schema.js';
import type { Baseline } from './baseline-schema.js';
import {
  CONVERSION_STAGES,
  type ConversionStage,
  FUNNEL_METRICS,
  type FunnelMetric,
} from './funnel-stages.js';
import { percentile } from './percentile.js';

/** Fewer members than this give no team figure: too few to compare with, and too identifying. */
export const MIN_TEAM_MEMBERS = 3;

export interface TeamStat {
  readonly members: number;
  readonly median: number;
  readonly p75: number;
}

/** Median and 75th percentile over one value per member; null below MIN_TEAM_MEMBERS values. */
export function teamStat(values: readonly number[]): TeamStat | null {
  if (values.length < MIN_TEAM_MEMBERS) return null;
  return { members: values.length, median: percentile(values, 0.5), p75: percentile(values, 0.75) };
}

/** The members whose baseline is long enough to be compared with. */
export function teamMembers(teamBaselines: readonly Baseline[] | undefined): Baseline[] {
  return (teamBaselines ?? []).filter((baseline) => baseline.sufficient);
}

/**
 * The team's median and 75th percentile of a metric's median day (or week), over the members
 * that recorded the metric at all (a metric a member never logged says nothing of its rate).
 */
export function teamRate(members: readonly Baseline[], metric: string, unit: RateUnit): TeamStat | null {
  const values: number[] = [];
  for (const member of members) {
    const figures = member.metrics[metric];
    if (!figures || figures.total <= 0) continue;
    const distribution = unit === 'day' ? figures.perDay : figures.perWeek;
    if (distribution) values.push(distribution.median);
  }
  return teamStat(values);
}

export interface TeamFunnel {
  readonly members: number;
  readonly perWeek: Readonly<Record<FunnelMetric, TeamStat | null>>;
  readonly conversions: Readonly<Record<ConversionStage, TeamStat | null>>;
  readonly averageDealSize: TeamStat | null;
  readonly pipelinePerWeek: TeamStat | null;
  /** Calls per lead assigned, over the members who were assigned leads. */
  readonly callsPerLead: TeamStat | null;
}

/** `calls / leads_assigned` of a baseline; null without a lead assigned. */
export function callsPerLeadOf(baseline: Baseline): number | null {
  const total = (metric: string) =>
    baseline.funnel.stages.find((stage) => stage.metric === metric)?.total ?? 0;
  const leads = total('leads_assigned');
  return leads > 0 ? total('calls') / leads : null;
}

function present(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((value): value is number => typeof value === 'number');
}

export function teamFunnel(members: readonly Baseline[]): TeamFunnel {
  const perWeek = Object.fromEntries(
    FUNNEL_METRICS.map((metric) => [
      metric,
      teamStat(present(members.map((m) => m.funnel.stages.find((s) => s.metric === metric)?.perWeek))),
    ]),
  ) as Record<FunnelMetric, TeamStat | null>;
  const conversions = Object.fromEntries(
    CONVERSION_STAGES.map((stage) => [
      stage,
      teamStat(present(members.map((m) => m.funnel.conversions.find((c) => c.stage === stage)?.rate))),
    ]),
  ) as Record<ConversionStage, TeamStat | null>;
  return {
    members: members.length,
    perWeek,
    conversions,
    averageDealSize: teamStat(present(members.map((m) => m.funnel.averageDealSize))),
    pipelinePerWeek: teamStat(present(members.map((m) => m.funnel.pipelinePerWeek))),
    callsPerLead: teamStat(present(members.map(callsPerLeadOf))),
  };
}
