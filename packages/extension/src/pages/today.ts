/** Today's civil date in the viewer's zone, for date inputs (the one place pages read the clock). */
export function todayCivil(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
