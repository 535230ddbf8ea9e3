import { addDays, weekdayOf } from '@onpace/core/calendar';
import type { PlanInput } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { assessPlan } from '../../src/background/assess-plan';
import { handleRequest } from '../../src/background/handle-request';
import { savePlan } from '../../src/background/plans';
import { parseResponse } from '../../src/messaging/protocol';
import type { StoredActivity } from '../../src/storage/records';
import { hubspotEmailItem, hubspotTokenItem } from '../../src/sync/settings';
import { createTestEnv, HUBSPOT_SENDER, PAGE_SENDER, type TestEnv } from '../support/background-env';
import { samplePlanInput } from '../support/sample-plan';

/** The sample plan starts 2026-03-02 (New York): its baseline is 2025-12-02 .. 2026-03-01. */
const BASELINE_FROM = '2025-12-02';
const BASELINE_TO = '2026-03-01';

/** `perDay` calls at 10:00 New York on every weekday of the baseline range, for one rep. */
function dailyCalls(repId: string, perDay: number): StoredActivity[] {
  const activities: StoredActivity[] = [];
  for (let day = BASELINE_FROM; day <= BASELINE_TO; day = addDays(day, 1)) {
    if (weekdayOf(day) > 5) continue;
    for (let n = 0; n < perDay; n++) {
      activities.push({
        source: 'hubspot',
        id: `${repId}-${day}-${n}`,
        metric: 'calls',
        occurredAt: `${day}T15:${String(n).padStart(2, '0')}:00Z`,
        repId,
      });
    }
  }
  return activities;
}

async function withPlans(env: TestEnv, plans: readonly PlanInput[]): Promise<void> {
  for (const plan of plans) {
    const saved = await savePlan(env, 'create', plan);
    if (!saved.ok) throw new Error(saved.error);
  }
}

function teammate(n: number): PlanInput {
  return samplePlanInput({ id: `plan-mate-${n}`, rep: { id: `rep-mate-${n}`, name: `Mate ${n}` } });
}

async function assess(env: TestEnv, plan: unknown) {
  const outcome = await assessPlan(env, plan);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.assessment;
}

describe('plans/assess', () => {
  it('judges each target against the rep’s 90 days before the plan, alone', async () => {
    const env = createTestEnv();
    await withPlans(env, [samplePlanInput()]);
    await env.db.activities.bulkPut(dailyCalls('rep-dana', 8));

    const assessment = await assess(env, samplePlanInput());
    expect(assessment.repId).toBe('rep-dana');
    expect(assessment.baseline).toMatchObject({ from: BASELINE_FROM, to: BASELINE_TO, sufficient: true });
    expect(assessment.baseline?.metrics.calls?.perDay).toMatchObject({ median: 8, p75: 8, p90: 8 });
    // 10 calls a day is above every day Dana has shown; nothing of opps or pipeline on 60-odd days.
    expect(assessment.attainability.map((entry) => [entry.targetId, entry.verdict, entry.chance])).toEqual([
      ['calls', 'unrealistic', 0],
      ['opps', 'unrealistic', 0],
      ['pipeline', 'unrealistic', 0],
    ]);
    const days = assessment.baseline?.businessDays;
    expect(assessment.attainability[0]?.reason).toMatch(
      new RegExp(
        `^You reached 10 calls on 0 of your last ${days} working days \\(0 %\\)\\. .*: no chance on this history\\. 8 a day has a 100 % chance\\.$`,
      ),
    );
    expect(assessment.attainability[0]?.attainable).toMatchObject({ goal: 8, label: 'Use 8 calls a day' });
    // No team: her last 30 days against the 60 before them, the same 8 calls a day.
    expect(assessment.diagnosis?.against).toBe('own-past');
    expect(assessment.diagnosis?.cause).toEqual({ kind: 'no-clear-cause', reason: 'in-line' });
    expect(assessment.leadDeepDive?.from).toBe(BASELINE_FROM);
    expect(assessment.team).toEqual({ reps: [], members: 0, needed: 3 });
    // Only manual logs are connected, but Dana's activity came from HubSpot.
    expect(assessment.crm).toBe('hubspot');
  });

  it('uses the other reps of this browser as the team: the cause and context, never the verdict', async () => {
    const env = createTestEnv();
    await withPlans(env, [samplePlanInput(), teammate(1), teammate(2), teammate(3)]);
    await env.db.activities.bulkPut([
      ...dailyCalls('rep-dana', 8),
      ...dailyCalls('rep-mate-1', 12),
      ...dailyCalls('rep-mate-2', 12),
      ...dailyCalls('rep-mate-3', 12),
    ]);

    const assessment = await assess(env, samplePlanInput());
    expect(assessment.team.members).toBe(3);
    expect(assessment.team.reps.map((rep) => rep.name)).toEqual(['Mate 1', 'Mate 2', 'Mate 3']);
    expect(assessment.diagnosis?.cause).toMatchObject({ kind: 'activity-volume', rep: 40, team: 60 });
    expect(assessment.diagnosis?.focus).toBe('prospecting');
    // The team's 12 a day is context beside the verdict: Dana's own days decide it.
    expect(assessment.attainability[0]).toMatchObject({
      targetId: 'calls',
      verdict: 'unrealistic',
      chance: 0,
      team: { members: 3, median: 12 },
    });
    const calls = assessment.suggestions.find((suggestion) => suggestion.target.metric === 'calls');
    // The highest goal with a 70 % chance on Dana's own history: 8 a day, whatever the team does.
    expect(calls).toMatchObject({ replaces: 'calls', target: { cadence: 'daily', goal: 8 } });
  });

  it('reads a half-typed draft: lint beside its fields, a baseline without an end or goals', async () => {
    const env = createTestEnv();
    await withPlans(env, [samplePlanInput()]);
    await env.db.activities.bulkPut(dailyCalls('rep-dana', 8));
    const { checkInCadence: _cadence, ...draft } = samplePlanInput({
      title: '',
      end: undefined as unknown as string,
      targets: [{ id: 'calls', metric: 'calls', cadence: 'daily', goal: undefined as unknown as number }],
    });

    const assessment = await assess(env, draft);
    expect(assessment.lint.map((finding) => [finding.path, finding.code])).toEqual(
      expect.arrayContaining([
        ['end', 'no-end'],
        ['targets[0].goal', 'no-goal'],
        ['checkInCadence', 'no-check-in-cadence'],
      ]),
    );
    expect(assessment.baseline?.sufficient).toBe(true);
    expect(assessment.attainability).toEqual([]);
  });

  it('says no-data, never a verdict, for a rep with no activity before the plan', async () => {
    const env = createTestEnv();
    await withPlans(env, [samplePlanInput()]);
    const assessment = await assess(env, samplePlanInput());
    expect(assessment.baseline).toMatchObject({ observed: null, businessDays: 0, sufficient: false });
    expect(new Set(assessment.attainability.map((entry) => entry.verdict))).toEqual(new Set(['no-data']));
    expect(assessment.suggestions).toEqual([]);
    // No CRM connected and no CRM activity: manual logs only.
    expect(assessment.crm).toBeNull();
    expect(assessment.lint.some((finding) => finding.code === 'no-data-source')).toBe(true);
  });

  it('lints against a connected CRM', async () => {
    const env = createTestEnv();
    await withPlans(env, [samplePlanInput()]);
    await hubspotTokenItem.setValue('pat-na1-00000000-0000-0000-0000-000000000000');
    await hubspotEmailItem.setValue('dana@example.com');
    const assessment = await assess(env, samplePlanInput());
    expect(assessment.crm).toBe('hubspot');
    expect(assessment.lint.some((finding) => finding.code === 'no-data-source')).toBe(false);
  });

  it('answers through the protocol to the options page, and refuses a CRM page', async () => {
    const env = createTestEnv();
    await withPlans(env, [samplePlanInput()]);
    const message = { type: 'plans/assess', plan: samplePlanInput() };
    const answer = parseResponse('plans/assess', await handleRequest(message, PAGE_SENDER, env));
    expect(answer.ok).toBe(true);
    expect(await handleRequest(message, HUBSPOT_SENDER, env)).toMatchObject({ ok: false, code: 'forbidden' });
    // An assessment changes nothing.
    expect(env.changes()).toBe(1);
  });
});
