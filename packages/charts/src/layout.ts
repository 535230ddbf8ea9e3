/** The plot area shared by the wide charts (viewBox units; the SVG scales to its container). */
export const WIDE = { width: 720, height: 240, left: 64, right: 16, top: 14, bottom: 30 } as const;

/** Labels for the first day of each week (every other week when there are many). */
export function weekLabels(
  dates: readonly string[],
  x: (index: number) => number,
  format: (date: string) => string,
): { at: number; label: string }[] {
  const mondays = dates
    .map((date, index) => ({ date, index }))
    .filter(({ date }) => new Date(`${date}T00:00:00Z`).getUTCDay() === 1);
  const step = mondays.length > 8 ? 2 : 1;
  return mondays
    .filter((_, index) => index % step === 0)
    .map(({ date, index }) => ({ at: x(index), label: format(date) }));
}
