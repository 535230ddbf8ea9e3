import type { Scale } from './scale';

export interface AxesProps {
  readonly yTicks: readonly number[];
  readonly y: Scale;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  readonly formatY: (value: number) => string;
  /** Index → label, for the x positions to label. */
  readonly xLabels: readonly { readonly at: number; readonly label: string }[];
}

/** Light horizontal grid lines with y labels, and x labels under the plot. */
export function Axes({ yTicks, y, left, right, bottom, formatY, xLabels }: AxesProps) {
  return (
    <g className="axes">
      {yTicks.map((tick) => (
        <g key={tick}>
          <line className="grid" x1={left} x2={right} y1={y(tick)} y2={y(tick)} />
          <text className="tick" x={left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
            {formatY(tick)}
          </text>
        </g>
      ))}
      <line className="baseline" x1={left} x2={right} y1={bottom} y2={bottom} />
      {xLabels.map((label) => (
        <text
          key={`${label.at}-${label.label}`}
          className="tick"
          x={label.at}
          y={bottom + 16}
          textAnchor="middle"
        >
          {label.label}
        </text>
      ))}
    </g>
  );
}
