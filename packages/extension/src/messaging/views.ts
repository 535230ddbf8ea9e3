/**
 * What the background answers to the extension pages: plain data shaped for the screen that
 * shows it, each with a zod schema so the page checks it on arrival like any other message.
 */
import { LinkedRecord, NoteTag, Plan } from '@onpace/core/schemas';
import { z } from 'zod';
import { BridgeAsker, Settings } from '../storage/settings-schema';
import { CheckInView, LedgerView } from './ledger-views';
import { OverlayTarget, StatusWord } from './overlay-protocol';

export const PlanList = z.object({ plans: z.array(Plan), myPlanId: z.string().nullable() });
export type PlanList = z.infer<typeof PlanList>;

export const MergeCounts = z.object({ added: z.number(), updated: z.number(), unchanged: z.number() });
export type MergeCounts = z.infer<typeof MergeCounts>;

export const ImportReport = z.object({
  plans: MergeCounts,
  activities: MergeCounts,
  notes: MergeCounts,
  checkIns: MergeCounts,
  acknowledgments: MergeCounts,
  disputes: MergeCounts,
});
export type ImportReport = z.infer<typeof ImportReport>;

export const SettingsView = z.object({ settings: Settings, askers: z.array(BridgeAsker) });
export type SettingsView = z.infer<typeof SettingsView>;

export const PlanDay = z.object({ day: z.number().int(), total: z.number().int() });

/**
 * A live note as a page lists it; `text` is user text and is always rendered as text. Shared
 * notes come from the ledger (no tag); private ones are this browser's own rows.
 */
export const NoteView = z.object({
  id: z.string(),
  text: z.string(),
  tag: NoteTag.optional(),
  authorRole: z.enum(['manager', 'rep']),
  visibility: z.enum(['shared', 'private']),
  createdAt: z.string(),
  updatedAt: z.string().optional(),
  readAt: z.string().optional(),
  authorName: z.string().optional(),
  record: LinkedRecord.optional(),
});
export type NoteView = z.infer<typeof NoteView>;

const PlanHeader = z.object({
  id: z.string(),
  title: z.string(),
  /** What to call the plan here: its label, or the neutral label in discreet mode. */
  displayLabel: z.string(),
  repName: z.string(),
  managerName: z.string().optional(),
  revision: z.number().int(),
  currency: z.string(),
  start: z.string(),
  end: z.string(),
  /** Today in the plan's time zone. */
  date: z.string(),
  status: StatusWord,
  day: PlanDay,
  /** The plan's working-hours end, `HH:MM`: next-action sentences say "by 17:00". */
  workingHoursEnd: z.string(),
});
export type PlanHeader = z.infer<typeof PlanHeader>;

export const RepView = z.object({
  plan: PlanHeader.nullable(),
  targets: z.array(OverlayTarget),
  nextCheckIn: z.string().nullable(),
  notes: z.array(NoteView),
  /** When the rep acknowledged the plan's current revision, or null. */
  acknowledgedAt: z.string().nullable(),
  /** The plan's fold: lifecycle, acknowledgment and "What changed", check-ins, disputes, problems. */
  ledger: LedgerView.nullable(),
  undoable: z
    .object({ activityId: z.string(), metric: z.string(), amount: z.number().optional() })
    .nullable(),
  quickLog: z.array(z.object({ metric: z.string(), label: z.string(), money: z.boolean() })),
});
export type RepView = z.infer<typeof RepView>;

export const PlanChoice = z.object({ id: z.string(), title: z.string(), repName: z.string() });
export type PlanChoice = z.infer<typeof PlanChoice>;

export const ManagerView = z.object({
  plans: z.array(PlanChoice),
  plan: PlanHeader.nullable(),
  notes: z.array(NoteView),
  checkIns: z.array(CheckInView),
  ledger: LedgerView.nullable(),
  /** The CRM record open in the popup's tab, when the overlay reported one. */
  currentRecord: LinkedRecord.nullable(),
});
export type ManagerView = z.infer<typeof ManagerView>;
