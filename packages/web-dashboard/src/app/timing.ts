/**
 * Performance marks the benchmark reads (bench/run.mjs): named `onpace:*` so they are easy to
 * find in the page's performance timeline. They cost nothing when nobody reads them.
 */
export function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(`onpace:${name}`, { start, end: performance.now() });
  return result;
}

/** Marks the next frame after React committed: the first moment the user can see the view. */
export function markPainted(name: string): void {
  requestAnimationFrame(() => {
    setTimeout(() => performance.mark(`onpace:${name}`), 0);
  });
}
