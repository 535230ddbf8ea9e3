import type { Scale } from './scale';

export interface NonWorkingDaysProps {
  readonly dates: readonly { readonly date: string; readonly business: boolean }[];
  readonly x: Scale;
  readonly dayWidth: number;
  readonly top: number;
  readonly bottom: number;
  readonly patternId: string;
}

/**
 * Shades days that are not business days (weekends, holidays, PTO) with a hatch, which stays
 * visible when printed in black and white; the pattern is defined once per chart.
 */
export function NonWorkingDays({ dates, x, dayWidth, top, bottom, patternId }: NonWorkingDaysProps) {
  return (
    <g className="non-working">
      <defs>
        <pattern
          id={patternId}
          width={4}
          height={4}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={4} height={4} className="non-working-fill" />
          <line x1={0} y1={0} x2={0} y2={4} className="non-working-hatch" />
        </pattern>
      </defs>
      {dates.map((day, index) =>
        day.business ? null : (
          <rect
            key={day.date}
            x={x(index) - dayWidth / 2}
            y={top}
            width={dayWidth}
            height={bottom - top}
            fill={`url(#${patternId})`}
          />
        ),
      )}
    </g>
  );
}
