/** The time the sync reads and waits on, injected so tests and the benchmark can control it. */
export interface SyncClock {
  /** Epoch ms now. */
  now(): number;
  /** Resolves after `ms` (a fake clock advances instead of waiting). */
  sleep(ms: number): Promise<void>;
}

export const realClock: SyncClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
