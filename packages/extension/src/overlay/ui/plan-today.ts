/** The civil date of an instant in the plan's time zone: "today" for the overlay's forms. */
export function civilDateIn(instant: string, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(Date.parse(instant));
}
