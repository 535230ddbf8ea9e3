/**
 * The popup and the overlay take "business day k of N" and the next check-in from core, so
 * they agree with each other and with the dashboard (whose test asks the same of its own code
 * path) on a weekend, on a holiday and across the change to daylight saving time.
 */
import { civilDateAt } from '@onpace/core/calendar';
import { businessDayAt, nextCheckIn } from '@onpace/core/pace';
import { parsePlan } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { buildOverlayState } from '../../src/background/overlay-state';
import { buildRepView } from '../../src/background/page-views';
import { savePlan } from '../../src/background/plans';
import { createTestEnv } from '../support/background-env';
import { samplePlanInput } from '../support/sample-plan';

// Friday 2026-03-13 is a holiday; New York moves to daylight time on Sunday 2026-03-08.
const input = samplePlanInput({ holidays: ['2026-03-13'] });

describe.each([
  ['a Saturday', '2026-03-07T16:00:00Z', 5, '2026-03-16'],
  ['a holiday (also the check-in weekday)', '2026-03-13T15:00:00Z', 9, '2026-03-16'],
  ['Sunday 23:30, the first night of daylight time', '2026-03-09T03:30:00Z', 5, '2026-03-16'],
  ['Monday 00:30, the first night of daylight time', '2026-03-09T04:30:00Z', 6, '2026-03-16'],
  ['the Friday before, after hours', '2026-03-06T23:30:00Z', 5, '2026-03-06'],
])('on %s', (_name, now, day, checkIn) => {
  it('the popup and the overlay show core day k of N and core next check-in', async () => {
    const env = createTestEnv(now);
    const saved = await savePlan(env, 'create', input);
    if (!saved.ok) throw new Error(saved.error);
    const plan = parsePlan(input);
    const core = businessDayAt(plan, now);
    const today = civilDateAt(Date.parse(now), plan.timeZone);

    const popup = await buildRepView(env);
    const overlay = await buildOverlayState(env);
    expect(popup.plan?.day).toEqual(core);
    expect(overlay.plan?.day).toBe(core.day);
    expect(overlay.plan?.businessDays.total).toBe(core.total);
    expect(popup.nextCheckIn).toBe(nextCheckIn(plan, [], today));
    // And core's answers are the ones the rules give.
    expect(core).toEqual({ day, total: 19 });
    expect(popup.nextCheckIn).toBe(checkIn);
  });
});
