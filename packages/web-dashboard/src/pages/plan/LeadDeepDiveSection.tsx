import { ChartFigure, ColumnsChart } from '@onpace/charts';
import {
  ACTIVITY_CONVERSION_STAGES,
  type ConversionStage,
  type FunnelView,
  LEAD_CONVERSION_STAGES,
} from '@onpace/core/diagnosis';
import { formatCount, formatDate, formatMoney, formatRatio, formatShortDate } from '@onpace/core/present';
import { metricName } from '@onpace/core/schemas';
import { useMemo } from 'react';
import type { PlanData } from '../../data/dataset';
import {
  formatMonth,
  type PlanLeadDeepDive,
  perWeekOf,
  planLeadDeepDive,
  rateOf,
  STAGE_SHORT_NAMES,
  stageLabel,
} from '../../model/lead-deep-dive';

interface Formats {
  readonly count: (value: number) => string;
  readonly percent: (rate: number | null) => string;
  readonly money: (value: number) => string;
  readonly date: (date: string) => string;
  readonly month: (month: string) => string;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Last 30 days against the 60 before them, for one figure: "17 a week (30 before)". */
function KeyFigures({ view, formats }: { readonly view: PlanLeadDeepDive; readonly formats: Formats }) {
  const { dive, history } = view;
  const recent = perWeekOf(history.recent, 'leads_assigned');
  const earlier = perWeekOf(history.earlier, 'leads_assigned');
  const conversion = dive.leadFunnel.conversions.find((c) => c.stage === 'lead-conversion')?.rate ?? null;
  const recentConversion = rateOf(history.recent, 'lead-conversion');
  const earlierConversion = rateOf(history.earlier, 'lead-conversion');
  return (
    <dl className="plan-facts deep-dive-figures">
      <div data-figure="leads-per-week">
        <dt>Leads assigned a week</dt>
        <dd>{dive.leadsPerWeek === null ? '—' : formats.count(dive.leadsPerWeek)}</dd>
      </div>
      <div data-figure="lead-volume-trend">
        <dt>Last 30 days, and the 60 before</dt>
        <dd>
          {recent === null || earlier === null
            ? '—'
            : `${formats.count(recent)} a week, against ${formats.count(earlier)}`}
        </dd>
      </div>
      <div data-figure="lead-conversion">
        <dt>Lead conversion</dt>
        <dd>
          {formats.percent(conversion)}
          {recentConversion !== null && earlierConversion !== null
            ? ` (last 30 days ${formats.percent(recentConversion)}, before ${formats.percent(earlierConversion)})`
            : ''}
        </dd>
      </div>
      <div data-figure="average-deal-size">
        <dt>Average deal size</dt>
        <dd>
          {dive.averageDealSize === null
            ? 'no deal won'
            : `${formats.money(dive.averageDealSize)} over ${dive.dealsWon} ${dive.dealsWon === 1 ? 'deal' : 'deals'}`}
        </dd>
      </div>
    </dl>
  );
}

function WeeklyLeads({ view, formats }: { readonly view: PlanLeadDeepDive; readonly formats: Formats }) {
  const { weeks } = view.dive;
  const assigned = weeks.reduce((sum, week) => sum + week.leadsAssigned, 0);
  const converted = weeks.reduce((sum, week) => sum + week.leadsConverted, 0);
  const summary =
    weeks.length === 0
      ? 'No week of lead data.'
      : `Leads by week from ${formats.date(weeks[0]?.start ?? '')}: ${weeks.map((week) => `${formats.date(week.start)} ${week.leadsAssigned} assigned, ${week.leadsConverted} converted`).join('; ')}. In all ${assigned} assigned and ${converted} converted.`;
  return (
    <ChartFigure
      title="Leads by week"
      summary={summary}
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
                  {formats.date(week.start)}
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
            categories={weeks.map((week) => formats.date(week.start))}
            series={[
              { key: 'assigned', className: 'bar-met', values: weeks.map((week) => week.leadsAssigned) },
              { key: 'converted', className: 'bar-short', values: weeks.map((week) => week.leadsConverted) },
            ]}
            formatValue={(value) => formats.count(Math.round(value))}
          />
          <p className="chart-key" aria-hidden="true">
            Solid: leads assigned. Outlined: leads converted.
          </p>
        </>
      )}
    </ChartFigure>
  );
}

function Conversions({
  title,
  funnel,
  stages,
  formats,
  name,
}: {
  readonly title: string;
  readonly funnel: FunnelView;
  readonly stages: readonly ConversionStage[];
  readonly formats: Formats;
  readonly name: string;
}) {
  const rows = stages.map((stage) => {
    const conversion = funnel.conversions.find((item) => item.stage === stage);
    return { stage, rate: conversion?.rate ?? null, base: conversion?.base ?? 0 };
  });
  const measured = rows.filter((row) => row.rate !== null);
  const summary = `${title}: ${rows
    .map((row) =>
      row.rate === null
        ? `${stageLabel(row.stage)} not measured`
        : `${stageLabel(row.stage)} ${formats.percent(row.rate)} of ${formats.count(row.base)}`,
    )
    .join('; ')}.`;
  return (
    <ChartFigure
      title={title}
      summary={summary}
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
                <td className="num">{formats.percent(row.rate)}</td>
                <td className="num">{formats.count(row.base)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(label) =>
        measured.length === 0 ? (
          <p className="muted" id={label.id}>
            No stage has records to measure yet.
          </p>
        ) : (
          <ColumnsChart
            label={label}
            categories={measured.map((row) => STAGE_SHORT_NAMES[row.stage])}
            series={[
              { key: 'rate', className: 'bar-met', values: measured.map((row) => (row.rate ?? 0) * 100) },
            ]}
            formatValue={(value) => formats.percent(value / 100)}
            minimumMax={100}
            showValues
          />
        )
      }
    </ChartFigure>
  );
}

function DealSize({ view, formats }: { readonly view: PlanLeadDeepDive; readonly formats: Formats }) {
  const months = view.dive.dealSizeByMonth;
  const monthName = formats.month;
  const summary = `Average deal size by month: ${months
    .map((month) =>
      month.averageDealSize === null
        ? `${monthName(month.month)} no deal won`
        : `${monthName(month.month)} ${formats.money(month.averageDealSize)} over ${month.dealsWon}`,
    )
    .join('; ')}.`;
  return (
    <ChartFigure
      title="Average deal size by month"
      summary={summary}
      table={
        <table className="figures-table" data-onpace="deal-size">
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Deals won</th>
              <th scope="col">Revenue won</th>
              <th scope="col">Average deal size</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month} data-month={month.month}>
                <th scope="row">
                  {monthName(month.month)}
                  {month.start.endsWith('-01') ? '' : ` (from ${formats.date(month.start)})`}
                </th>
                <td className="num">{month.dealsWon}</td>
                <td className="num">{formats.money(month.revenueWon)}</td>
                <td className="num">
                  {month.averageDealSize === null ? '—' : formats.money(month.averageDealSize)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(label) =>
        months.every((month) => month.averageDealSize === null) ? (
          <p className="muted" id={label.id}>
            No deal won in these months: there is no deal size to show.
          </p>
        ) : (
          <ColumnsChart
            label={label}
            categories={months.map((month) => monthName(month.month))}
            series={[
              {
                key: 'size',
                className: 'bar-met',
                values: months.map((month) => month.averageDealSize ?? 0),
              },
            ]}
            formatValue={(value) => formats.money(value)}
          />
        )
      }
    </ChartFigure>
  );
}

export interface LeadDeepDiveSectionProps {
  readonly data: PlanData;
  readonly locale: string | undefined;
}

/**
 * The lead-data deep dive: were leads insufficient, was conversion low, how large are the deals?
 * Key figures, then weekly lead volume, conversion by stage in both funnels and deal size by
 * month, each chart with the numbers behind it.
 */
export function LeadDeepDiveSection({ data, locale }: LeadDeepDiveSectionProps) {
  const { plan } = data;
  const view = useMemo(() => planLeadDeepDive(plan, data.activities ?? []), [plan, data.activities]);
  const formats: Formats = {
    count: (value) => formatCount(value, locale),
    percent: (rate) => formatRatio(rate, locale),
    money: (value) => formatMoney(value, plan.currency, locale),
    date: (date) => formatShortDate(date, locale),
    month: (month) => formatMonth(month, locale),
  };
  const { dive } = view;
  const noLeads =
    (dive.leadFunnel.stages.find((stage) => stage.metric === 'leads_assigned')?.total ?? 0) === 0;
  return (
    <section
      className="panel lead-deep-dive"
      data-onpace="lead-deep-dive"
      aria-labelledby="lead-deep-dive-heading"
    >
      <h3 id="lead-deep-dive-heading">Lead deep dive</h3>
      <p className="muted small-print">
        The 90 days before the plan ({formatDate(dive.from, locale)} to {formatDate(dive.to, locale)}):{' '}
        {capitalized(metricName('leads_assigned'))} are the CRM’s leads the rep owns (Salesforce Leads,
        HubSpot contacts), converted when they become an opportunity.
      </p>
      {noLeads ? (
        <p className="muted" data-onpace="no-leads">
          No lead was assigned to this rep in these days, or the data holds no leads: lead volume and lead
          conversion cannot be read.
        </p>
      ) : null}
      <KeyFigures view={view} formats={formats} />
      <div className="deep-dive-grid">
        <WeeklyLeads view={view} formats={formats} />
        <Conversions
          title="Lead funnel conversion"
          funnel={dive.leadFunnel}
          stages={LEAD_CONVERSION_STAGES}
          formats={formats}
          name="lead"
        />
        <Conversions
          title="Activity funnel conversion"
          funnel={dive.activityFunnel}
          stages={ACTIVITY_CONVERSION_STAGES}
          formats={formats}
          name="activity"
        />
        <DealSize view={view} formats={formats} />
      </div>
    </section>
  );
}
