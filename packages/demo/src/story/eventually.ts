/** Polls until a check passes, else fails naming what it waited for and what it saw last. */

export type Check<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly seen: string };

/** Thrown by a check to stop waiting at once: nothing will change it. */
export class Hopeless extends Error {}

export const pass = <T>(value: T): Check<T> => ({ ok: true, value });
export const fail = <T>(seen: string): Check<T> => ({ ok: false, seen });

export async function eventually<T>(
  what: string,
  check: () => Promise<Check<T>>,
  { timeoutMs = 15_000, intervalMs = 250 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let seen = 'nothing yet';
  for (;;) {
    try {
      const result = await check();
      if (result.ok) return result.value;
      seen = result.seen;
    } catch (error) {
      if (error instanceof Hopeless) throw error;
      seen = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}; last seen: ${seen}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
