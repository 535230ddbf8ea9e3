/** Which targets a root cause calls for: the measurable output of the work the plan focuses on. */
import { match } from 'ts-pattern';
import type { BuiltInMetric } from '../schemas/metric.js';
import type { Cadence } from '../schemas/plan.js';
import type { RootCause } from './diagnosis-schema.js';

export interface SuggestionSpec {
  readonly metric: BuiltInMetric;
  readonly cadence: Cadence;
  /** Why this metric, in a few words. */
  readonly why: string;
}

const STEADY: readonly SuggestionSpec[] = [
  { metric: 'calls', cadence: 'daily', why: 'A steady base of activity.' },
  { metric: 'opportunities_created', cadence: 'weekly', why: 'A steady flow of new opportunities.' },
];

export function suggestionSpecs(cause: RootCause): readonly SuggestionSpec[] {
  return match(cause)
    .returnType<readonly SuggestionSpec[]>()
    .with({ kind: 'activity-volume' }, () => [
      { metric: 'calls', cadence: 'daily', why: 'More calls feed every later stage of the funnel.' },
      {
        metric: 'meetings_booked',
        cadence: 'weekly',
        why: 'Shows whether the extra calls turn into meetings.',
      },
    ])
    .with({ kind: 'lead-volume' }, () => [
      {
        metric: 'leads_assigned',
        cadence: 'weekly',
        why: 'More leads, from prospecting and new sources, feed every later stage.',
      },
      {
        metric: 'opportunities_created',
        cadence: 'weekly',
        why: 'Shows whether the new leads turn into opportunities.',
      },
    ])
    .with({ kind: 'conversion', stage: 'lead-conversion' }, () => [
      { metric: 'leads_converted', cadence: 'weekly', why: 'More of the leads become opportunities.' },
    ])
    .with({ kind: 'conversion', stage: 'lead-to-opportunity' }, () => [
      {
        metric: 'opportunities_created',
        cadence: 'weekly',
        why: 'Converted leads carried into opportunities.',
      },
    ])
    .with({ kind: 'conversion', stage: 'connect-rate' }, () => [
      { metric: 'connects', cadence: 'daily', why: 'More of the calls reach someone.' },
    ])
    .with({ kind: 'conversion', stage: 'booking-rate' }, () => [
      { metric: 'meetings_booked', cadence: 'weekly', why: 'More meetings from the same conversations.' },
    ])
    .with({ kind: 'conversion', stage: 'show-rate' }, () => [
      { metric: 'meetings_held', cadence: 'weekly', why: 'More of the booked meetings take place.' },
    ])
    .with({ kind: 'conversion', stage: 'opportunity-rate' }, () => [
      {
        metric: 'opportunities_created',
        cadence: 'weekly',
        why: 'More first meetings become opportunities.',
      },
    ])
    .with({ kind: 'conversion', stage: 'win-rate' }, () => [
      { metric: 'deals_won', cadence: 'plan', why: 'More opportunities carried through to a close.' },
    ])
    .with({ kind: 'deal-size' }, () => [
      {
        metric: 'pipeline_created',
        cadence: 'weekly',
        why: 'Pipeline value per week grows with larger opportunities.',
      },
    ])
    .with({ kind: 'no-clear-cause', reason: 'thin-baseline' }, () => [])
    .with({ kind: 'no-clear-cause', reason: 'no-team' }, () => STEADY)
    .with({ kind: 'no-clear-cause', reason: 'nothing-comparable' }, () => STEADY)
    .with({ kind: 'no-clear-cause', reason: 'in-line' }, () => STEADY)
    .exhaustive();
}
