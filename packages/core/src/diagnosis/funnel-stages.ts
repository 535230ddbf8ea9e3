/** The sales funnel OnPace reads: its metrics in order and the named conversion between each pair. */
import type { BuiltInMetric } from '../schemas/metric.js';

export const FUNNEL_METRICS = [
  'calls',
  'connects',
  'meetings_booked',
  'meetings_held',
  'opportunities_created',
  'deals_won',
] as const satisfies readonly BuiltInMetric[];
export type FunnelMetric = (typeof FUNNEL_METRICS)[number];

/** One name per step of the funnel, in funnel order. */
export const CONVERSION_STAGES = [
  'connect-rate',
  'booking-rate',
  'show-rate',
  'opportunity-rate',
  'win-rate',
] as const;
export type ConversionStage = (typeof CONVERSION_STAGES)[number];

/** Each stage's rate is `to / from` over the baseline's totals. */
export const CONVERSION_STEPS: Readonly<
  Record<ConversionStage, { readonly from: FunnelMetric; readonly to: FunnelMetric; readonly label: string }>
> = {
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
