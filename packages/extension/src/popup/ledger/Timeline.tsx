import type { TimelineEntry } from '@onpace/core/ledger';
import { formatInstant } from '@onpace/core/present';

interface TimelineProps {
  readonly entries: readonly TimelineEntry[];
  /** The plan's time zone, so times read as they did where the plan runs; else the viewer's. */
  readonly timeZone?: string;
}

function authorWords(entry: TimelineEntry): string {
  if (!entry.author) return 'Unknown author';
  return entry.author.name ?? (entry.author.role === 'manager' ? 'The manager' : 'The rep');
}

/**
 * A plan's history, newest first, in core's words (`ledgerTimeline`): every event with its author
 * and time, a revision's changes and a note's earlier text as detail lines, and each problem the
 * fold found as a visible warning, never dropped.
 */
export function Timeline({ entries, timeZone }: TimelineProps) {
  const problems = entries.filter((entry) => entry.problem !== undefined);
  const newestFirst = [...entries].reverse();
  return (
    <section className="stack timeline" aria-label="Timeline">
      {problems.length > 0 ? (
        <div className="notice notice-problem" data-timeline-problems={problems.length}>
          <p>
            <span aria-hidden="true">⚠ </span>
            {problems.length === 1
              ? 'One part of this history could not be trusted and was not applied. It is marked below.'
              : `${problems.length} parts of this history could not be trusted and were not applied. They are marked below.`}
          </p>
        </div>
      ) : null}
      {entries.length === 0 ? <p className="small muted">Nothing recorded yet.</p> : null}
      <ol className="plain timeline-entries">
        {newestFirst.map((entry) => (
          <li
            key={entry.key}
            className={entry.problem ? 'timeline-entry warning' : 'timeline-entry'}
            data-timeline-entry={entry.kind}
            {...(entry.problem ? { 'data-problem': entry.problem.code } : {})}
          >
            <p className="small muted">
              {authorWords(entry)}
              {entry.at ? (
                <>
                  {' · '}
                  <time dateTime={entry.at}>{formatInstant(entry.at, timeZone)}</time>
                </>
              ) : null}
            </p>
            <p className="user-text">{entry.words}</p>
            {entry.detail && entry.detail.length > 0 ? (
              <ul className="small detail">
                {entry.detail.map((line, index) => (
                  // Detail lines can repeat ("Calls: …" twice); their order is their identity.
                  <li key={index} className="user-text">
                    {line}
                  </li>
                ))}
              </ul>
            ) : null}
            {entry.problem ? (
              <p className="small problem-text" data-problem-code={entry.problem.code}>
                <span aria-hidden="true">⚠ </span>
                <strong>Not applied ({entry.problem.code}):</strong> {entry.problem.message}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
