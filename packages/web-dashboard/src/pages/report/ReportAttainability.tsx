import type { TargetAttainability } from '@onpace/core/diagnosis';
import { formatDate } from '@onpace/core/present';
import { chanceText, VERDICT_LOOK } from '../../model/attainability';

export interface ReportAttainabilityProps {
  readonly entries: readonly TargetAttainability[];
  readonly names: ReadonlyMap<string, string>;
  readonly start: string;
  readonly locale: string | undefined;
}

/**
 * Whether each target asked something the rep's own history made likely, as it stood when the
 * plan was set: core's chance and its words, a fact about the plan rather than a forecast.
 */
export function ReportAttainability({ entries, names, start, locale }: ReportAttainabilityProps) {
  return (
    <section
      className="report-section"
      data-onpace="report-attainability"
      aria-labelledby="report-attainability"
    >
      <h3 id="report-attainability">Attainability when the plan was set ({formatDate(start, locale)})</h3>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col">Verdict</th>
            <th scope="col">From the rep’s own history</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const chance = chanceText(entry.chance);
            return (
              <tr
                key={entry.targetId}
                data-attainability-target={entry.targetId}
                data-verdict={entry.verdict}
              >
                <th scope="row">{names.get(entry.targetId) ?? entry.targetId}</th>
                <td>
                  {VERDICT_LOOK[entry.verdict].word}
                  {chance === null ? '' : ` (${chance} chance)`}
                </td>
                <td>{entry.reason}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
