/** Sentences about a target, from core's figures: what was agreed, and what keeps it on pace from here. */
import type { TargetEvaluation } from '@onpace/core/pace';
import { formatCount, formatDate, formatNeed, formatValue } from '@onpace/core/present';
import { metricName, type Target } from '@onpace/core/schemas';

function ruleText(target: Target): string {
  if (target.cadence === 'plan') return '';
  const period = target.cadence === 'daily' ? 'days' : 'weeks';
  switch (target.rule.kind) {
    case 'each-period':
      return `, every ${target.cadence === 'daily' ? 'business day' : 'week'}`;
    case 'share-of-periods':
      return `, in at least ${Math.round(target.rule.atLeast * 100)}% of ${period}`;
    case 'total':
      return ', counted as a total over the plan';
  }
}

/** "45 calls a day, in at least 80% of days" — the target as agreed. */
export function agreedText(target: Target, currency: string, locale?: string): string {
  const goal = formatValue(target.metric, target.goal, currency, locale);
  const name = metricName(target.metric, target.goal === 1 ? 'one' : 'many');
  const per =
    target.cadence === 'daily' ? ' a day' : target.cadence === 'weekly' ? ' a week' : ' over the plan';
  const until = target.until ? ` by ${formatDate(target.until, locale)}` : '';
  const required = target.required ? '' : ' (not required)';
  return `${goal} ${name}${per}${until}${ruleText(target)}${required}`;
}

/** The next action, or the outcome when there is nothing left to do. */
export function nextActionText(
  target: Target,
  evaluation: TargetEvaluation,
  currency: string,
  locale?: string,
): string {
  const name = metricName(target.metric);
  if (evaluation.status === 'achieved') return 'Goal reached.';
  if (evaluation.status === 'missed') return 'The goal was not reached in its window.';
  const current = evaluation.current;
  if (target.cadence !== 'plan' && target.rule.kind !== 'total' && current && !current.settled) {
    const more = Math.max(0, current.goal - current.actual);
    const when = target.cadence === 'daily' ? 'today' : 'this week';
    return more > 0
      ? `${formatNeed(target.metric, more, currency, locale)} more ${name} ${when}.`
      : `Met ${when}.`;
  }
  if (target.cadence !== 'plan' && target.rule.kind !== 'total') {
    // A settled period (the end of the as-of day): the next one asks the same again.
    const goal = formatNeed(target.metric, target.goal, currency, locale);
    return `${goal} ${name} ${target.cadence === 'daily' ? 'each business day' : 'each week'}.`;
  }
  if (evaluation.requiredPerDay === null) return '';
  if (evaluation.requiredPerDay === 0) return 'Goal reached.';
  return `${formatNeed(target.metric, evaluation.requiredPerDay, currency, locale)} ${name} a business day from here.`;
}

export function periodsText(evaluation: TargetEvaluation, locale?: string): string | null {
  if (evaluation.cadence === 'plan' || evaluation.periodsNeeded === null) return null;
  const kind = evaluation.cadence === 'daily' ? 'days' : 'weeks';
  return `${formatCount(evaluation.periodsMet, locale)} of ${formatCount(evaluation.periodsNeeded, locale)} ${kind} needed met; ${formatCount(evaluation.periodsRemaining, locale)} still open.`;
}
