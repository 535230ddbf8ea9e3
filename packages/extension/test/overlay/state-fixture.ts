/**
 * OverlayState fixtures built from core's evaluatePlan on docs/pace.md's worked example at 13:00 EST
 * on 2026-11-18, so the overlay's markup is checked against real engine figures.
 */
import { assessAttainability, computeBaseline } from '@onpace/core/diagnosis';
import { businessDayOf, evaluatePlan } from '@onpace/core/pace';
import { type Activity, type Plan, parsePlan } from '@onpace/core/schemas';
import { OverlayState, type OverlayTarget } from '../../src/messaging/overlay-protocol';

export const AS_OF = '2026-11-18T18:00:00Z';

export const PLAN: Plan = parsePlan({
  id: 'plan-1',
  title: 'Riley Q4 improvement plan',
  label: 'Growth plan',
  rep: { id: 'rep-1', name: 'Riley Rep' },
  timeZone: 'America/New_York',
  start: '2026-11-02',
  end: '2026-11-27',
  holidays: ['2026-11-26'],
  ptoDays: ['2026-11-27'],
  targets: [
    { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 100_000 },
    {
      id: 'opps',
      metric: 'opportunities_created',
      cadence: 'weekly',
      goal: 5,
      rule: { kind: 'share-of-periods', atLeast: 0.75 },
    },
    {
      id: 'calls',
      metric: 'calls',
      cadence: 'daily',
      goal: 50,
      rule: { kind: 'share-of-periods', atLeast: 0.9 },
    },
  ],
});

let sequence = 0;
function at(metric: Activity['metric'], occurredAt: string, count: number, amount?: number): Activity[] {
  return Array.from({ length: count }, () => {
    sequence += 1;
    return {
      source: 'manual',
      id: `a${sequence}`,
      metric,
      occurredAt,
      ...(amount === undefined ? {} : { amount }),
    };
  });
}

const SETTLED_DAYS = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13', '16', '17'];

export const ACTIVITIES: Activity[] = [
  ...at('pipeline_created', '2026-11-03T10:00:00-05:00', 1, 25_000),
  ...at('pipeline_created', '2026-11-12T15:30:00-05:00', 1, 35_000),
  ...at('opportunities_created', '2026-11-04T11:00:00-05:00', 5),
  ...at('opportunities_created', '2026-11-10T11:00:00-05:00', 3),
  ...at('opportunities_created', '2026-11-16T11:00:00-05:00', 2),
  ...at('calls', '2026-11-18T12:30:00-05:00', 20),
  ...SETTLED_DAYS.flatMap((day, index) =>
    at('calls', `2026-11-${day}T10:00:00-05:00`, index === 0 ? 40 : 50),
  ),
];

const LABELS: Record<string, string> = { pipeline: 'Pipeline', opps: 'Opportunities', calls: 'Calls' };

/** The state the background would send, checked with the protocol's own schema. */
export function overlayState(overrides: Partial<OverlayState> = {}): OverlayState {
  const evaluation = evaluatePlan(PLAN, ACTIVITIES, AS_OF);
  const chances = assessAttainability(PLAN, computeBaseline(PLAN, ACTIVITIES), {
    asOf: AS_OF,
    activities: ACTIVITIES,
  });
  const targets: OverlayTarget[] = evaluation.targets.map((target, index) => ({
    ...target,
    attainability: chances[index]
      ? { verdict: chances[index].verdict, chance: chances[index].chance, words: chances[index].reason }
      : null,
    periods: [...target.periods],
    label: LABELS[target.targetId] ?? target.targetId,
    money: target.metric === 'pipeline_created',
  }));
  return OverlayState.parse({
    asOf: AS_OF,
    plan: {
      id: PLAN.id,
      title: PLAN.title,
      label: PLAN.label,
      currency: PLAN.currency,
      timeZone: PLAN.timeZone,
      status: evaluation.status,
      businessDays: evaluation.businessDays,
      day: businessDayOf(PLAN, evaluation.date).day,
      workingHoursEnd: PLAN.workingHours.end,
      targets,
    },
    latestNote: {
      id: 'note-1',
      text: 'Block 9-11 for calls. <img src=x onerror=alert(1)>',
      tag: 'prospecting',
      createdAt: '2026-11-17T15:00:00Z',
      authorName: 'Morgan Manager',
      unread: true,
    },
    unreadNotes: 1,
    quickLog: ['calls', 'pipeline_created'],
    undoable: null,
    settings: { discreet: false, neutralLabel: 'My progress' },
    sync: { state: 'ok' },
    ...overrides,
  });
}
