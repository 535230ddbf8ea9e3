import type { TargetAttainability } from '@onpace/core/diagnosis';
import { VERDICT_STYLES, verdictDescription } from './verdict-style';

/**
 * A target's attainability as icon + word + colour; its figures show on hover (`title`) and are
 * the badge's accessible description. `data-verdict` carries core's verdict for tests.
 */
export function VerdictBadge({ attainability }: { readonly attainability: TargetAttainability }) {
  const style = VERDICT_STYLES[attainability.verdict];
  const description = verdictDescription(attainability);
  const id = `verdict-${attainability.targetId.replace(/[^A-Za-z0-9]+/g, '-')}`;
  return (
    <>
      <span
        className="status verdict"
        data-verdict={attainability.verdict}
        data-target-id={attainability.targetId}
        role="img"
        aria-label={`Attainability: ${style.word}`}
        aria-describedby={id}
        title={description}
        style={{ color: style.color, borderColor: style.color }}
      >
        <span aria-hidden="true">{style.icon}</span> {style.word}
      </span>
      <span id={id} className="visually-hidden">
        {description}
      </span>
    </>
  );
}
