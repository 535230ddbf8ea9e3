/**
 * Waits until `check` returns a value, re-checking after DOM mutations at most once per
 * `intervalMs` (a CRM inserting thousands of nodes costs us one check per interval, not one
 * per node; a check that misses scans the whole document). Resolves with null on timeout or
 * abort; stops observing either way.
 */
export function waitFor<T>(
  check: () => T | null | undefined,
  options: {
    readonly signal: AbortSignal;
    readonly timeoutMs: number;
    readonly intervalMs: number;
    readonly root?: Node;
  },
): Promise<T | null> {
  const first = check();
  if (first != null) return Promise.resolve(first);
  return new Promise((resolve) => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const finish = (value: T | null) => {
      observer.disconnect();
      clearTimeout(pending);
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const observer = new MutationObserver(() => {
      if (pending !== undefined) return;
      pending = setTimeout(() => {
        pending = undefined;
        const value = check();
        if (value != null) finish(value);
      }, options.intervalMs);
    });
    const timer = setTimeout(() => finish(check() ?? null), options.timeoutMs);
    options.signal.addEventListener('abort', onAbort, { once: true });
    observer.observe(options.root ?? document.documentElement, { childList: true, subtree: true });
  });
}

/**
 * Resolves once the DOM has been quiet for `quietMs` (or after `maxMs`): after an SPA
 * navigation the CRM swaps views over several frames, and reading too early reads the old one.
 */
export function domSettled(options: {
  readonly signal: AbortSignal;
  readonly quietMs: number;
  readonly maxMs: number;
}): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout>;
    const finish = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(deadline);
      options.signal.removeEventListener('abort', finish);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, options.quietMs);
    });
    quiet = setTimeout(finish, options.quietMs);
    const deadline = setTimeout(finish, options.maxMs);
    options.signal.addEventListener('abort', finish, { once: true });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  });
}
