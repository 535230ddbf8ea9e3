import { Axes } from './Axes';
import type { ChartLabel } from './ChartFigure';
import { WIDE } from './layout';
import { linearScale, niceTicks } from './scale';

export interface ColumnSeries {
  readonly key: string;
  /** `bar-met` (solid) or `bar-short` (outlined), so series differ in print without colour. */
  readonly className: string;
  readonly values: readonly number[];
}

export interface ColumnsChartProps {
  readonly categories: readonly string[];
  readonly series: readonly ColumnSeries[];
  readonly label: ChartLabel;
  readonly formatValue: (value: number) => string;
  /** Print each column's value above it (for short histograms). */
  readonly showValues?: boolean;
  /** The value axis reaches at least this far (100 for percentages), so small values keep their scale. */
  readonly minimumMax?: number;
}

/** Grouped columns: one group per category, one column per series. */
export function ColumnsChart({
  categories,
  series,
  label,
  formatValue,
  showValues,
  minimumMax = 1,
}: ColumnsChartProps) {
  const { width, height, left, right, top, bottom } = WIDE;
  const plotBottom = height - bottom;
  const max = Math.max(minimumMax, ...series.flatMap((entry) => entry.values)) * 1.12;
  const slot = (width - left - right) / Math.max(1, categories.length);
  const columnWidth = Math.min(36, (slot * 0.7) / Math.max(1, series.length));
  const y = linearScale([0, max], [plotBottom, top]);
  const center = (index: number) => left + slot * (index + 0.5);
  const step = categories.length > 12 ? 2 : 1;
  return (
    <svg
      className="chart-svg columns"
      role="img"
      aria-labelledby={label.id}
      viewBox={`0 0 ${width} ${height}`}
    >
      <title id={label.id}>{label.text}</title>
      <Axes
        yTicks={niceTicks(max)}
        y={y}
        left={left}
        right={width - right}
        bottom={plotBottom}
        formatY={formatValue}
        xLabels={categories
          .map((label, index) => ({ at: center(index), label }))
          .filter((_, index) => index % step === 0)}
      />
      {categories.map((category, index) =>
        series.map((entry, seriesIndex) => {
          const value = entry.values[index] ?? 0;
          const x = center(index) + (seriesIndex - (series.length - 1) / 2) * columnWidth;
          return (
            <g key={`${category}-${entry.key}`}>
              <rect
                className={`bar ${entry.className}`}
                x={x - columnWidth / 2 + 1}
                y={y(value)}
                width={columnWidth - 2}
                height={Math.max(0, plotBottom - y(value))}
              />
              {showValues ? (
                <text className="tick value-label" x={x} y={y(value) - 4} textAnchor="middle">
                  {formatValue(value)}
                </text>
              ) : null}
            </g>
          );
        }),
      )}
    </svg>
  );
}
