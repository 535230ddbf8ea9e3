import { Sparkline } from '@onpace/charts';
import { civilDateAt } from '@onpace/core/calendar';
import { formatRatio, formatShortDate, STATUS_LOOK } from '@onpace/core/present';
import { memo } from 'react';
import { StatusBadge } from '../../components/StatusBadge';
import { acknowledgmentState, acknowledgmentWords, lifecycleWords } from '../../model/ledger-words';
import type { TeamRow } from '../../model/team-rows';
import { routeHref } from '../../routing/route';

export interface TeamRowViewProps {
  readonly row: TeamRow;
  /** Weekly pace ratios; undefined while still being computed. */
  readonly ratios: readonly (number | null)[] | undefined;
  readonly locale: string | undefined;
}

function dayText(row: TeamRow, locale: string | undefined): string {
  if (row.phase === 'before') return `Starts ${formatShortDate(row.start, locale)}`;
  if (row.phase === 'after') return `Ended ${formatShortDate(row.end, locale)}`;
  return `Day ${row.day} of ${row.dayTotal}`;
}

function sparklineLabel(ratios: readonly (number | null)[], locale: string | undefined): string {
  const shown = ratios.filter((ratio) => ratio !== null).map((ratio) => formatRatio(ratio, locale));
  return shown.length === 0 ? 'No pace yet' : `Pace ratio by week: ${shown.join(', ')}`;
}

/** "Nov 18": the day an instant falls on in the plan's time zone. */
function formatInstantDate(instant: string, timeZone: string, locale: string | undefined): string {
  return formatShortDate(civilDateAt(Date.parse(instant), timeZone), locale);
}

/** One plan's row. Memoised: the sparklines fill in progressively without re-rendering every row. */
export const TeamRowView = memo(function TeamRowView({ row, ratios, locale }: TeamRowViewProps) {
  return (
    <tr data-plan-id={row.planId} data-status={row.status}>
      <th scope="row" className="col-rep">
        <a className="rep-link" href={routeHref({ page: 'plan', planId: row.planId })}>
          {row.repName}
        </a>
      </th>
      <td className="col-plan">
        {row.title}
        {row.label ? <span className="plan-label">{row.label}</span> : null}
        <span className="record-state">
          <span className="record-chip" data-onpace="lifecycle" data-lifecycle={row.lifecycle}>
            {lifecycleWords(row.lifecycle, row.outcome)}
          </span>
          <span
            className="record-chip"
            data-onpace="acknowledgment"
            data-acknowledged={acknowledgmentState(row.acknowledgedRevision, row.acknowledgedCurrent)}
          >
            {acknowledgmentWords(row.acknowledgedRevision, row.revision)}
          </span>
          {row.openDisputes > 0 ? (
            <span
              className="record-chip chip-attention"
              data-onpace="open-disputes"
              data-count={row.openDisputes}
            >
              {row.openDisputes === 1 ? '1 open dispute' : `${row.openDisputes} open disputes`}
            </span>
          ) : null}
          {row.ledgerProblems > 0 ? (
            <span
              className="record-chip chip-warning"
              data-onpace="ledger-problems"
              data-count={row.ledgerProblems}
            >
              ⚠{' '}
              {row.ledgerProblems === 1
                ? '1 problem in the record'
                : `${row.ledgerProblems} problems in the record`}
            </span>
          ) : null}
        </span>
      </td>
      <td className="col-manager">{row.managerName ?? '—'}</td>
      <td className="col-day num">{dayText(row, locale)}</td>
      <td className="col-status">
        <StatusBadge status={row.status} />
      </td>
      <td className="col-targets">
        <ul className="target-chips">
          {row.targets.map((target) => (
            <li
              key={target.targetId}
              className={`chip status-${target.status}${target.required ? '' : ' chip-optional'}`}
              data-target-id={target.targetId}
              data-status={target.status}
              title={target.required ? undefined : 'Not required: does not count toward the plan status'}
            >
              <span aria-hidden="true">{STATUS_LOOK[target.status].icon}</span> {target.name}{' '}
              <span className="chip-word">{STATUS_LOOK[target.status].word}</span>
            </li>
          ))}
        </ul>
      </td>
      <td className="col-pace num">
        <span className="pace-cell">
          {ratios === undefined ? (
            <span className="sparkline-pending" aria-hidden="true" />
          ) : (
            <Sparkline values={ratios} label={sparklineLabel(ratios, locale)} />
          )}
          <span data-onpace="pace-ratio">{formatRatio(row.paceRatio, locale)}</span>
        </span>
      </td>
      <td className="col-check-in num">{row.nextCheckIn ? formatShortDate(row.nextCheckIn, locale) : '—'}</td>
      <td className="col-note">
        {row.lastNote ? (
          <span className="last-note" title={row.lastNote.text}>
            <time dateTime={row.lastNote.at}>{formatInstantDate(row.lastNote.at, row.timeZone, locale)}</time>{' '}
            {row.lastNote.text}
          </span>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
});
