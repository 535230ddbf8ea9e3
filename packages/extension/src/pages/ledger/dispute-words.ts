/** A dispute in one line, the same for both people: what, which day, and where it stands. */
import { formatDayDate } from '@onpace/core/present';
import { isSumMetric, metricName } from '@onpace/core/words';
import type { DayActivity, DisputeView } from '../../messaging/ledger-views';

type DisputeFacts = Pick<DisputeView, 'metric' | 'date' | 'kind' | 'amount' | 'activities'>;

const STATUS_WORDS: Readonly<Record<DisputeView['status'], string>> = {
  open: 'Open',
  accepted: 'Accepted',
  rejected: 'Rejected',
};

export function disputeStatusWord(status: DisputeView['status']): string {
  return STATUS_WORDS[status];
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Calls on Tue, Nov 12: 3 missing", "Pipeline created on …: 1,200 missing", "Calls on …: 2 should not count". */
export function disputeSummary(dispute: DisputeFacts, currency: string, label?: string): string {
  const what = label ?? capitalized(metricName(dispute.metric));
  const day = formatDayDate(dispute.date);
  if (dispute.kind === 'not-counting') {
    const count = dispute.activities.length;
    return `${what} on ${day}: ${count} ${count === 1 ? 'activity' : 'activities'} should not count`;
  }
  const amount = dispute.amount ?? 1;
  const figure = isSumMetric(dispute.metric)
    ? new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount)
    : new Intl.NumberFormat('en-US').format(amount);
  return `${what} on ${day}: ${figure} missing`;
}

const SOURCE_NAMES: Readonly<Record<string, string>> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  manual: 'Logged by hand',
  dispute: 'From a dispute',
};

export type DayActivityFacts = Pick<DayActivity, 'source' | 'id' | 'metric' | 'occurredAt' | 'amount'>;

/** How the rep recognises one of the day's activities: time in the plan's zone, where from, amount. */
export function dayActivityLabel(activity: DayActivityFacts, currency: string, timeZone?: string): string {
  const zone = timeZone === undefined ? {} : { timeZone };
  const time = new Intl.DateTimeFormat('en-US', { timeStyle: 'short', ...zone }).format(
    Date.parse(activity.occurredAt),
  );
  const source = SOURCE_NAMES[activity.source] ?? activity.source;
  const amount =
    activity.amount !== null && isSumMetric(activity.metric)
      ? ` · ${new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(activity.amount)}`
      : '';
  return `${time} · ${source} ${activity.id}${amount}`;
}
