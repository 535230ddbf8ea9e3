/** Numbers in sentences: one way of writing them for every diagnosis, verdict and suggestion. */

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/**
 * `1,234`, `38`, `15.3`, `0.6`: at most one decimal below 100, so that a rate and the figure it is
 * compared with (15.25 against a 75th percentile of 15) do not read as equal; whole numbers above.
 */
export function formatAmount(value: number): string {
  return Math.abs(value) < 100 ? oneDecimal.format(value) : whole.format(value);
}

/** A rate 0..1 as a percentage: `8%`, `0.5%`. */
export function formatPercent(rate: number): string {
  const percent = rate * 100;
  return `${percent !== 0 && Math.abs(percent) < 1 ? oneDecimal.format(percent) : whole.format(percent)}%`;
}

/** `rep / team` as "60% of it". */
export function formatRatio(ratio: number): string {
  return `${whole.format(ratio * 100)}% of it`;
}
