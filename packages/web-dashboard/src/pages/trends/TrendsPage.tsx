import { ChartFigure, ColumnsChart, Legend, PaceBandChart, StackedColumnsChart } from '@onpace/charts';
import { STATUSES } from '@onpace/core/pace';
import { formatCount, formatRatio, formatShortDate, STATUS_LOOK } from '@onpace/core/present';
import { useMemo } from 'react';
import { StatusBadge } from '../../components/StatusBadge';
import type { Dataset } from '../../data/dataset';
import { teamRows } from '../../model/team-rows';
import { attainmentDistribution, checkInAdherence, statusChanges, teamPaceByWeek } from '../../model/trends';

export interface TrendsPageProps {
  readonly dataset: Dataset;
  readonly asOf: string;
  readonly locale: string | undefined;
}

export function TrendsPage({ dataset, asOf, locale }: TrendsPageProps) {
  const pace = useMemo(() => teamPaceByWeek(dataset, asOf), [dataset, asOf]);
  const rows = useMemo(() => teamRows(dataset, asOf), [dataset, asOf]);
  const attainment = useMemo(() => attainmentDistribution(rows), [rows]);
  const adherence = useMemo(() => checkInAdherence(dataset, asOf), [dataset, asOf]);
  const statuses = useMemo(() => statusChanges(dataset, asOf), [dataset, asOf]);
  const week = (date: string) => formatShortDate(date, locale);
  const ratio = (value: number) => formatRatio(value, locale);
  const latest = pace.at(-1);
  const held = adherence.weeks.reduce((sum, entry) => sum + entry.held, 0);
  const scheduled = adherence.weeks.reduce((sum, entry) => sum + entry.scheduled, 0);

  return (
    <div className="trends-page" data-onpace="trends">
      <section className="panel" aria-labelledby="pace-heading">
        <h2 id="pace-heading">Team pace, week by week</h2>
        <ChartFigure
          title="Median pace ratio of the team's plans (a plan's ratio is its weakest required target's)"
          summary={
            latest
              ? `In the week ending ${week(latest.weekEnding)}, the median pace ratio of ${latest.plans} plans was ${ratio(latest.median)}, the middle half between ${ratio(latest.lowerQuartile)} and ${ratio(latest.upperQuartile)}.`
              : 'No plan had started by this date.'
          }
          table={
            <table className="figures-table">
              <thead>
                <tr>
                  <th scope="col">Week ending</th>
                  <th scope="col">Plans</th>
                  <th scope="col">Median</th>
                  <th scope="col">Middle half</th>
                  <th scope="col">Lowest – highest</th>
                </tr>
              </thead>
              <tbody>
                {pace.map((entry) => (
                  <tr key={entry.weekEnding}>
                    <th scope="row">{week(entry.weekEnding)}</th>
                    <td className="num">{entry.plans}</td>
                    <td className="num">{ratio(entry.median)}</td>
                    <td className="num">
                      {ratio(entry.lowerQuartile)} – {ratio(entry.upperQuartile)}
                    </td>
                    <td className="num">
                      {ratio(entry.lowest)} – {ratio(entry.highest)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          {(label) => (
            <>
              <PaceBandChart
                label={label}
                formatValue={ratio}
                points={pace.map((entry) => ({
                  label: week(entry.weekEnding),
                  median: entry.median,
                  lower: entry.lowerQuartile,
                  upper: entry.upperQuartile,
                }))}
              />
              <Legend marks={['median', 'band', 'pace']} />
            </>
          )}
        </ChartFigure>
      </section>

      <div className="trends-grid">
        <section className="panel" aria-labelledby="attainment-heading">
          <h2 id="attainment-heading">Attainment</h2>
          <ChartFigure
            title="Targets by share of their goal reached"
            summary={`Targets by share of goal reached: ${attainment.map((bucket) => `${bucket.label}: ${bucket.targets}`).join(', ')}.`}
            table={
              <table className="figures-table">
                <thead>
                  <tr>
                    <th scope="col">Share of goal</th>
                    <th scope="col">Targets</th>
                  </tr>
                </thead>
                <tbody>
                  {attainment.map((bucket) => (
                    <tr key={bucket.label}>
                      <th scope="row">{bucket.label}</th>
                      <td className="num">{bucket.targets}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          >
            {(label) => (
              <ColumnsChart
                label={label}
                categories={attainment.map((bucket) => bucket.label)}
                series={[
                  {
                    key: 'targets',
                    className: 'bar-met',
                    values: attainment.map((bucket) => bucket.targets),
                  },
                ]}
                formatValue={(value) => formatCount(Math.round(value), locale)}
                showValues
              />
            )}
          </ChartFigure>
        </section>

        <section className="panel" aria-labelledby="adherence-heading">
          <h2 id="adherence-heading">Check-in adherence</h2>
          <ChartFigure
            title="Check-ins held against scheduled, by week"
            summary={`${held} of ${scheduled} scheduled check-ins held (within three days of the date).`}
            table={
              <table className="figures-table">
                <thead>
                  <tr>
                    <th scope="col">Rep</th>
                    <th scope="col">Held</th>
                    <th scope="col">Scheduled</th>
                  </tr>
                </thead>
                <tbody>
                  {adherence.plans.map((plan) => (
                    <tr key={plan.planId}>
                      <th scope="row">{plan.repName}</th>
                      <td className="num">{plan.held}</td>
                      <td className="num">{plan.scheduled}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
            tableOpen
          >
            {(label) => (
              <>
                <ColumnsChart
                  label={label}
                  categories={adherence.weeks.map((entry) => week(entry.weekEnding))}
                  series={[
                    {
                      key: 'scheduled',
                      className: 'bar-short',
                      values: adherence.weeks.map((entry) => entry.scheduled),
                    },
                    { key: 'held', className: 'bar-met', values: adherence.weeks.map((entry) => entry.held) },
                  ]}
                  formatValue={(value) => formatCount(Math.round(value), locale)}
                />
                <ul className="legend" aria-hidden="true">
                  <li>
                    <svg width={22} height={10} viewBox="0 0 22 10" aria-hidden="true">
                      <rect className="legend-bar-short" x={1} y={1} width={20} height={8} />
                    </svg>
                    Scheduled
                  </li>
                  <li>
                    <svg width={22} height={10} viewBox="0 0 22 10" aria-hidden="true">
                      <rect className="legend-bar-met" x={1} y={1} width={20} height={8} />
                    </svg>
                    Held
                  </li>
                </ul>
              </>
            )}
          </ChartFigure>
        </section>
      </div>

      <section className="panel" aria-labelledby="status-heading">
        <h2 id="status-heading">Status changes</h2>
        <ChartFigure
          title="Plans by status at the end of each week"
          summary={`${statuses.changes.length} status changes between weeks. ${
            statuses.weeks.length > 0
              ? `Week ending ${week(statuses.weeks.at(-1)?.weekEnding ?? '')}: ${STATUSES.map((status) => `${statuses.weeks.at(-1)?.counts[status] ?? 0} ${STATUS_LOOK[status].word}`).join(', ')}.`
              : ''
          }`}
          table={
            <table className="figures-table">
              <thead>
                <tr>
                  <th scope="col">Week ending</th>
                  {STATUSES.map((status) => (
                    <th key={status} scope="col">
                      {STATUS_LOOK[status].word}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {statuses.weeks.map((entry) => (
                  <tr key={entry.weekEnding}>
                    <th scope="row">{week(entry.weekEnding)}</th>
                    {STATUSES.map((status) => (
                      <td key={status} className="num">
                        {entry.counts[status]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          {(label) => (
            <>
              <StackedColumnsChart
                label={label}
                categories={statuses.weeks.map((entry) => week(entry.weekEnding))}
                counts={statuses.weeks.map((entry) => entry.counts)}
              />
              <ul className="legend status-legend" aria-hidden="true">
                {STATUSES.map((status) => (
                  <li key={status}>
                    <svg width={14} height={14} viewBox="0 0 14 14" aria-hidden="true">
                      <rect className={`segment segment-${status}`} x={1} y={1} width={12} height={12} />
                    </svg>
                    {STATUS_LOOK[status].icon} {STATUS_LOOK[status].word}
                  </li>
                ))}
              </ul>
            </>
          )}
        </ChartFigure>
        <h3>Latest changes</h3>
        <ul className="changes" data-onpace="status-changes">
          {statuses.changes.slice(0, 12).map((change) => (
            <li key={`${change.planId}-${change.weekEnding}`}>
              <time dateTime={change.weekEnding}>Week ending {week(change.weekEnding)}</time>:{' '}
              {change.repName}, <StatusBadge status={change.from} /> → <StatusBadge status={change.to} />
            </li>
          ))}
          {statuses.changes.length === 0 ? <li>No plan changed status.</li> : null}
        </ul>
      </section>
    </div>
  );
}
