import type { TargetAttainability } from '@onpace/core/diagnosis';
import { chanceLabel, VERDICT_STYLES, verdictDescription } from './verdict-style';

/**
 * A target's attainability as icon + word + colour and its chance; core's words show on hover
 * (`title`) and are the badge's accessible description. `data-verdict` and `data-chance` carry
 * core's figures for tests.
 */
export function VerdictBadge({ attainability }: { readonly attainability: TargetAttainability }) {
  const style = VERDICT_STYLES[attainability.verdict];
  const description = verdictDescription(attainability);
  const id = `verdict-${attainability.targetId.replace(/[^A-Za-z0-9]+/g, '-')}`;
  const chance = chanceLabel(attainability.chance);
  return (
    <>
      <span
        className="status verdict"
        data-verdict={attainability.verdict}
        data-target-id={attainability.targetId}
        role="img"
        data-chance={attainability.chance ?? undefined}
        aria-label={`Attainability: ${style.word}${chance === null ? '' : `, ${chance}`}`}
        aria-describedby={id}
        title={description}
        style={{ color: style.color, borderColor: style.color }}
      >
        <span aria-hidden="true">{style.icon}</span> {style.word}
        {chance === null ? null : <span className="chance"> · {chance}</span>}
      </span>
      <span id={id} className="visually-hidden">
        {description}
      </span>
    </>
  );
}
