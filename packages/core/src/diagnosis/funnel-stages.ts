/**
 * The sales funnels OnPace reads, their metrics in order and the named conversion between each
 * pair. Two funnels meet at opportunities: the lead funnel (leads assigned → leads converted →
 * opportunities → deals won) and the activity funnel (calls → connects → meetings booked →
 * meetings held → opportunities).
 */
import type { BuiltInMetric } from '../schemas/metric.js';

export const FUNNEL_METRICS = [
  'leads_assigned',
  'leads_converted',
  'calls',
  'connects',
  'meetings_booked',
  'meetings_held',
  'opportunities_created',
  'deals_won',
] as const satisfies readonly BuiltInMetric[];
export type FunnelMetric = (typeof FUNNEL_METRICS)[number];

/** The lead funnel, in order: where the rep's work comes from and where it ends. */
export const LEAD_FUNNEL_METRICS = [
  'leads_assigned',
  'leads_converted',
  'opportunities_created',
  'deals_won',
] as const satisfies readonly FunnelMetric[];

/** The activity funnel, in order: what the rep does with the leads. */
export const ACTIVITY_FUNNEL_METRICS = [
  'calls',
  'connects',
  'meetings_booked',
  'meetings_held',
] as const satisfies readonly FunnelMetric[];

/** One name per step of the funnels: the lead funnel's first, then the activity funnel's. */
export const CONVERSION_STAGES = [
  'lead-conversion',
  'lead-to-opportunity',
  'connect-rate',
  'booking-rate',
  'show-rate',
  'opportunity-rate',
  'win-rate',
] as const;
export type ConversionStage = (typeof CONVERSION_STAGES)[number];

/** The lead funnel's steps, in order (the win rate closes both funnels). */
export const LEAD_CONVERSION_STAGES = [
  'lead-conversion',
  'lead-to-opportunity',
  'win-rate',
] as const satisfies readonly ConversionStage[];

/** The activity funnel's steps, in order. */
export const ACTIVITY_CONVERSION_STAGES = [
  'connect-rate',
  'booking-rate',
  'show-rate',
  'opportunity-rate',
] as const satisfies readonly ConversionStage[];

/**
 * The stages that can point at a cause. Leads converted → opportunities is shown but never
 * judged: converting a lead usually creates its opportunity (Salesforce does so by default, and
 * HubSpot's opportunity stage follows a new deal), so the rate says how opportunities are logged,
 * not how well the rep works.
 */
export const JUDGED_CONVERSION_STAGES = CONVERSION_STAGES.filter(
  (stage) => stage !== 'lead-to-opportunity',
) as readonly ConversionStage[];

/** Each stage's rate is `to / from` over the baseline's totals. */
export const CONVERSION_STEPS: Readonly<
  Record<ConversionStage, { readonly from: FunnelMetric; readonly to: FunnelMetric; readonly label: string }>
> = {
  'lead-conversion': {
    from: 'leads_assigned',
    to: 'leads_converted',
    label: 'leads assigned → leads converted',
  },
  'lead-to-opportunity': {
    from: 'leads_converted',
    to: 'opportunities_created',
    label: 'leads converted → opportunities',
  },
  'connect-rate': { from: 'calls', to: 'connects', label: 'calls → connects' },
  'booking-rate': { from: 'connects', to: 'meetings_booked', label: 'connects → meetings booked' },
  'show-rate': { from: 'meetings_booked', to: 'meetings_held', label: 'meetings booked → meetings held' },
  'opportunity-rate': {
    from: 'meetings_held',
    to: 'opportunities_created',
    label: 'meetings held → opportunities',
  },
  'win-rate': { from: 'opportunities_created', to: 'deals_won', label: 'opportunities → deals won' },
};
