import { useId } from 'react';
import { Axes } from './Axes';
import type { ChartLabel } from './ChartFigure';
import { WIDE } from './layout';
import { NonWorkingDays } from './NonWorkingDays';
import { linearScale, niceTicks } from './scale';

export interface Bar {
  readonly key: string;
  /** Null for a day or period still to come. */
  readonly value: number | null;
  /** The goal this bar is measured against (a tick across it); null for none. */
  readonly goal: number | null;
  /** A non-working day: shaded, and it has no goal of its own. */
  readonly shaded: boolean;
}

export interface BarsChartProps {
  readonly bars: readonly Bar[];
  readonly label: ChartLabel;
  readonly formatValue: (value: number) => string;
  readonly xLabels: (x: (index: number) => number) => { at: number; label: string }[];
  readonly kind: 'daily' | 'weekly';
}

/**
 * Daily or weekly bars against their goal. A bar that meets its goal is solid; one short of it
 * is outlined, so met and not met differ in shape as well as in colour; a day without a goal
 * of its own (a weekend call) is grey.
 */
export function BarsChart({ bars, label, formatValue, xLabels, kind }: BarsChartProps) {
  const patternId = useId();
  const { width, height, left, right, top, bottom } = WIDE;
  const plotBottom = height - bottom;
  const max = Math.max(1, ...bars.map((bar) => Math.max(bar.value ?? 0, bar.goal ?? 0))) * 1.08;
  const slot = (width - left - right) / Math.max(1, bars.length);
  const x = (index: number) => left + slot * (index + 0.5);
  const y = linearScale([0, max], [plotBottom, top]);
  const barWidth = Math.max(1.5, slot * (kind === 'weekly' ? 0.55 : 0.7));
  return (
    <svg
      className={`chart-svg bars bars-${kind}`}
      role="img"
      aria-labelledby={label.id}
      viewBox={`0 0 ${width} ${height}`}
    >
      <title id={label.id}>{label.text}</title>
      <NonWorkingDays
        dates={bars.map((bar) => ({ date: bar.key, business: !bar.shaded }))}
        x={x}
        dayWidth={slot}
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
        xLabels={xLabels(x)}
      />
      {bars.map((bar, index) => {
        if (bar.value === null) return null;
        const met = bar.goal !== null && bar.value >= bar.goal - 1e-9;
        const barTop = y(bar.value);
        return (
          <g key={bar.key} data-bar={bar.key}>
            <rect
              className={bar.goal === null ? 'bar bar-no-goal' : met ? 'bar bar-met' : 'bar bar-short'}
              x={x(index) - barWidth / 2}
              y={barTop}
              width={barWidth}
              height={Math.max(0, plotBottom - barTop)}
            />
            {bar.goal !== null ? (
              <line
                className="bar-goal"
                x1={x(index) - slot / 2}
                x2={x(index) + slot / 2}
                y1={y(bar.goal)}
                y2={y(bar.goal)}
              />
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
