/**
 * What a bundle import stores beyond plans and activities: each check-in and acknowledgment of a
 * file as its own record (found again by its own key on the next import), a plan's rollup cache
 * rebuilt when only the plan changed, and refusals that say which file they refuse.
 */
import type { Acknowledgment, CheckInInput } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { importBundleText } from '../../src/background/import-bundle';
import { createTestEnv } from '../support/background-env';
import { bundleText, call, samplePlanInput } from '../support/sample-plan';

function checkIn(id: string, date: string): CheckInInput {
  return {
    id,
    planId: 'plan-dana',
    authorId: 'mgr-sam',
    date,
    createdAt: `${date}T20:00:00Z`,
    question: `How did the week to ${date} go?`,
    answer: 'Fine',
    actionItems: [],
  };
}

const acknowledgments: Acknowledgment[] = [
  { planId: 'plan-dana', planRevision: 1, personId: 'rep-dana', at: '2026-03-02T14:00:00Z' },
  { planId: 'plan-dana', planRevision: 1, personId: 'mgr-sam', at: '2026-03-02T15:00:00Z' },
  { planId: 'plan-dana', planRevision: 2, personId: 'rep-dana', at: '2026-03-09T14:00:00Z' },
];

const fileWithCheckIns = bundleText({
  plans: [samplePlanInput()],
  checkIns: [checkIn('checkin-1', '2026-03-06'), checkIn('checkin-2', '2026-03-13')],
  acknowledgments,
});

async function importOk(env: ReturnType<typeof createTestEnv>, text: string) {
  const result = await importBundleText(env, text);
  if (!result.ok) throw new Error(result.error);
  return result.report;
}

describe('bundle import of check-ins and acknowledgments', () => {
  it('stores every check-in and acknowledgment of the file as its own record', async () => {
    const env = createTestEnv();
    const report = await importOk(env, fileWithCheckIns);
    expect(report.checkIns).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(report.acknowledgments).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect((await env.db.checkIns.toArray()).map((row) => row.id).sort()).toEqual(['checkin-1', 'checkin-2']);
    expect(await env.db.acknowledgments.toArray()).toEqual(expect.arrayContaining(acknowledgments));
    expect(await env.db.acknowledgments.count()).toBe(acknowledgments.length);
  });

  it('finds each of them again on a second import, changing nothing', async () => {
    const env = createTestEnv();
    await importOk(env, fileWithCheckIns);
    const again = await importOk(env, fileWithCheckIns);
    expect(again.checkIns).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(again.acknowledgments).toEqual({ added: 0, updated: 0, unchanged: 3 });
  });

  it('updates the one check-in answered since, and keeps the other', async () => {
    const env = createTestEnv();
    await importOk(env, fileWithCheckIns);
    const answered = {
      ...checkIn('checkin-2', '2026-03-13'),
      answer: 'Better',
      updatedAt: '2026-03-14T09:00:00Z',
    };
    const report = await importOk(
      env,
      bundleText({ plans: [samplePlanInput()], checkIns: [checkIn('checkin-1', '2026-03-06'), answered] }),
    );
    expect(report.checkIns).toEqual({ added: 0, updated: 1, unchanged: 1 });
    expect((await env.db.checkIns.get('checkin-2'))?.answer).toBe('Better');
    expect((await env.db.checkIns.get('checkin-1'))?.answer).toBe('Fine');
  });
});

describe('bundle import and the rollup cache', () => {
  it('rebuilds the cache of a plan whose new revision arrives without any activity', async () => {
    const env = createTestEnv();
    await importOk(
      env,
      bundleText({ plans: [samplePlanInput()], activities: [call('c1', '2026-03-02T15:00:00Z')] }),
    );
    const before = await env.db.rollups.get('plan-dana');
    expect(before?.rollup.to).toBe('2026-03-27');

    env.setNow('2026-03-12T15:00:00Z');
    await importOk(env, bundleText({ plans: [samplePlanInput({ revision: 2, end: '2026-04-03' })] }));
    const after = await env.db.rollups.get('plan-dana');
    // The window grew a week: the cache covers it, from the same activity.
    expect(after?.rollup.to).toBe('2026-04-03');
    expect(after?.activityCount).toBe(1);
    expect(after?.computedAt).toBe('2026-03-12T15:00:00.000Z');
  });
});

describe('bundle import refusals', () => {
  it('say it is the bundle file that was refused, for a bad file and for unattributable activity', async () => {
    const env = createTestEnv();
    const malformed = await importBundleText(env, '{"format": "onpace.bundle",');
    expect(malformed).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid bundle file: /) });

    const unattributable = await importBundleText(
      env,
      bundleText({
        plans: [
          samplePlanInput({ id: 'plan-a', rep: { id: 'rep-a', name: 'A' } }),
          samplePlanInput({ id: 'plan-b', rep: { id: 'rep-b', name: 'B' } }),
        ],
        activities: [call('x1', '2026-03-04T15:00:00Z', { ownerId: 'nobody' })],
      }),
    );
    expect(unattributable).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Invalid bundle file: activities\[0\]\.ownerId: /),
    });
  });
});
