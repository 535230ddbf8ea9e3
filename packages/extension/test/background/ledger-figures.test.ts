/**
 * The views count from the cached rollup plus the ledger's adjustment (figures.ts); the contract's
 * figure is evaluatePlan(state.plan, applyLedger(activities, state), asOf). These must agree for
 * any mix of CRM activity, manual logs, retractions and disputes, accepted or not.
 */
import { applyLedger } from '@onpace/core/ledger';
import { evaluatePlan } from '@onpace/core/pace';
import type { Activity } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { evaluateWithLedger } from '../../src/background/figures';
import { foldedPlan } from '../../src/storage/ledger-store';
import type { TestEnv } from '../support/background-env';
import { envWithLedgerPlan, sendOk, storeCrmActivities, tick } from '../support/ledger-env';

/** A small deterministic generator (mulberry32): each scenario is reproducible from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAYS = [
  '2026-03-02',
  '2026-03-03',
  '2026-03-04',
  '2026-03-05',
  '2026-03-06',
  '2026-03-09',
  '2026-03-10',
  '2026-03-11',
];
const METRICS = ['calls', 'opportunities_created', 'pipeline_created'] as const;

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function crmActivities(next: () => number): Activity[] {
  const count = 5 + Math.floor(next() * 30);
  return Array.from({ length: count }, (_, index) => {
    const metric = pick(next, METRICS);
    const day = pick(next, DAYS);
    const hour = 13 + Math.floor(next() * 8);
    return {
      source: 'hubspot' as const,
      id: `a${index}`,
      metric,
      occurredAt: `${day}T${String(hour).padStart(2, '0')}:15:00Z`,
      ...(metric === 'pipeline_created' ? { amount: 1000 + Math.floor(next() * 9000) } : {}),
    };
  });
}

async function scenario(seed: number): Promise<TestEnv> {
  const next = random(seed);
  const env = await envWithLedgerPlan('2026-03-11T12:00:00Z');
  const crm = crmActivities(next);
  await storeCrmActivities(env, crm);
  const logged: string[] = [];
  for (let step = 0; step < 3 + Math.floor(next() * 5); step++) {
    tick(env);
    const metric = pick(next, METRICS);
    const answer = await sendOk(env, {
      type: 'activity/add',
      planId: 'plan-dana',
      metric,
      ...(metric === 'pipeline_created' ? { amount: 500 } : {}),
    });
    if (answer.hash) logged.push(metric);
  }
  const { state } = await foldedPlan(env.db, 'plan-dana');
  const manual = state.activities.map((activity) => activity);
  if (manual.length > 0 && next() < 0.5) {
    tick(env);
    await sendOk(env, { type: 'activity/retract', planId: 'plan-dana', activityId: pick(next, manual).id });
  }
  for (let step = 0; step < 2 + Math.floor(next() * 4); step++) {
    tick(env);
    const metric = pick(next, METRICS);
    const date = pick(next, DAYS);
    const ofDay = (await sendOk(env, { type: 'activity/day', planId: 'plan-dana', date, metric })).day
      .activities;
    const notCounting = ofDay.length > 0 && next() < 0.5;
    const opened = await sendOk(env, {
      type: 'disputes/open',
      planId: 'plan-dana',
      metric,
      date,
      kind: notCounting ? 'not-counting' : 'missing',
      ...(notCounting
        ? {
            activities: ofDay
              .filter(() => next() < 0.6)
              .map((activity) => activity.key)
              .slice(0, 3)
              .concat(pick(next, ofDay).key),
          }
        : metric === 'pipeline_created' || next() < 0.5
          ? { amount: metric === 'pipeline_created' ? 2500 : 1 + Math.floor(next() * 4) }
          : {}),
      text: `Dispute ${step}`,
    });
    const decision = pick(next, ['accepted', 'rejected', 'open'] as const);
    if (decision === 'open') continue;
    tick(env);
    const disputeId = opened.ledger.disputes.find((dispute) => dispute.text === `Dispute ${step}`)?.id ?? '';
    await sendOk(env, {
      type: 'disputes/resolve',
      planId: 'plan-dana',
      disputeId,
      decision,
      text: 'Decided',
    });
  }
  expect(logged.length).toBeGreaterThan(0);
  return env;
}

describe('figures with the ledger applied', () => {
  it('equal applyLedger + evaluatePlan over the raw activities, for 20 generated ledgers', {
    timeout: 60_000,
  }, async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const env = await scenario(seed);
      // Later the same day, after every activity and every event.
      env.setNow('2026-03-11T23:00:00Z');
      const asOf = env.now().toISOString();
      const { state } = await foldedPlan(env.db, 'plan-dana');
      const plan = state.plan;
      if (!plan) throw new Error('no plan');
      const rows = (await env.db.activities.toArray()).map(({ repId: _repId, ...activity }) => activity);
      const expected = evaluatePlan(plan, applyLedger(rows, state), asOf);
      const actual = await evaluateWithLedger(env.db, plan, state, asOf);
      expect(actual.status, `seed ${seed}`).toBe(expected.status);
      for (const [index, target] of expected.targets.entries()) {
        const got = actual.targets[index];
        expect(got?.actual, `seed ${seed} ${target.targetId}`).toBeCloseTo(target.actual, 6);
        expect(got?.status, `seed ${seed} ${target.targetId}`).toBe(target.status);
        expect(
          got?.periods.map((period) => period.actual),
          `seed ${seed} ${target.targetId}`,
        ).toEqual(target.periods.map((period) => period.actual));
      }
    }
  });
});
