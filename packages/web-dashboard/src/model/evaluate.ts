/** The one way the dashboard asks core for a plan's figures: at the end of a civil date in the plan's zone. */
import { evaluatePlan, type PlanEvaluation } from '@onpace/core/pace';
import type { PlanData } from '../data/dataset';
import { endOfDayInstant } from './as-of';

export function evaluateAt(data: PlanData, date: string): PlanEvaluation {
  return evaluatePlan(data.plan, data.rollup, endOfDayInstant(date, data.plan.timeZone));
}
