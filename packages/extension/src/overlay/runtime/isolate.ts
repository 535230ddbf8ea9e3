/**
 * Runs one feature's init so that whatever it throws, synchronously or later, is caught and
 * attributed to it: a broken feature never takes the others or the CRM page down. Logged as
 * a warning (not an error) with the feature id and the error's name and message only: our
 * messages name selectors, never page content.
 */
export async function runIsolated(
  featureId: string,
  signal: AbortSignal,
  init: () => void | Promise<void>,
): Promise<boolean> {
  try {
    await init();
    return true;
  } catch (error) {
    // Work cut short by a navigation is not a failure.
    if (signal.aborted) return false;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.warn(`[OnPace] feature "${featureId}" failed: ${reason}`);
    return false;
  }
}
