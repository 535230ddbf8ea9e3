/**
 * The rep's funnel measure by measure, in funnel order, against the team's medians or against the
 * rep's own earlier weeks.
 */
import type { Baseline } from './baseline-schema.js';
import type { FunnelComparison, FunnelMeasure } from './diagnosis-schema.js';
import { CONVERSION_STEPS, type ConversionStage, JUDGED_CONVERSION_STAGES } from './funnel-stages.js';
import { callsPerLeadOf, type TeamFunnel } from './team.js';

/** A measure points at a cause when the rep's figure is at most this share of the one compared with. */
export const GAP_RATIO = 0.8;
/** A conversion rate (or calls per lead) is judged only when measured on at least this many. */
export const MIN_STAGE_BASE = 10;
/** An average deal size is judged only over at least this many deals won. */
export const MIN_DEALS_FOR_SIZE = 3;

/** One side's figure of a measure, and whether it rests on enough data to point at a cause. */
interface Figure {
  readonly value: number | null;
  readonly enough: boolean;
}

interface Measure {
  readonly measure: FunnelMeasure;
  readonly label: string;
  readonly of: (baseline: Baseline) => Figure;
}

function stageTotal(baseline: Baseline, metric: string): number {
  return baseline.funnel.stages.find((stage) => stage.metric === metric)?.total ?? 0;
}

function perWeek(baseline: Baseline, metric: string): Figure {
  const value = baseline.funnel.stages.find((stage) => stage.metric === metric)?.perWeek ?? null;
  return { value, enough: baseline.sufficient };
}

function conversion(baseline: Baseline, stage: ConversionStage): Figure {
  const found = baseline.funnel.conversions.find((item) => item.stage === stage);
  return {
    value: found?.rate ?? null,
    enough: baseline.sufficient && (found?.base ?? 0) >= MIN_STAGE_BASE,
  };
}

/** Every compared measure, in funnel order: the lead funnel's, then the activity funnel's. */
const MEASURES: readonly Measure[] = [
  { measure: 'lead-volume', label: 'leads assigned per week', of: (b) => perWeek(b, 'leads_assigned') },
  ...JUDGED_CONVERSION_STAGES.filter((stage) => stage === 'lead-conversion').map((stage) => ({
    measure: stage,
    label: CONVERSION_STEPS[stage].label,
    of: (b: Baseline) => conversion(b, stage),
  })),
  {
    measure: 'activity-per-lead',
    label: 'calls per lead',
    of: (b) => ({
      value: callsPerLeadOf(b),
      enough: b.sufficient && stageTotal(b, 'leads_assigned') >= MIN_STAGE_BASE,
    }),
  },
  { measure: 'volume', label: 'calls per week', of: (b) => perWeek(b, 'calls') },
  ...JUDGED_CONVERSION_STAGES.filter((stage) => stage !== 'lead-conversion').map((stage) => ({
    measure: stage,
    label: CONVERSION_STEPS[stage].label,
    of: (b: Baseline) => conversion(b, stage),
  })),
  {
    measure: 'deal-size',
    label: 'average deal size',
    of: (b) => ({
      value: b.funnel.averageDealSize,
      enough: b.sufficient && stageTotal(b, 'deals_won') >= MIN_DEALS_FOR_SIZE,
    }),
  },
];

function compared(
  measure: Measure,
  rep: Figure,
  reference: number | null,
  referenceEnough: boolean,
): FunnelComparison {
  const ratio = rep.value !== null && reference !== null && reference > 0 ? rep.value / reference : null;
  return {
    measure: measure.measure,
    label: measure.label,
    rep: rep.value,
    team: reference,
    ratio,
    judged: rep.enough && referenceEnough && ratio !== null,
  };
}

/** The team's median of a measure (null below the minimum team). */
function teamMedian(team: TeamFunnel, measure: FunnelMeasure): number | null {
  switch (measure) {
    case 'lead-volume':
      return team.perWeek.leads_assigned?.median ?? null;
    case 'activity-per-lead':
      return team.callsPerLead?.median ?? null;
    case 'volume':
      return team.perWeek.calls?.median ?? null;
    case 'deal-size':
      return team.averageDealSize?.median ?? null;
    default:
      return team.conversions[measure]?.median ?? null;
  }
}

export function compareWithTeam(baseline: Baseline, team: TeamFunnel): FunnelComparison[] {
  return MEASURES.map((measure) =>
    compared(measure, measure.of(baseline), teamMedian(team, measure.measure), true),
  );
}

/**
 * The rep's recent weeks against their own earlier ones: each measure of `recent` against the
 * same measure of `earlier`, judged only when both rest on enough data.
 */
export function compareWithOwnPast(recent: Baseline, earlier: Baseline): FunnelComparison[] {
  return MEASURES.map((measure) => {
    const before = measure.of(earlier);
    return compared(measure, measure.of(recent), before.value, before.enough);
  });
}

function atOrBelowGap(comparison: FunnelComparison | undefined): boolean {
  // A 1e-9 tolerance, so that rates such as 0.12 / 0.15 read as the 80% they are.
  return comparison?.judged === true && comparison.ratio !== null && comparison.ratio <= GAP_RATIO + 1e-9;
}

/**
 * Too few leads, worked normally: the lead volume is well below what it is compared with, while
 * neither calls per lead nor lead conversion is (a figure without enough data does not contradict).
 * Then the calls per week follow the leads and are no cause of their own.
 */
export function isLeadStarved(comparisons: readonly FunnelComparison[]): boolean {
  const find = (measure: FunnelMeasure) => comparisons.find((item) => item.measure === measure);
  return (
    atOrBelowGap(find('lead-volume')) &&
    !atOrBelowGap(find('activity-per-lead')) &&
    !atOrBelowGap(find('lead-conversion'))
  );
}

/**
 * The judged measure furthest below what it is compared with (at most GAP_RATIO of it); the
 * earliest in funnel order on a tie. Calls per lead is context, never a cause; lead volume is a
 * cause only for a rep starved of leads, and then replaces calls per week.
 */
export function widestGap(comparisons: readonly FunnelComparison[]): FunnelComparison | null {
  const starved = isLeadStarved(comparisons);
  let widest: FunnelComparison | null = null;
  for (const item of comparisons) {
    if (item.measure === 'activity-per-lead') continue;
    if (item.measure === (starved ? 'volume' : 'lead-volume')) continue;
    if (!atOrBelowGap(item)) continue;
    if (widest === null || (item.ratio as number) < (widest.ratio as number)) widest = item;
  }
  return widest;
}
