import { STATUSES, type Status } from '@onpace/core/pace';
import { STATUS_LOOK } from '@onpace/core/present';
import { Axes } from './Axes';
import type { ChartLabel } from './ChartFigure';
import { WIDE } from './layout';
import { linearScale, niceTicks } from './scale';

export interface StackedColumnsChartProps {
  readonly categories: readonly string[];
  readonly counts: readonly Readonly<Record<Status, number>>[];
  readonly label: ChartLabel;
}

/**
 * Plans per status, stacked by week, worst at the bottom. Each status has its own fill pattern
 * and a segment tall enough carries its icon, so it reads in black and white too.
 */
export function StackedColumnsChart({ categories, counts, label }: StackedColumnsChartProps) {
  const { width, height, left, right, top, bottom } = WIDE;
  const plotBottom = height - bottom;
  const max = Math.max(1, ...counts.map((week) => STATUSES.reduce((sum, status) => sum + week[status], 0)));
  const slot = (width - left - right) / Math.max(1, categories.length);
  const columnWidth = Math.min(40, slot * 0.7);
  const y = linearScale([0, max], [plotBottom, top]);
  const step = categories.length > 12 ? 2 : 1;
  return (
    <svg
      className="chart-svg stacked"
      role="img"
      aria-labelledby={label.id}
      viewBox={`0 0 ${width} ${height}`}
    >
      <title id={label.id}>{label.text}</title>
      <Axes
        yTicks={niceTicks(max).filter((tick) => Number.isInteger(tick))}
        y={y}
        left={left}
        right={width - right}
        bottom={plotBottom}
        formatY={(value) => String(value)}
        xLabels={categories
          .map((label, index) => ({ at: left + slot * (index + 0.5), label }))
          .filter((_, index) => index % step === 0)}
      />
      {categories.map((category, index) => {
        let base = 0;
        const x = left + slot * (index + 0.5) - columnWidth / 2;
        return (
          <g key={category}>
            {STATUSES.map((status) => {
              const count = counts[index]?.[status] ?? 0;
              if (count === 0) return null;
              const y0 = y(base);
              const y1 = y(base + count);
              base += count;
              return (
                <g key={status}>
                  <rect
                    className={`segment segment-${status}`}
                    x={x}
                    y={y1}
                    width={columnWidth}
                    height={y0 - y1}
                  />
                  {y0 - y1 >= 12 ? (
                    <text
                      className="segment-icon"
                      x={x + columnWidth / 2}
                      y={(y0 + y1) / 2}
                      dy="0.35em"
                      textAnchor="middle"
                    >
                      {STATUS_LOOK[status].icon}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
