/** Properties of the engine that must hold for any plan, any activity and any instant. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Activity,
  addDays,
  BUILT_IN_METRICS,
  evaluatePlan,
  isSumMetric,
  type Plan,
  parsePlan,
  rollupActivities,
} from '../src/index.js';

const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Australia/Sydney',
  'America/Santiago',
  'UTC',
];
const WINDOW_START_MS = Date.parse('2026-01-01T00:00:00Z');
const SPAN_MS = 400 * 86_400_000;

const planArbitrary: fc.Arbitrary<Plan> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    startOffset: fc.integer({ min: 0, max: 300 }),
    length: fc.integer({ min: 7, max: 95 }),
    workdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 3, maxLength: 7 }),
    weekStartsOn: fc.integer({ min: 1, max: 7 }),
    holidayOffsets: fc.array(fc.integer({ min: 0, max: 95 }), { maxLength: 4 }),
    startHour: fc.integer({ min: 6, max: 10 }),
    hours: fc.integer({ min: 4, max: 10 }),
    callsCadence: fc.constantFrom('daily', 'weekly', 'plan'),
    share: fc.double({ min: 0.1, max: 1, noNaN: true }),
  })
  .map((spec) => {
    const start = addDays('2026-01-01', spec.startOffset);
    const end = addDays(start, spec.length - 1);
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      id: 'prop',
      title: 'Property plan',
      rep: { id: 'r', name: 'Rep' },
      timeZone: spec.timeZone,
      start,
      end,
      workdays: spec.workdays,
      weekStartsOn: spec.weekStartsOn,
      holidays: spec.holidayOffsets.map((offset) => addDays(start, offset)),
      workingHours: { start: `${pad(spec.startHour)}:00`, end: `${pad(spec.startHour + spec.hours)}:00` },
      targets: [
        {
          id: 'calls',
          metric: 'calls',
          cadence: spec.callsCadence,
          goal: 40,
          rule: spec.callsCadence === 'plan' ? undefined : { kind: 'share-of-periods', atLeast: spec.share },
        },
        { id: 'opps', metric: 'opportunities_created', cadence: 'weekly', goal: 3, rule: { kind: 'total' } },
        { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 50_000 },
      ],
    };
  })
  .filter((input) => {
    try {
      parsePlan(input);
      return true;
    } catch {
      return false;
    }
  })
  .map((input) => parsePlan(input));

const instantArbitrary = fc
  .integer({ min: WINDOW_START_MS, max: WINDOW_START_MS + SPAN_MS })
  .map((ms) => new Date(ms).toISOString());

const activityArbitrary: fc.Arbitrary<Activity> = fc
  .record({
    source: fc.constantFrom('salesforce', 'hubspot', 'manual'),
    id: fc.integer({ min: 1, max: 5_000 }).map(String),
    metric: fc.constantFrom(...BUILT_IN_METRICS),
    occurredAt: instantArbitrary,
    amount: fc.integer({ min: 0, max: 20_000 }),
  })
  .map(({ amount, ...rest }) => (isSumMetric(rest.metric) ? { ...rest, amount } : rest) as Activity);

const uniqueActivities = fc.uniqueArray(activityArbitrary, {
  maxLength: 120,
  selector: (a) => `${a.source}|${a.id}|${a.metric}`,
});

describe('engine properties', () => {
  it('neither the order of activities nor exact duplicates change any figure', () => {
    fc.assert(
      fc.property(
        planArbitrary,
        uniqueActivities,
        instantArbitrary,
        fc.infiniteStream(fc.nat()),
        (plan, activities, asOf, randoms) => {
          const reference = evaluatePlan(plan, activities, asOf);
          const shuffled = [...activities, ...activities.slice(0, activities.length / 2)]
            .map((activity) => ({ activity, key: randoms.next().value }))
            .sort((a, b) => a.key - b.key)
            .map(({ activity }) => activity);
          expect(evaluatePlan(plan, shuffled, asOf)).toEqual(reference);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps 0 ≤ elapsed ≤ total and remaining = total − elapsed, for the plan and every target', () => {
    fc.assert(
      fc.property(planArbitrary, instantArbitrary, (plan, asOf) => {
        const result = evaluatePlan(plan, [], asOf);
        const all = [result.businessDays, ...result.targets.map((t) => t.window.businessDays)];
        for (const time of all) {
          expect(time.elapsed).toBeGreaterThanOrEqual(0);
          expect(time.elapsed).toBeLessThanOrEqual(time.total);
          expect(time.remaining).toBeCloseTo(time.total - time.elapsed, 9);
        }
        for (const target of result.targets) {
          for (const period of target.periods) {
            expect(period.businessDays.elapsed).toBeGreaterThanOrEqual(0);
            expect(period.businessDays.elapsed).toBeLessThanOrEqual(period.businessDays.total);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers any actual when one more count activity arrives', () => {
    fc.assert(
      fc.property(
        planArbitrary,
        uniqueActivities,
        activityArbitrary,
        instantArbitrary,
        (plan, activities, extra, asOf) => {
          const added: Activity = {
            source: 'manual',
            id: 'added-one',
            metric: 'calls',
            occurredAt: extra.occurredAt,
          };
          const before = evaluatePlan(plan, activities, asOf);
          const after = evaluatePlan(plan, [...activities, added], asOf);
          before.targets.forEach((target, index) => {
            const later = after.targets[index];
            expect(later?.actual).toBeGreaterThanOrEqual(target.actual);
            target.periods.forEach((period, p) => {
              expect(later?.periods[p]?.actual).toBeGreaterThanOrEqual(period.actual);
            });
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('evaluates a rollup exactly like the activities it was made of, at any instant', () => {
    fc.assert(
      fc.property(planArbitrary, uniqueActivities, instantArbitrary, (plan, activities, asOf) => {
        const rollup = rollupActivities(plan, activities);
        expect(evaluatePlan(plan, rollup, asOf)).toEqual(evaluatePlan(plan, activities, asOf));
      }),
      { numRuns: 150 },
    );
  });

  it('splits every weekly goal so the periods add up to the goal per business day', () => {
    fc.assert(
      fc.property(planArbitrary, instantArbitrary, (plan, asOf) => {
        const opps = evaluatePlan(plan, [], asOf).targets.find((t) => t.targetId === 'opps');
        const businessDays = opps?.periods.reduce((sum, p) => sum + p.businessDays.total, 0) ?? 0;
        expect(businessDays).toBe(opps?.window.businessDays.total);
        expect(opps?.goal).toBeCloseTo((3 * businessDays) / plan.workdays.length, 9);
      }),
      { numRuns: 200 },
    );
  });
});
