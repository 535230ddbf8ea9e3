/**
 * A clock that never waits: `sleep` moves time forward at once and records the wait. The fake CRM
 * still runs in real time, so tests using this clock start it with its search limit off.
 */
import type { SyncClock } from '../../../src/sync/clock';

export class FakeClock implements SyncClock {
  readonly sleeps: number[] = [];

  constructor(private nowMs: number) {}

  now(): number {
    return this.nowMs;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.nowMs += ms;
  }

  advance(ms: number): void {
    this.nowMs += ms;
  }

  set(iso: string): void {
    this.nowMs = Date.parse(iso);
  }
}
