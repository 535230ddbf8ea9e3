export type LegendMark =
  | 'actual'
  | 'pace'
  | 'goal'
  | 'projection'
  | 'non-working'
  | 'bar-met'
  | 'bar-short'
  | 'bar-goal'
  | 'median'
  | 'band';

const LABELS: Record<LegendMark, string> = {
  actual: 'Actual',
  pace: 'Pace line',
  goal: 'Goal',
  projection: 'Projection',
  'non-working': 'Non-working day',
  'bar-met': 'Goal met',
  'bar-short': 'Short of goal',
  'bar-goal': 'Goal for the day or week',
  median: 'Median',
  band: 'Middle half of plans',
};

/** A key to a chart's line styles and fills, drawn with the same classes as the chart itself. */
export function Legend({ marks }: { readonly marks: readonly LegendMark[] }) {
  return (
    <ul className="legend" aria-hidden="true">
      {marks.map((mark) => (
        <li key={mark}>
          <svg width={22} height={10} viewBox="0 0 22 10" aria-hidden="true">
            {mark === 'non-working' || mark === 'bar-met' || mark === 'bar-short' || mark === 'band' ? (
              <rect className={`legend-${mark}`} x={1} y={1} width={20} height={8} />
            ) : (
              <line className={`legend-${mark}`} x1={0} x2={22} y1={5} y2={5} />
            )}
          </svg>
          {LABELS[mark]}
        </li>
      ))}
    </ul>
  );
}
