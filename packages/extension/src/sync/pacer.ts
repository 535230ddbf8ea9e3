/**
 * A token bucket that spaces requests out BY DESIGN, so HubSpot's search limit (about 4–5
 * requests a second per account, docs/crm.md) is never reached by our own pace: a 429 then only
 * comes from other apps sharing the account. Holds `burst` tokens, refilled at `ratePerSecond`;
 * with a burst of 1 and 4/s, any one-second window holds at most 4 requests sent.
 */
import type { SyncClock } from './clock';

export interface PacerOptions {
  readonly ratePerSecond: number;
  readonly burst: number;
}

/** Under the lower of HubSpot's documented 4–5/s, with no burst: see the file comment. */
export const HUBSPOT_SEARCH_PACE: PacerOptions = { ratePerSecond: 4, burst: 1 };

export class TokenBucket {
  private tokens: number;
  private updatedAt: number;
  /** Callers queue so that two concurrent takes cannot both spend the same token. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly clock: SyncClock,
    private readonly options: PacerOptions = HUBSPOT_SEARCH_PACE,
  ) {
    if (!(options.ratePerSecond > 0) || !(options.burst >= 1)) {
      throw new RangeError('a pacer needs a positive rate and a burst of at least 1');
    }
    this.tokens = options.burst;
    this.updatedAt = clock.now();
  }

  /** Resolves when a request may be sent, and spends its token. */
  take(): Promise<void> {
    const turn = this.queue.then(() => this.takeNow());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private refill(): void {
    const now = this.clock.now();
    const earned = ((now - this.updatedAt) * this.options.ratePerSecond) / 1000;
    this.tokens = Math.min(this.options.burst, this.tokens + earned);
    this.updatedAt = now;
  }

  private async takeNow(): Promise<void> {
    this.refill();
    if (this.tokens < 1) {
      const waitMs = Math.ceil(((1 - this.tokens) * 1000) / this.options.ratePerSecond);
      await this.clock.sleep(waitMs);
      this.refill();
      // A clock that lags the sleep by rounding still pays for exactly one token.
      this.tokens = Math.max(this.tokens, 1);
    }
    this.tokens -= 1;
  }
}
