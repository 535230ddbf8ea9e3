/**
 * Notes, check-ins and acknowledgments for a demo rep, up to the demo's "today". Check-ins
 * follow the plan's cadence (some skipped) and freeze the pace as core evaluated it then.
 */
import { startOfLocalDay, toDayNumber } from '@onpace/core/calendar';
import { evaluatePlan, paceSnapshot, scheduledCheckIns } from '@onpace/core/pace';
import type { Rollup } from '@onpace/core/rollups';
import type {
  Acknowledgment,
  CheckInInput,
  CoachingNoteInput,
  PaceSnapshot,
  Plan,
} from '@onpace/core/schemas';
import { pick, seededRandom } from './prng';
import type { DemoRep } from './roster';
import { ACTION_ITEMS, ANSWERS, NOTE_TAGS, NOTE_TEXTS, PRIVATE_NOTE, QUESTIONS } from './wording';

function localInstant(date: string, timeZone: string, hour: number, minute = 0): string {
  return new Date(startOfLocalDay(toDayNumber(date), timeZone) + (hour * 60 + minute) * 60_000).toISOString();
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The pace a demo check-in freezes: core's snapshot, as the extension takes it. */
function snapshot(plan: Plan, rollup: Rollup, asOf: string): PaceSnapshot {
  return paceSnapshot(evaluatePlan(plan, rollup, asOf));
}

export interface DemoRecords {
  readonly notes: CoachingNoteInput[];
  readonly checkIns: CheckInInput[];
  readonly acknowledgments: Acknowledgment[];
}

export function demoRecords(
  demo: DemoRep,
  plan: Plan,
  rollup: Rollup,
  businessDates: readonly string[],
  lastDate: string,
  seed: number,
): DemoRecords {
  const random = seededRandom(seed);
  const authorId = demo.manager.id;
  const texts = NOTE_TEXTS[demo.story];

  const notes: CoachingNoteInput[] = [];
  const noteDays = businessDates.filter((date) => date <= lastDate);
  noteDays.forEach((date, index) => {
    if (index % 4 !== 2) return;
    const createdAt = localInstant(
      date,
      plan.timeZone,
      11 + Math.floor(random() * 5),
      Math.floor(random() * 60),
    );
    notes.push({
      id: `${plan.id}-note-${date}`,
      planId: plan.id,
      authorId,
      createdAt,
      text: texts[notes.length % texts.length] ?? pick(random, texts),
      tag: NOTE_TAGS[notes.length % NOTE_TAGS.length] ?? 'other',
      visibility: 'shared',
      ...(random() < 0.7 ? { readAt: localInstant(date, plan.timeZone, 17, 30) } : {}),
    });
  });
  if (demo.story === 'new') {
    notes.push({
      id: `${plan.id}-note-welcome`,
      planId: plan.id,
      authorId,
      createdAt: localInstant('2026-11-16', plan.timeZone, 10),
      text: texts[0] ?? 'Welcome.',
      tag: 'other',
    });
  } else if (noteDays.length > 6) {
    const date = noteDays[5] as string;
    notes.push({
      id: `${plan.id}-note-private`,
      planId: plan.id,
      authorId,
      createdAt: localInstant(date, plan.timeZone, 18),
      text: PRIVATE_NOTE,
      tag: 'other',
      visibility: 'private',
    });
  }

  const checkIns: CheckInInput[] = [];
  scheduledCheckIns(plan)
    .filter((date) => date <= lastDate)
    .forEach((date, index) => {
      if (demo.skippedCheckIns.includes(index)) return;
      const createdAt = localInstant(date, plan.timeZone, 15, 30);
      const items = 1 + Math.floor(random() * 2);
      checkIns.push({
        id: `${plan.id}-check-in-${date}`,
        planId: plan.id,
        authorId,
        date,
        createdAt,
        question: QUESTIONS[(index + checkIns.length) % QUESTIONS.length] ?? pick(random, QUESTIONS),
        answer: ANSWERS[(index * 2) % ANSWERS.length] ?? '',
        actionItems: Array.from({ length: items }, (_, item) => {
          const due = addDays(date, 5 + item * 2);
          return {
            id: `${plan.id}-action-${date}-${item}`,
            text: ACTION_ITEMS[(index + item) % ACTION_ITEMS.length] ?? pick(random, ACTION_ITEMS),
            due,
            done: due < lastDate && random() < 0.8,
          };
        }),
        snapshot: snapshot(plan, rollup, createdAt),
      });
    });

  const acknowledgments: Acknowledgment[] = demo.acknowledged
    ? [
        {
          planId: plan.id,
          planRevision: plan.revision,
          personId: demo.rep.id,
          at: localInstant(plan.start < lastDate ? plan.start : '2026-11-17', plan.timeZone, 10, 15),
        },
      ]
    : [];
  return { notes, checkIns, acknowledgments };
}
