/**
 * The demo team: eight reps whose plans, at DEMO_AS_OF, show every status of docs/pace.md
 * (achieved, ahead, on-track, at-risk, behind, missed, not-started). Each rep's `form` says how
 * hard they work relative to their goals on a given date; the generator turns it into activity.
 */
import type { PlanInput } from '@onpace/core/schemas';

/** The end of the demo's "today": the demo team's data stops here and the dashboard opens on it. */
export const DEMO_AS_OF = '2026-11-18';

export interface DemoPerson {
  readonly id: string;
  readonly name: string;
  readonly email: string;
}

export const MANAGERS = {
  jordan: { id: 'mgr-jordan-lee', name: 'Jordan Lee', email: 'jordan.lee@example.com' },
  priya: { id: 'mgr-priya-shah', name: 'Priya Shah', email: 'priya.shah@example.com' },
} as const satisfies Record<string, DemoPerson>;

/** A multiplier of the goal's daily rate on `date` for `metric` (1 = exactly on pace). */
export type Form = (metric: string, date: string) => number;

export interface DemoRep {
  readonly rep: DemoPerson;
  readonly manager: DemoPerson;
  readonly source: 'salesforce' | 'hubspot';
  readonly plan: Omit<PlanInput, 'rep' | 'manager'>;
  readonly form: Form;
  /** Indices of scheduled check-ins that did not happen (adherence below 100 %). */
  readonly skippedCheckIns: readonly number[];
  readonly acknowledged: boolean;
  /** Leads assigned a week on `date` (leads.ts): the team's lead volume, and Sam's fall. */
  readonly leadsPerWeek: (date: string) => number;
  /** The story the notes tell, which picks their wording. */
  readonly story: 'steady' | 'slump' | 'recovery' | 'strong' | 'short' | 'new';
}

const US_HOLIDAYS = ['2026-09-07', '2026-11-26', '2026-11-27', '2026-12-24', '2026-12-25'];

function holidaysIn(start: string, end: string, holidays: readonly string[] = US_HOLIDAYS): string[] {
  return holidays.filter((date) => date >= start && date <= end);
}

const between = (date: string, from: string, to: string) => date >= from && date <= to;

function window(start: string, end: string) {
  return { start, end, holidays: holidaysIn(start, end) };
}

export const DEMO_REPS: readonly DemoRep[] = [
  {
    rep: { id: 'rep-avery-brooks', name: 'Avery Brooks', email: 'avery.brooks@example.com' },
    manager: MANAGERS.jordan,
    source: 'salesforce',
    story: 'steady',
    leadsPerWeek: () => 36,
    acknowledged: true,
    skippedCheckIns: [],
    plan: {
      id: 'plan-avery-q4',
      title: 'Q4 pipeline growth',
      label: 'Growth plan',
      timeZone: 'America/New_York',
      ...window('2026-09-21', '2026-12-19'),
      checkInCadence: { everyWeeks: 1, weekday: 4 },
      targets: [
        {
          id: 'calls',
          metric: 'calls',
          cadence: 'daily',
          goal: 45,
          rule: { kind: 'share-of-periods', atLeast: 0.8 },
        },
        { id: 'meetings', metric: 'meetings_booked', cadence: 'weekly', goal: 4, rule: { kind: 'total' } },
        { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 180_000 },
        { id: 'emails', metric: 'emails', cadence: 'daily', goal: 25, required: false },
      ],
    },
    form: (metric) => (metric === 'calls' ? 1.14 : metric === 'pipeline_created' ? 1.02 : 1.03),
  },
  {
    rep: { id: 'rep-sam-patel', name: 'Sam Patel', email: 'sam.patel@example.com' },
    manager: MANAGERS.jordan,
    source: 'hubspot',
    story: 'slump',
    // Sam's leads fell from 31 to 17 a week in the 30 days before his plan (from
    // 2026-09-12); he worked them as before: conversion held, calls per lead rose.
    leadsPerWeek: (date) => (date < '2026-09-12' ? 31 : 17),
    acknowledged: false,
    skippedCheckIns: [2, 4],
    plan: {
      id: 'plan-sam-pip',
      title: 'Performance plan, Oct–Dec',
      label: 'PIP',
      timeZone: 'America/Chicago',
      ...window('2026-10-12', '2026-12-10'),
      ptoDays: ['2026-10-23'],
      checkInCadence: { everyWeeks: 1, weekday: 4 },
      targets: [
        {
          id: 'calls',
          metric: 'calls',
          cadence: 'daily',
          goal: 50,
          rule: { kind: 'share-of-periods', atLeast: 0.7 },
        },
        { id: 'opps', metric: 'opportunities_created', cadence: 'weekly', goal: 3, rule: { kind: 'total' } },
        { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 120_000 },
      ],
    },
    // A slump from the start of November: calls hold up, new business dries up.
    form: (metric, date) => {
      const slump = date >= '2026-11-02';
      if (metric === 'calls') return slump ? 1.06 : 1.15;
      return slump ? 0.35 : 1.0;
    },
  },
  {
    rep: { id: 'rep-morgan-diaz', name: 'Morgan Diaz', email: 'morgan.diaz@example.com' },
    manager: MANAGERS.priya,
    source: 'salesforce',
    story: 'short',
    leadsPerWeek: () => 33,
    acknowledged: true,
    skippedCheckIns: [3],
    plan: {
      id: 'plan-morgan-q4',
      title: 'Q4 plan, West region',
      label: 'Q4 plan',
      timeZone: 'America/Los_Angeles',
      ...window('2026-10-05', '2026-12-03'),
      checkInCadence: { everyWeeks: 1, weekday: 3 },
      targets: [
        {
          id: 'calls',
          metric: 'calls',
          cadence: 'daily',
          goal: 40,
          rule: { kind: 'share-of-periods', atLeast: 0.75 },
        },
        { id: 'meetings', metric: 'meetings_held', cadence: 'weekly', goal: 3, rule: { kind: 'total' } },
        { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 150_000 },
      ],
    },
    form: (metric) => (metric === 'calls' ? 1.16 : metric === 'pipeline_created' ? 0.86 : 1.02),
  },
  {
    rep: { id: 'rep-riley-chen', name: 'Riley Chen', email: 'riley.chen@example.com' },
    manager: MANAGERS.priya,
    source: 'salesforce',
    story: 'recovery',
    leadsPerWeek: () => 35,
    acknowledged: true,
    skippedCheckIns: [],
    plan: {
      id: 'plan-riley-growth',
      title: 'Enterprise growth plan',
      label: 'Growth plan',
      timeZone: 'America/New_York',
      ...window('2026-09-14', '2026-12-12'),
      ptoDays: ['2026-10-09'],
      checkInCadence: { everyWeeks: 2, weekday: 2 },
      targets: [
        { id: 'opps', metric: 'opportunities_created', cadence: 'weekly', goal: 4, rule: { kind: 'total' } },
        { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 250_000 },
        { id: 'meetings', metric: 'meetings_held', cadence: 'plan', goal: 36 },
      ],
    },
    // A slump in October, then a strong recovery that puts the plan ahead.
    form: (_metric, date) =>
      between(date, '2026-10-05', '2026-10-23') ? 0.5 : date > '2026-10-23' ? 2.0 : 1.15,
  },
  {
    rep: { id: 'rep-casey-nguyen', name: 'Casey Nguyen', email: 'casey.nguyen@example.com' },
    manager: MANAGERS.jordan,
    source: 'hubspot',
    story: 'strong',
    leadsPerWeek: () => 38,
    acknowledged: true,
    skippedCheckIns: [],
    plan: {
      id: 'plan-casey-ramp',
      title: '30-day ramp, UK',
      label: 'Ramp plan',
      timeZone: 'Europe/London',
      start: '2026-10-05',
      end: '2026-11-03',
      checkInCadence: { everyWeeks: 1, weekday: 5 },
      currency: 'GBP',
      targets: [
        {
          id: 'calls',
          metric: 'calls',
          cadence: 'daily',
          goal: 40,
          rule: { kind: 'share-of-periods', atLeast: 0.8 },
        },
        { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 60_000 },
      ],
    },
    form: (metric) => (metric === 'calls' ? 1.22 : 1.2),
  },
  {
    rep: { id: 'rep-taylor-kim', name: 'Taylor Kim', email: 'taylor.kim@example.com' },
    manager: MANAGERS.priya,
    source: 'salesforce',
    story: 'short',
    leadsPerWeek: () => 32,
    acknowledged: true,
    skippedCheckIns: [1],
    plan: {
      id: 'plan-taylor-pip',
      title: '30-day performance plan',
      label: 'PIP',
      timeZone: 'America/Denver',
      start: '2026-10-12',
      end: '2026-11-10',
      checkInCadence: { everyWeeks: 1, weekday: 5 },
      targets: [
        {
          id: 'calls',
          metric: 'calls',
          cadence: 'daily',
          goal: 45,
          rule: { kind: 'share-of-periods', atLeast: 0.8 },
        },
        { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 80_000 },
      ],
    },
    form: (metric) => (metric === 'calls' ? 1.2 : 0.78),
  },
  {
    rep: { id: 'rep-jamie-rivera', name: 'Jamie Rivera', email: 'jamie.rivera@example.com' },
    manager: MANAGERS.jordan,
    source: 'hubspot',
    story: 'new',
    leadsPerWeek: () => 30,
    acknowledged: true,
    skippedCheckIns: [],
    plan: {
      id: 'plan-jamie-ramp',
      title: 'New-hire ramp',
      label: 'Ramp plan',
      timeZone: 'America/New_York',
      ...window('2026-11-23', '2026-12-22'),
      checkInCadence: { everyWeeks: 1, weekday: 4 },
      targets: [
        {
          id: 'calls',
          metric: 'calls',
          cadence: 'daily',
          goal: 35,
          rule: { kind: 'share-of-periods', atLeast: 0.8 },
        },
        { id: 'meetings', metric: 'meetings_booked', cadence: 'weekly', goal: 2, rule: { kind: 'total' } },
      ],
    },
    form: () => 1,
  },
  {
    rep: { id: 'rep-drew-okafor', name: 'Drew Okafor', email: 'drew.okafor@example.com' },
    manager: MANAGERS.priya,
    source: 'salesforce',
    story: 'steady',
    leadsPerWeek: () => 34,
    acknowledged: true,
    skippedCheckIns: [5],
    plan: {
      id: 'plan-drew-q4',
      title: 'Q4 plan, Central',
      label: 'Q4 plan',
      timeZone: 'America/Chicago',
      ...window('2026-09-28', '2026-12-26'),
      ptoDays: ['2026-10-26', '2026-10-27', '2026-10-28'],
      checkInCadence: { everyWeeks: 1, weekday: 4 },
      targets: [
        {
          id: 'calls',
          metric: 'calls',
          cadence: 'daily',
          goal: 50,
          rule: { kind: 'share-of-periods', atLeast: 0.8 },
        },
        { id: 'connects', metric: 'connects', cadence: 'weekly', goal: 40, rule: { kind: 'total' } },
        { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 200_000 },
      ],
    },
    form: (metric) => (metric === 'calls' ? 1.15 : metric === 'pipeline_created' ? 1.3 : 1.0),
  },
];
