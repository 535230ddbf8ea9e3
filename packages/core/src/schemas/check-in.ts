/** A check-in: the one open question, the rep's answer, action items, and pace frozen at that moment. */
import { z } from 'zod';
import { STATUSES } from '../pace/status.js';
import { CivilDate, Instant, RecordId } from './primitives.js';

export const ActionItem = z.object({
  id: RecordId,
  text: z.string().trim().min(1, { message: 'must not be empty' }).max(500),
  due: CivilDate.optional(),
  done: z.boolean().default(false),
});
export type ActionItem = z.infer<typeof ActionItem>;

export const PaceStatus = z.enum(STATUSES);

/** Pace as it stood when the check-in was held, so later edits to the plan cannot rewrite it. */
export const PaceSnapshot = z.object({
  asOf: Instant,
  status: PaceStatus,
  businessDays: z.object({ elapsed: z.number(), total: z.number(), remaining: z.number() }),
  targets: z.array(
    z.object({
      targetId: RecordId,
      status: PaceStatus,
      actual: z.number(),
      goal: z.number(),
      expected: z.number(),
      paceRatio: z.number().nullable(),
    }),
  ),
});
export type PaceSnapshot = z.infer<typeof PaceSnapshot>;

export const CheckIn = z.object({
  id: RecordId,
  planId: RecordId,
  authorId: RecordId,
  date: CivilDate,
  createdAt: Instant,
  updatedAt: Instant.optional(),
  question: z.string().trim().min(1, { message: 'must not be empty' }).max(1000),
  answer: z.string().trim().max(5000).default(''),
  actionItems: z.array(ActionItem).default([]),
  snapshot: PaceSnapshot.optional(),
  deleted: z.boolean().optional(),
});
export type CheckIn = z.infer<typeof CheckIn>;
export type CheckInInput = z.input<typeof CheckIn>;
