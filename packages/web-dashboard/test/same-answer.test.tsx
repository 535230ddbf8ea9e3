/**
 * The dashboard takes "business day k of N" and the next check-in from core, so it shows what
 * the extension's popup and overlay show (their test, test/background/same-answer.test.ts in
 * the extension, checks the same dates and answers) on a weekend, on a holiday and across the
 * change to daylight saving time.
 */
import { businessDayAt, nextCheckIn } from '@onpace/core/pace';
import { parseBundle, parsePlan } from '@onpace/core/schemas';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { datasetFromBundle } from '../src/data/bundle-to-dataset';
import type { PlanData } from '../src/data/dataset';
import { endOfDayInstant } from '../src/model/as-of';
import { evaluateAt } from '../src/model/evaluate';
import { teamRow } from '../src/model/team-rows';
import { PlanHeader } from '../src/pages/plan/PlanHeader';

// The extension test's plan: Mon 2026-03-02 .. Fri 2026-03-27 in New York, check-ins on
// Fridays, Friday 2026-03-13 a holiday; daylight time starts on Sunday 2026-03-08.
const plan = parsePlan({
  id: 'plan-dana',
  title: 'Dana Q1 growth plan',
  rep: { id: 'rep-dana', name: 'Dana Reyes' },
  timeZone: 'America/New_York',
  start: '2026-03-02',
  end: '2026-03-27',
  holidays: ['2026-03-13'],
  targets: [{ id: 'calls', metric: 'calls', cadence: 'daily', goal: 10 }],
  checkInCadence: { everyWeeks: 1, weekday: 5 },
});
const [data] = datasetFromBundle(
  parseBundle({ format: 'onpace.bundle', version: 2, exportedAt: '2026-03-01T12:00:00Z', plans: [plan] }),
  'stored',
  null,
).plans as [PlanData];

describe.each([
  ['a Saturday', '2026-03-07', 5, '2026-03-16'],
  ['a holiday (also the check-in weekday)', '2026-03-13', 9, '2026-03-16'],
  ['the Sunday daylight time starts', '2026-03-08', 5, '2026-03-16'],
  ['the Monday after it', '2026-03-09', 6, '2026-03-16'],
  ['a Friday check-in day', '2026-03-06', 5, '2026-03-06'],
])('as of %s', (_name, date, day, checkIn) => {
  it('the team row and the plan header show core day k of N and core next check-in', () => {
    const core = businessDayAt(plan, endOfDayInstant(date, plan.timeZone));
    const row = teamRow(data, date);
    expect({ day: row.day, total: row.dayTotal }).toEqual(core);
    expect(row.nextCheckIn).toBe(nextCheckIn(plan, [], date));
    const header = renderToStaticMarkup(
      <PlanHeader plan={plan} evaluation={evaluateAt(data, date)} locale="en-US" />,
    );
    expect(header).toContain(`<dd>${core.day} of ${core.total}</dd>`);
    // The answers the extension's test expects on the same dates.
    expect(core).toEqual({ day, total: 19 });
    expect(row.nextCheckIn).toBe(checkIn);
  });
});
