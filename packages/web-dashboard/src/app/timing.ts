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

/**
 * Runs `work` in a task after the next frame: the first moment what React committed is on the
 * screen. Returns a function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Marks the next frame after React committed: the first moment the user can see the view. */
export function markPainted(name: string): void {
  afterNextPaint(() => performance.mark(`onpace:${name}`));
}
