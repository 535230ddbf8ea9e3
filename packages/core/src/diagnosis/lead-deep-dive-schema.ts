/**
 * The lead deep dive as plain JSON, for a view in another context (the extension's background
 * answers the plan editor with it): zod-checked where it crosses, without the baseline behind it.
 */
import { z } from 'zod';
import { CivilDate } from '../schemas/primitives.js';
import { FunnelConversion, FunnelStage } from './baseline-schema.js';
import type { LeadDeepDive } from './lead-deep-dive.js';
import type { OwnHistory } from './own-history.js';

const Figure = z.number().finite();
const Count = z.number().int().min(0);

const FunnelView = z.object({ stages: z.array(FunnelStage), conversions: z.array(FunnelConversion) });

/** Leads a week and lead conversion over one part of the rep's own history. */
const HistoryPart = z.object({ leadsPerWeek: Figure.nullable(), leadConversion: Figure.nullable() });

export const LeadDeepDiveView = z.object({
  from: CivilDate,
  to: CivilDate,
  weeks: z.array(
    z.object({
      start: CivilDate,
      end: CivilDate,
      partial: z.boolean(),
      leadsAssigned: Count,
      leadsConverted: Count,
    }),
  ),
  leadFunnel: FunnelView,
  activityFunnel: FunnelView,
  leadsPerWeek: Figure.nullable(),
  averageDealSize: Figure.nullable(),
  dealsWon: Figure,
  dealSizeByMonth: z.array(
    z.object({
      month: z.string().regex(/^\d{4}-\d{2}$/, { message: 'must be a month written YYYY-MM' }),
      start: CivilDate,
      end: CivilDate,
      dealsWon: Figure,
      revenueWon: Figure,
      averageDealSize: Figure.nullable(),
    }),
  ),
  /** The last 30 days of the range, and the 60 before them. */
  recent: HistoryPart,
  earlier: HistoryPart,
});
export type LeadDeepDiveView = z.infer<typeof LeadDeepDiveView>;

function partOf(baseline: OwnHistory['recent']): z.infer<typeof HistoryPart> {
  return {
    leadsPerWeek: baseline.funnel.stages.find((stage) => stage.metric === 'leads_assigned')?.perWeek ?? null,
    leadConversion:
      baseline.funnel.conversions.find((conversion) => conversion.stage === 'lead-conversion')?.rate ?? null,
  };
}

/** The deep dive and the rep's own history as one JSON view. */
export function leadDeepDiveView(dive: LeadDeepDive, history: OwnHistory): LeadDeepDiveView {
  const { baseline: _behind, ...figures } = dive;
  return {
    ...figures,
    weeks: [...figures.weeks],
    leadFunnel: { stages: [...dive.leadFunnel.stages], conversions: [...dive.leadFunnel.conversions] },
    activityFunnel: {
      stages: [...dive.activityFunnel.stages],
      conversions: [...dive.activityFunnel.conversions],
    },
    dealSizeByMonth: [...figures.dealSizeByMonth],
    recent: partOf(history.recent),
    earlier: partOf(history.earlier),
  };
}
