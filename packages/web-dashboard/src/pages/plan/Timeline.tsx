import { ChartFigure } from '@onpace/charts';
import { toDayNumber } from '@onpace/core/calendar';
import { formatDate, formatShortDate } from '@onpace/core/present';
import type { Plan } from '@onpace/core/schemas';
import type { TimelineEvent } from '../../model/timeline';

export interface TimelineProps {
  readonly plan: Plan;
  readonly events: readonly TimelineEvent[];
  readonly asOf: string;
  readonly locale: string | undefined;
}

const MARK: Record<TimelineEvent['kind'], { label: string; shape: string }> = {
  'check-in': { label: 'Check-in', shape: '◆' },
  'action-due': { label: 'Action item due', shape: '▲' },
  note: { label: 'Note', shape: '●' },
  acknowledgment: { label: 'Acknowledged', shape: '■' },
};

function EventBody({
  event,
  locale,
}: {
  readonly event: TimelineEvent;
  readonly locale: string | undefined;
}) {
  switch (event.kind) {
    case 'check-in':
      return (
        <>
          <p>
            <strong>Question:</strong> {event.checkIn.question}
          </p>
          {event.checkIn.answer ? (
            <p>
              <strong>Answer:</strong> {event.checkIn.answer}
            </p>
          ) : null}
          {event.checkIn.actionItems.length > 0 ? (
            <ul className="action-items">
              {event.checkIn.actionItems.map((item) => (
                <li key={item.id}>
                  {item.text}
                  {item.due ? `, due ${formatShortDate(item.due, locale)}` : ''}
                  {item.done ? ' (done)' : ''}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      );
    case 'action-due':
      return (
        <p>
          {event.item.text} (from the check-in of {formatShortDate(event.checkInDate, locale)})
          {event.item.done ? ', done' : ''}
        </p>
      );
    case 'note':
      return (
        <p>
          {event.note.text}{' '}
          <span className="meta">
            {event.note.tag}
            {event.note.visibility === 'private' ? ', private' : ''}
          </span>
        </p>
      );
    case 'acknowledgment':
      return <p>The rep acknowledged revision {event.revision} of the plan.</p>;
  }
}

/** Check-ins, action items and notes on one line over the plan window, then the same events as a list. */
export function Timeline({ plan, events, asOf, locale }: TimelineProps) {
  const start = toDayNumber(plan.start);
  const span = Math.max(1, toDayNumber(plan.end) - start);
  const width = 720;
  const x = (date: string) => 12 + ((toDayNumber(date) - start) / span) * (width - 24);
  const counts = events.reduce<Record<string, number>>((tally, event) => {
    tally[event.kind] = (tally[event.kind] ?? 0) + 1;
    return tally;
  }, {});
  const summary = `Timeline of the plan to ${formatDate(asOf, locale)}: ${Object.entries(MARK)
    .map(([kind, mark]) => `${counts[kind] ?? 0} × ${mark.label.toLowerCase()}`)
    .join(', ')}.`;
  const inWindow = events.filter((event) => event.date >= plan.start && event.date <= plan.end);
  return (
    <ChartFigure
      title="Check-ins, action items and notes"
      summary={summary}
      className="timeline-figure"
      table={<p className="hint">The list below holds every event of the timeline.</p>}
    >
      {(label) => (
        <>
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
            {inWindow.map((event, index) => (
              <text
                key={`${event.kind}-${event.date}-${index}`}
                className={`timeline-mark mark-${event.kind}`}
                x={x(event.date)}
                y={event.kind === 'note' ? 14 : event.kind === 'action-due' ? 38 : 26}
                textAnchor="middle"
              >
                {MARK[event.kind].shape}
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
            {events.map((event, index) => (
              <li
                key={`${event.kind}-${event.date}-${index}`}
                className={`event event-${event.kind}`}
                data-kind={event.kind}
              >
                <span className="event-head">
                  <span aria-hidden="true">{MARK[event.kind].shape}</span>{' '}
                  <time dateTime={event.date}>{formatDate(event.date, locale)}</time>{' '}
                  <span className="event-kind">{MARK[event.kind].label}</span>
                </span>
                <EventBody event={event} locale={locale} />
              </li>
            ))}
          </ol>
        </>
      )}
    </ChartFigure>
  );
}
