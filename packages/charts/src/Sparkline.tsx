import { linearScale, linePath } from './scale';

export interface SparklineProps {
  /** Pace ratios, oldest first; null where nothing was expected yet. */
  readonly values: readonly (number | null)[];
  /** The accessible description, with the figures. */
  readonly label: string;
  readonly width?: number;
  readonly height?: number;
}

/**
 * A pace-ratio sparkline: the line, a dashed reference at 100 % (on pace) and a dot on the
 * latest value. Plain SVG, no library: 200 of these render in a few milliseconds.
 */
export function Sparkline({ values, label, width = 96, height = 24 }: SparklineProps) {
  const present = values.filter((value): value is number => value !== null);
  // Zoomed to the values (0.5 to 1.3 at least) so small changes stay visible.
  const top = Math.max(1.3, ...present);
  const bottom = Math.min(0.5, ...present);
  const x = linearScale([0, Math.max(1, values.length - 1)], [2, width - 3]);
  const y = linearScale([bottom, top], [height - 2, 2]);
  const points = values.map((value, index) => (value === null ? null : ([x(index), y(value)] as const)));
  const lastIndex = values.length - 1;
  const last = values[lastIndex];
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <line className="reference" x1={0} x2={width} y1={y(1)} y2={y(1)} />
      <path className="series" d={linePath(points)} />
      {last !== null && last !== undefined ? (
        <circle className="latest" cx={x(lastIndex)} cy={y(last)} r={2.2} />
      ) : null}
    </svg>
  );
}
