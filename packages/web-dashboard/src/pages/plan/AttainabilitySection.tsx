import type { TargetAttainability } from '@onpace/core/diagnosis';
import { formatDate } from '@onpace/core/present';
import { useMemo } from 'react';
import type { PlanData } from '../../data/dataset';
import { chanceText, planAttainability, VERDICT_LOOK } from '../../model/attainability';
import { targetName } from '../../model/team-rows';

function Verdict({ entry, when }: { readonly entry: TargetAttainability; readonly when: string }) {
  const look = VERDICT_LOOK[entry.verdict];
  const chance = chanceText(entry.chance);
  return (
    <td data-when={when} data-verdict={entry.verdict} data-chance={entry.chance ?? undefined}>
      <span className={`verdict verdict-${entry.verdict}`}>
        <span aria-hidden="true">{look.icon}</span> {look.word}
        {chance === null ? null : <span className="verdict-chance"> · {chance} chance</span>}
      </span>
      <div className="verdict-reason">{entry.reason}</div>
      {entry.team ? <div className="verdict-figures">{entry.team.words}</div> : null}
    </td>
  );
}

export interface AttainabilitySectionProps {
  readonly data: PlanData;
  readonly team: readonly PlanData[];
  readonly asOf: string;
  readonly locale: string | undefined;
}

/** Attainability when the plan was set and now, per target, with core's diagnosis above it. */
export function AttainabilitySection({ data, team, asOf, locale }: AttainabilitySectionProps) {
  const view = useMemo(() => planAttainability(data, team, asOf), [data, team, asOf]);
  const { baseline, diagnosis } = view;
  return (
    <section
      className="panel attainability"
      data-onpace="attainability"
      aria-labelledby="attainability-heading"
    >
      <h3 id="attainability-heading">Attainability</h3>
      <p data-onpace="diagnosis" data-cause={diagnosis.cause.kind}>
        {diagnosis.summary}
      </p>
      <p className="muted">{diagnosis.advice}</p>
      <p className="muted small-print">
        Baseline: the 90 days before the plan ({formatDate(baseline.from, locale)} to{' '}
        {formatDate(baseline.to, locale)}), {baseline.businessDays} business days with data.{' '}
        {view.teamMembers >= view.teamNeeded
          ? `Team: ${view.teamMembers} other reps, on this plan’s calendar.`
          : `A team comparison needs at least ${view.teamNeeded} other reps with enough history; this data holds ${view.teamMembers}.`}
      </p>
      <table className="attainability-table">
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col">When the plan was set ({formatDate(data.plan.start, locale)})</th>
            <th scope="col">{view.nowDate === null ? 'Now' : `As of ${formatDate(view.nowDate, locale)}`}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.targetId} data-attainability-target={row.targetId}>
              <th scope="row">{targetName(data, row.targetId)}</th>
              <Verdict entry={row.atStart} when="start" />
              {row.now ? (
                <Verdict entry={row.now} when="now" />
              ) : (
                <td data-when="now" className="muted">
                  The plan has not started yet.
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
