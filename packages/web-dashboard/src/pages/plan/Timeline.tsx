import { ChartFigure } from '@onpace/charts';
import { toDayNumber } from '@onpace/core/calendar';
import { formatDate, formatInstant, formatShortDate } from '@onpace/core/present';
import type { Plan } from '@onpace/core/schemas';
import type { DatedEntry } from '../../model/timeline';

export interface TimelineProps {
  readonly plan: Plan;
  readonly entries: readonly DatedEntry[];
  readonly asOf: string;
  readonly locale: string | undefined;
}

/** A mark on the strip per group of entries, so the line reads at a glance. */
type MarkGroup = 'plan' | 'acknowledgment' | 'note' | 'check-in' | 'activity' | 'dispute' | 'problem';

const GROUP_OF: Readonly<Record<string, MarkGroup>> = {
  'plan.issued': 'plan',
  'plan.activated': 'plan',
  'plan.extended': 'plan',
  'plan.closed': 'plan',
  'plan.acknowledged': 'acknowledgment',
  'note.added': 'note',
  'note.edited': 'note',
  'note.deleted': 'note',
  'checkin.held': 'check-in',
  'checkin.answered': 'check-in',
  'action.done': 'check-in',
  'activity.logged': 'activity',
  'activity.retracted': 'activity',
  'dispute.opened': 'dispute',
  'dispute.resolved': 'dispute',
  problem: 'problem',
};

const MARK: Readonly<Record<MarkGroup, { label: string; shape: string; row: number }>> = {
  plan: { label: 'Plan change', shape: '■', row: 26 },
  acknowledgment: { label: 'Acknowledgment', shape: '✓', row: 26 },
  'check-in': { label: 'Check-in', shape: '◆', row: 26 },
  note: { label: 'Note', shape: '●', row: 14 },
  activity: { label: 'Manual log', shape: '+', row: 38 },
  dispute: { label: 'Dispute', shape: '▲', row: 38 },
  problem: { label: 'Problem', shape: '⚠', row: 14 },
};

function groupOf(entry: DatedEntry): MarkGroup {
  return GROUP_OF[entry.entry.kind] ?? 'plan';
}

/** Every event of the plan's record on one line over the window, then the same events as a list. */
export function Timeline({ plan, entries, asOf, locale }: TimelineProps) {
  const start = toDayNumber(plan.start);
  const span = Math.max(1, toDayNumber(plan.end) - start);
  const width = 720;
  const x = (date: string) => 12 + ((toDayNumber(date) - start) / span) * (width - 24);
  const counts = new Map<MarkGroup, number>();
  for (const entry of entries) counts.set(groupOf(entry), (counts.get(groupOf(entry)) ?? 0) + 1);
  const summary = `The plan's record to ${formatDate(asOf, locale)}: ${(Object.keys(MARK) as MarkGroup[])
    .map((group) => `${counts.get(group) ?? 0} × ${MARK[group].label.toLowerCase()}`)
    .join(', ')}.`;
  const inWindow = entries.filter(
    (entry): entry is DatedEntry & { date: string } =>
      entry.date !== null && entry.date >= plan.start && entry.date <= plan.end,
  );
  const problems = entries.filter((entry) => entry.entry.problem !== undefined);
  return (
    <ChartFigure
      title="The plan's record"
      summary={summary}
      className="timeline-figure"
      table={<p className="hint">The list below holds every event of the record.</p>}
    >
      {(label) => (
        <>
          {problems.length > 0 ? (
            <p
              className="ledger-warning"
              role="alert"
              data-onpace="ledger-warning"
              data-count={problems.length}
            >
              ⚠ The record has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}: what is
              marked below was not applied, and the figures do not count it.
            </p>
          ) : null}
          <svg
            className="chart-svg timeline-strip"
            role="img"
            aria-labelledby={label.id}
            viewBox={`0 0 ${width} 44`}
          >
            <title id={label.id}>{label.text}</title>
            <line className="baseline" x1={12} x2={width - 12} y1={22} y2={22} />
            {asOf >= plan.start && asOf <= plan.end ? (
              <line className="as-of-mark" x1={x(asOf)} x2={x(asOf)} y1={4} y2={40} />
            ) : null}
            {inWindow.map((entry) => (
              <text
                key={entry.entry.key}
                className={`timeline-mark mark-${groupOf(entry)}`}
                x={x(entry.date)}
                y={MARK[groupOf(entry)].row}
                textAnchor="middle"
              >
                {MARK[groupOf(entry)].shape}
              </text>
            ))}
            <text className="tick" x={12} y={42}>
              {formatShortDate(plan.start, locale)}
            </text>
            <text className="tick" x={width - 12} y={42} textAnchor="end">
              {formatShortDate(plan.end, locale)}
            </text>
          </svg>
          <ol className="timeline-list" data-onpace="timeline">
            {entries.map(({ entry }) => (
              <li
                key={entry.key}
                className={`event event-${GROUP_OF[entry.kind] ?? 'plan'}${entry.problem ? ' event-problem' : ''}`}
                data-kind={entry.kind}
                data-problem={entry.problem?.code}
              >
                <span className="event-head">
                  <span aria-hidden="true">{MARK[GROUP_OF[entry.kind] ?? 'plan'].shape}</span>{' '}
                  {entry.at === null ? (
                    <span className="event-time">time unknown</span>
                  ) : (
                    <time dateTime={entry.at}>{formatInstant(entry.at, plan.timeZone, locale)}</time>
                  )}
                  {entry.author ? (
                    <span className="event-author" data-role={entry.author.role}>
                      {' '}
                      · {entry.author.name ?? entry.author.id} ({entry.author.role})
                    </span>
                  ) : null}
                </span>
                <p className="event-words">{entry.words}</p>
                {entry.detail && entry.detail.length > 0 ? (
                  <ul className="event-detail">
                    {entry.detail.map((line, index) => (
                      // Lines of one entry never reorder, and two may read the same: the index keys them.
                      <li key={index}>{line}</li>
                    ))}
                  </ul>
                ) : null}
                {entry.problem ? (
                  <p className="event-warning" data-onpace="problem">
                    ⚠ Not applied ({entry.problem.code}): {entry.problem.message}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </ChartFigure>
  );
}
