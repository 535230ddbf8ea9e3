import { SALESFORCE_ID_PATTERN, weekdayOf } from '@onpace/core';
import { describe, expect, it } from 'vitest';
import { expectedTotals, FakeCrmSeed, salesforceId, salesforceId18, seedQuarter } from '../src/index.js';

const options = {
  email: 'riley.rep@acme.test',
  start: '2026-08-03',
  days: 91,
  timeZone: 'America/Los_Angeles',
};

describe('seedQuarter', () => {
  it('is deterministic: the same options give the same quarter, another seed another one', () => {
    const one = seedQuarter(options);
    expect(seedQuarter(options)).toEqual(one);
    expect(JSON.stringify(seedQuarter({ ...options, seed: 7 }))).not.toBe(JSON.stringify(one));
  });

  it('produces a valid seed with real-looking ids', () => {
    const quarter = seedQuarter(options);
    expect(FakeCrmSeed.safeParse(quarter).success).toBe(true);
    for (const task of quarter.salesforce.records.Task.slice(0, 50)) {
      expect(task.Id).toMatch(SALESFORCE_ID_PATTERN);
      expect(task.Id.startsWith('00T')).toBe(true);
      expect(salesforceId18(task.Id.slice(0, 15))).toBe(task.Id);
    }
    expect(quarter.hubspot.objects.deals.every((deal) => /^\d+$/.test(deal.id))).toBe(true);
  });

  it('follows a weekday rhythm at about the asked daily means', () => {
    const quarter = seedQuarter(options);
    const calls = quarter.expected.salesforce.filter((activity) => activity.metric === 'calls');
    const byWeekday = new Map<number, number>();
    for (const call of calls) {
      const local = new Intl.DateTimeFormat('en-CA', { timeZone: options.timeZone }).format(
        new Date(call.occurredAt),
      );
      byWeekday.set(weekdayOf(local), (byWeekday.get(weekdayOf(local)) ?? 0) + 1);
    }
    const weekend = (byWeekday.get(6) ?? 0) + (byWeekday.get(7) ?? 0);
    expect(weekend).toBeLessThan(calls.length * 0.03);
    expect(weekend).toBeGreaterThan(0);
    expect(byWeekday.get(2) ?? 0).toBeGreaterThan(byWeekday.get(5) ?? 0);
    // 13 weeks of ~30 calls a weekday (×0.99 not deleted): within 10%.
    expect(calls.length).toBeGreaterThan(30 * 65 * 0.9 * 0.99 * 0.97);
    expect(calls.length).toBeLessThan(30 * 65 * 1.1);
  });

  it('lists what counts inside the window only, with amounts for sum metrics', () => {
    const quarter = seedQuarter(options);
    for (const list of [quarter.expected.salesforce, quarter.expected.hubspot]) {
      for (const activity of list) {
        const at = Date.parse(activity.occurredAt);
        expect(at >= quarter.window.fromMs && at < quarter.window.toMs).toBe(true);
        expect(activity.amount !== undefined).toBe(
          activity.metric === 'pipeline_created' || activity.metric === 'revenue_won',
        );
      }
    }
    const salesforce = expectedTotals(quarter.expected.salesforce);
    const hubspot = expectedTotals(quarter.expected.hubspot);
    // Same days in both CRMs: calls and wins agree; meetings differ by each CRM's rules.
    expect(hubspot.calls).toEqual(salesforce.calls);
    expect(hubspot.revenue_won?.amount).toBeGreaterThan(0);
    expect(salesforce.connects?.count).toBeLessThan((salesforce.calls?.count ?? 0) * 0.3);
    expect(quarter.window.fromUtc).toBe('2026-08-03T07:00:00.000Z');
  });

  it('scales to a 5,000-activity quarter for the benchmark', () => {
    const quarter = seedQuarter({
      ...options,
      days: 90,
      activitiesPerDay: { calls: 45, emails: 30, meetings: 2, opportunities: 0.5 },
    });
    const total = quarter.expected.salesforce.length;
    expect(total).toBeGreaterThan(5_000);
    expect(total).toBeLessThan(7_500);
  });
});

describe('Salesforce ids', () => {
  it('adds the documented case-checksum suffix', () => {
    expect(salesforceId18('001A0000006Vm9r')).toBe('001A0000006Vm9rIAC');
    expect(salesforceId('005', 1)).toBe('0055e0000000001AAA');
    expect(() => salesforceId18('001A0000006Vm9')).toThrow(RangeError);
  });
});
