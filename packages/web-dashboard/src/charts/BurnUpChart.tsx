import type { ChartLabel } from '@onpace/charts';
import { Axes, linearScale, linePath, NonWorkingDays, niceTicks, WIDE, weekLabels } from '@onpace/charts';
import { useId } from 'react';
import type { DayPoint } from '../model/plan-series';

export interface BurnUpChartProps {
  readonly days: readonly DayPoint[];
  readonly goal: number;
  /** Core's projection at the window's end, drawn from the last actual point; null when none. */
  readonly projected: number | null;
  readonly asOfIndex: number;
  readonly label: ChartLabel;
  readonly formatValue: (value: number) => string;
  readonly formatDate: (date: string) => string;
}

/**
 * Burn-up: cumulative actual (solid, one point per day so far), the pace line (dashed), the goal
 * (dash-dot) and the projection (dotted). Line styles, not colours, tell the series apart, so
 * the chart reads the same printed in black and white.
 */
export function BurnUpChart({
  days,
  goal,
  projected,
  asOfIndex,
  label,
  formatValue,
  formatDate,
}: BurnUpChartProps) {
  const patternId = useId();
  const { width, height, left, right, top, bottom } = WIDE;
  const plotBottom = height - bottom;
  const lastActual = asOfIndex >= 0 ? (days[asOfIndex]?.actual ?? 0) : 0;
  const max = Math.max(goal, projected ?? 0, lastActual, ...days.map((day) => day.expected)) * 1.05;
  const x = linearScale([0, Math.max(1, days.length - 1)], [left + 4, width - right - 4]);
  const y = linearScale([0, max], [plotBottom, top]);
  const dayWidth = (width - left - right) / Math.max(1, days.length);
  const actualPoints = days.slice(0, asOfIndex + 1);
  const showProjection = projected !== null && asOfIndex >= 0 && asOfIndex < days.length - 1;
  return (
    <svg
      className="chart-svg burn-up"
      role="img"
      aria-labelledby={label.id}
      viewBox={`0 0 ${width} ${height}`}
    >
      <title id={label.id}>{label.text}</title>
      <NonWorkingDays
        dates={days}
        x={x}
        dayWidth={dayWidth}
        top={top}
        bottom={plotBottom}
        patternId={patternId}
      />
      <Axes
        yTicks={niceTicks(max)}
        y={y}
        left={left}
        right={width - right}
        bottom={plotBottom}
        formatY={formatValue}
        xLabels={weekLabels(
          days.map((day) => day.date),
          x,
          formatDate,
        )}
      />
      <line className="goal-line" x1={left} x2={width - right} y1={y(goal)} y2={y(goal)} data-series="goal" />
      <path
        className="pace-line"
        d={linePath(days.map((day, index) => [x(index), y(day.expected)]))}
        data-series="pace"
      />
      {showProjection ? (
        <line
          className="projection-line"
          data-series="projection"
          x1={x(asOfIndex)}
          y1={y(lastActual)}
          x2={x(days.length - 1)}
          y2={y(projected ?? 0)}
        />
      ) : null}
      <g data-series="actual">
        <path
          className="actual-line"
          d={linePath(actualPoints.map((day, index) => [x(index), y(day.actual ?? 0)]))}
        />
        {actualPoints.map((day, index) => (
          <circle
            key={day.date}
            className="actual-point"
            cx={x(index)}
            cy={y(day.actual ?? 0)}
            r={2}
            data-date={day.date}
          />
        ))}
      </g>
    </svg>
  );
}
