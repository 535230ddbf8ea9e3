import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../src/sync/pacer';
import { FakeClock } from './support/fake-clock';

/** The most sends that fall in any half-open one-second window. */
function busiestSecond(times: readonly number[]): number {
  return Math.max(...times.map((start) => times.filter((at) => at >= start && at < start + 1_000).length));
}

describe('TokenBucket (HubSpot search pacer)', () => {
  it('spaces 40 back-to-back searches 250 ms apart: never more than 4 in any second', async () => {
    const clock = new FakeClock(0);
    const pacer = new TokenBucket(clock);
    const sent: number[] = [];
    for (let index = 0; index < 40; index++) {
      await pacer.take();
      sent.push(clock.now());
    }
    expect(sent.slice(0, 5)).toEqual([0, 250, 500, 750, 1_000]);
    expect(busiestSecond(sent)).toBe(4);
    expect(sent.at(-1)).toBe(39 * 250);
  });

  it('keeps the pace when many callers ask at once (one token each, in order)', async () => {
    const clock = new FakeClock(0);
    const pacer = new TokenBucket(clock);
    const sent: number[] = [];
    await Promise.all(Array.from({ length: 12 }, () => pacer.take().then(() => sent.push(clock.now()))));
    expect(busiestSecond(sent)).toBeLessThanOrEqual(4);
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
  });

  it('does not wait when requests are already slower than the pace, and never banks more than the burst', async () => {
    const clock = new FakeClock(0);
    const pacer = new TokenBucket(clock, { ratePerSecond: 4, burst: 2 });
    await pacer.take();
    clock.advance(10_000);
    const sent: number[] = [];
    for (let index = 0; index < 6; index++) {
      await pacer.take();
      sent.push(clock.now());
    }
    // Ten idle seconds earn two tokens, not forty: a burst of 2, then 250 ms spacing.
    expect(sent.map((at) => at - 10_000)).toEqual([0, 0, 250, 500, 750, 1_000]);
    expect(clock.sleeps.every((ms) => ms <= 250)).toBe(true);
  });

  it('refuses a pace that cannot send', () => {
    expect(() => new TokenBucket(new FakeClock(0), { ratePerSecond: 0, burst: 1 })).toThrow(RangeError);
  });
});
