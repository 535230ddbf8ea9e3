/**
 * The lead deep dive in the plan editor: were leads insufficient, was conversion low, how large
 * are the deals? Key figures, then lead volume by week, conversion by stage and deal size by
 * month as charts, each with its figures in a table. The charts are @onpace/charts,
 * shared with the dashboard, so both views draw the same figures the same way.
 */

import { ChartFigure, ColumnsChart } from '@onpace/charts';
import {
  ACTIVITY_CONVERSION_STAGES,
  CONVERSION_STEPS,
  type ConversionStage,
  LEAD_CONVERSION_STAGES,
  type LeadDeepDiveView,
} from '@onpace/core/diagnosis';
import { formatDayDate, formatFigure } from '@onpace/core/present';

const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });

const percent = (rate: number | null) => (rate === null ? '—' : percentFormat.format(rate));
const count = (value: number) => formatFigure(value, false, '');
const day = (date: string) => shortDate.format(Date.parse(`${date}T00:00:00Z`));
const month = (yearMonth: string) => monthFormat.format(Date.parse(`${yearMonth}-01T00:00:00Z`));

const SHORT_STAGES: Readonly<Record<ConversionStage, string>> = {
  'lead-conversion': 'Lead → converted',
  'lead-to-opportunity': 'Converted → opp',
  'win-rate': 'Opp → won',
  'connect-rate': 'Call → connect',
  'booking-rate': 'Connect → booked',
  'show-rate': 'Booked → held',
  'opportunity-rate': 'Held → opp',
};

function stageLabel(stage: ConversionStage): string {
  const label = CONVERSION_STEPS[stage].label;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function Conversions({
  title,
  view,
  stages,
  name,
}: {
  readonly title: string;
  readonly view: LeadDeepDiveView['leadFunnel'];
  readonly stages: readonly ConversionStage[];
  readonly name: string;
}) {
  const rows = stages.map((stage) => {
    const found = view.conversions.find((conversion) => conversion.stage === stage);
    return { stage, rate: found?.rate ?? null, base: found?.base ?? 0 };
  });
  const measured = rows.filter((row) => row.rate !== null);
  return (
    <ChartFigure
      title={title}
      summary={`${title}: ${rows.map((row) => (row.rate === null ? `${stageLabel(row.stage)} not measured` : `${stageLabel(row.stage)} ${percent(row.rate)} of ${count(row.base)}`)).join('; ')}.`}
      table={
        <table className="figures-table" data-onpace={`${name}-conversions`}>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Conversion</th>
              <th scope="col">Of</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.stage} data-stage={row.stage}>
                <th scope="row">{stageLabel(row.stage)}</th>
                <td className="num">{percent(row.rate)}</td>
                <td className="num">{count(row.base)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(label) =>
        measured.length === 0 ? (
          <p className="small muted" id={label.id}>
            No stage has records to measure yet.
          </p>
        ) : (
          <ColumnsChart
            label={label}
            categories={measured.map((row) => SHORT_STAGES[row.stage])}
            series={[
              { key: 'rate', className: 'bar-met', values: measured.map((row) => (row.rate ?? 0) * 100) },
            ]}
            formatValue={(value) => percent(value / 100)}
            minimumMax={100}
            showValues
          />
        )
      }
    </ChartFigure>
  );
}

export function LeadDeepDive({
  view,
  currency,
}: {
  readonly view: LeadDeepDiveView;
  readonly currency: string;
}) {
  const money = (value: number) => formatFigure(value, true, currency);
  const { weeks } = view;
  const conversion = view.leadFunnel.conversions.find((c) => c.stage === 'lead-conversion')?.rate ?? null;
  const anyDeal = view.dealSizeByMonth.some((entry) => entry.averageDealSize !== null);
  return (
    <details className="stack lead-deep-dive" data-onpace="lead-deep-dive">
      <summary>
        <h4>Lead deep dive</h4>
      </summary>
      <p className="small muted">
        {formatDayDate(view.from)} – {formatDayDate(view.to)}: the CRM’s leads the rep owns (Salesforce Leads,
        HubSpot contacts), converted when they become an opportunity.
      </p>
      <dl className="deep-dive-figures">
        <div data-figure="leads-per-week">
          <dt>Leads assigned a week</dt>
          <dd>{view.leadsPerWeek === null ? '—' : count(view.leadsPerWeek)}</dd>
        </div>
        <div data-figure="lead-volume-trend">
          <dt>Last 30 days, and the 60 before</dt>
          <dd>
            {view.recent.leadsPerWeek === null || view.earlier.leadsPerWeek === null
              ? '—'
              : `${count(view.recent.leadsPerWeek)} a week, against ${count(view.earlier.leadsPerWeek)}`}
          </dd>
        </div>
        <div data-figure="lead-conversion">
          <dt>Lead conversion</dt>
          <dd>
            {percent(conversion)}
            {view.recent.leadConversion !== null && view.earlier.leadConversion !== null
              ? ` (last 30 days ${percent(view.recent.leadConversion)}, before ${percent(view.earlier.leadConversion)})`
              : ''}
          </dd>
        </div>
        <div data-figure="average-deal-size">
          <dt>Average deal size</dt>
          <dd>
            {view.averageDealSize === null
              ? 'no deal won'
              : `${money(view.averageDealSize)} over ${view.dealsWon} ${view.dealsWon === 1 ? 'deal' : 'deals'}`}
          </dd>
        </div>
      </dl>
      <ChartFigure
        title="Leads by week"
        summary={
          weeks.length === 0
            ? 'No week of lead data.'
            : `Leads by week: ${weeks.map((week) => `${day(week.start)} ${week.leadsAssigned} assigned, ${week.leadsConverted} converted`).join('; ')}.`
        }
        table={
          <table className="figures-table" data-onpace="weekly-leads">
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Leads assigned</th>
                <th scope="col">Leads converted</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.start} data-week={week.start}>
                  <th scope="row">
                    {day(week.start)}
                    {week.partial ? ' (part week)' : ''}
                  </th>
                  <td className="num">{week.leadsAssigned}</td>
                  <td className="num">{week.leadsConverted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        {(label) => (
          <>
            <ColumnsChart
              label={label}
              categories={weeks.map((week) => day(week.start))}
              series={[
                { key: 'assigned', className: 'bar-met', values: weeks.map((week) => week.leadsAssigned) },
                {
                  key: 'converted',
                  className: 'bar-short',
                  values: weeks.map((week) => week.leadsConverted),
                },
              ]}
              formatValue={(value) => count(Math.round(value))}
            />
            <p className="small muted" aria-hidden="true">
              Solid: leads assigned. Outlined: leads converted.
            </p>
          </>
        )}
      </ChartFigure>
      <Conversions
        title="Lead funnel conversion"
        view={view.leadFunnel}
        stages={LEAD_CONVERSION_STAGES}
        name="lead"
      />
      <Conversions
        title="Activity funnel conversion"
        view={view.activityFunnel}
        stages={ACTIVITY_CONVERSION_STAGES}
        name="activity"
      />
      <ChartFigure
        title="Average deal size by month"
        summary={`Average deal size by month: ${view.dealSizeByMonth.map((entry) => (entry.averageDealSize === null ? `${month(entry.month)} no deal won` : `${month(entry.month)} ${money(entry.averageDealSize)} over ${entry.dealsWon}`)).join('; ')}.`}
        table={
          <table className="figures-table" data-onpace="deal-size">
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Deals won</th>
                <th scope="col">Average deal size</th>
              </tr>
            </thead>
            <tbody>
              {view.dealSizeByMonth.map((entry) => (
                <tr key={entry.month} data-month={entry.month}>
                  <th scope="row">{month(entry.month)}</th>
                  <td className="num">{entry.dealsWon}</td>
                  <td className="num">
                    {entry.averageDealSize === null ? '—' : money(entry.averageDealSize)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        {(label) =>
          anyDeal ? (
            <ColumnsChart
              label={label}
              categories={view.dealSizeByMonth.map((entry) => month(entry.month))}
              series={[
                {
                  key: 'size',
                  className: 'bar-met',
                  values: view.dealSizeByMonth.map((entry) => entry.averageDealSize ?? 0),
                },
              ]}
              formatValue={money}
            />
          ) : (
            <p className="small muted" id={label.id}>
              No deal won in these months: there is no deal size to show.
            </p>
          )
        }
      </ChartFigure>
    </details>
  );
}
