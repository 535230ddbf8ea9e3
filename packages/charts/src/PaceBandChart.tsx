import { Axes } from './Axes';
import type { ChartLabel } from './ChartFigure';
import { WIDE } from './layout';
import { linearScale, linePath, niceTicks } from './scale';

export interface PaceBandPoint {
  readonly label: string;
  readonly median: number;
  readonly lower: number;
  readonly upper: number;
}

export interface PaceBandChartProps {
  readonly points: readonly PaceBandPoint[];
  readonly label: ChartLabel;
  readonly formatValue: (value: number) => string;
}

/** The team's median pace ratio by week, the middle half of plans as a hatched band, and 100 % dashed. */
export function PaceBandChart({ points, label, formatValue }: PaceBandChartProps) {
  const { width, height, left, right, top, bottom } = WIDE;
  const plotBottom = height - bottom;
  const max = Math.max(1.3, ...points.map((point) => point.upper)) * 1.05;
  const x = linearScale([0, Math.max(1, points.length - 1)], [left + 12, width - right - 12]);
  const y = linearScale([0, max], [plotBottom, top]);
  const band =
    points.length === 0
      ? ''
      : `${linePath(points.map((point, index) => [x(index), y(point.upper)]))}L${points
          .map((point, index) => `${x(index).toFixed(1)},${y(point.lower).toFixed(1)}`)
          .reverse()
          .join('L')}Z`;
  const step = points.length > 10 ? 2 : 1;
  return (
    <svg
      className="chart-svg pace-band"
      role="img"
      aria-labelledby={label.id}
      viewBox={`0 0 ${width} ${height}`}
    >
      <title id={label.id}>{label.text}</title>
      <defs>
        <pattern
          id="band-hatch"
          width={5}
          height={5}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(-45)"
        >
          <rect width={5} height={5} className="band-fill" />
          <line x1={0} y1={0} x2={0} y2={5} className="band-hatch" />
        </pattern>
      </defs>
      <Axes
        yTicks={niceTicks(max)}
        y={y}
        left={left}
        right={width - right}
        bottom={plotBottom}
        formatY={formatValue}
        xLabels={points
          .map((point, index) => ({ at: x(index), label: point.label }))
          .filter((_, index) => index % step === 0)}
      />
      <path className="band" d={band} fill="url(#band-hatch)" />
      <line className="pace-line" x1={left} x2={width - right} y1={y(1)} y2={y(1)} />
      <path className="actual-line" d={linePath(points.map((point, index) => [x(index), y(point.median)]))} />
      {points.map((point, index) => (
        <circle key={point.label} className="actual-point" cx={x(index)} cy={y(point.median)} r={3} />
      ))}
    </svg>
  );
}
