import type { ChangeEvent } from 'react';
import { formatCivilDate, isCivilDate } from '../dates';

export interface AsOfControlProps {
  readonly asOf: string;
  readonly onChange: (date: string) => void;
  readonly locale?: string | undefined;
}

/** "As of": every figure is re-evaluated at the end of this day in each plan's time zone. */
export function AsOfControl({ asOf, onChange, locale }: AsOfControlProps) {
  const label = formatCivilDate(asOf, locale);
  return (
    <div className="field as-of-field">
      <label htmlFor="as-of">As of</label>
      <input
        id="as-of"
        type="date"
        data-onpace="as-of"
        value={asOf}
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          const value = event.currentTarget.value;
          if (isCivilDate(value)) onChange(value);
        }}
      />
      <span className="as-of-line">
        {label === null ? (
          <span data-onpace="as-of-display">no date chosen</span>
        ) : (
          <time data-onpace="as-of-display" dateTime={asOf}>
            {label}
          </time>
        )}
        <span className="hint">, end of day in each plan's time zone</span>
      </span>
    </div>
  );
}
