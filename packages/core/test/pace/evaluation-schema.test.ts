/** The evaluation schema describes what `evaluatePlan` returns, and the snapshot freezes part of it. */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/pace/evaluate.js';
import { PlanEvaluation } from '../../src/pace/evaluation-schema.js';
import { paceSnapshot } from '../../src/pace/snapshot.js';
import { PaceSnapshot } from '../../src/schemas/index.js';
import { WORKED_EXAMPLE_TARGETS, workedExampleActivities, workedExamplePlan } from '../helpers.js';

const plan = workedExamplePlan(WORKED_EXAMPLE_TARGETS);
const evaluation = evaluatePlan(plan, workedExampleActivities(plan), '2026-11-18T13:00:00-05:00');

describe('PlanEvaluation schema', () => {
  it('accepts what evaluatePlan returns, field for field', () => {
    const parsed = PlanEvaluation.safeParse(evaluation);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(evaluation);
  });

  it('names the path of a field that is wrong', () => {
    const broken = { ...evaluation, targets: [{ ...evaluation.targets[0], status: 'fine' }] };
    const parsed = PlanEvaluation.safeParse(broken);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['targets', 0, 'status']);
  });
});

describe('paceSnapshot', () => {
  it('freezes the plan and each target as the evaluation has them, in the check-in schema', () => {
    const snapshot = paceSnapshot(evaluation);
    expect(PaceSnapshot.parse(snapshot)).toEqual(snapshot);
    expect(snapshot.asOf).toBe(evaluation.asOf);
    expect(snapshot.status).toBe(evaluation.status);
    expect(snapshot.businessDays).toEqual(evaluation.businessDays);
    expect(snapshot.targets).toEqual(
      evaluation.targets.map(({ targetId, status, actual, goal, expected, paceRatio }) => ({
        targetId,
        status,
        actual,
        goal,
        expected,
        paceRatio,
      })),
    );
  });

  it('is a copy: changing the evaluation afterwards does not change it', () => {
    const copy = structuredClone(evaluation);
    const snapshot = paceSnapshot(copy);
    (copy.businessDays as { elapsed: number }).elapsed = -1;
    expect(snapshot.businessDays.elapsed).toBe(evaluation.businessDays.elapsed);
  });
});
