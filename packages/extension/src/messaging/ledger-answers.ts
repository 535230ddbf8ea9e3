/**
 * The successful answers to the ledger's requests (ledger-requests.ts), per request type;
 * protocol.ts merges them into its `ANSWERS`.
 */
import { z } from 'zod';
import type { LedgerReadRequest, LedgerWriteRequest } from './ledger-requests';
import { ActivityDay, LedgerView, PlanEvents } from './ledger-views';

/**
 * Every ledger write answers the event it appended (its hash; null for a private note, which
 * is not an event) and the plan's fold after it, so the page shows its own change at once.
 */
export const LedgerWriteAnswer = z.object({ hash: z.string().nullable(), ledger: LedgerView });
export type LedgerWriteAnswer = z.infer<typeof LedgerWriteAnswer>;

export const LEDGER_ANSWERS = {
  'plans/activate': LedgerWriteAnswer,
  'plans/extend': LedgerWriteAnswer,
  'plans/close': LedgerWriteAnswer,
  'plans/acknowledge': LedgerWriteAnswer,
  'notes/add': LedgerWriteAnswer,
  'notes/edit': LedgerWriteAnswer,
  'notes/delete': LedgerWriteAnswer,
  'checkins/hold': LedgerWriteAnswer,
  'checkins/answer': LedgerWriteAnswer,
  'actions/done': LedgerWriteAnswer,
  'disputes/open': LedgerWriteAnswer,
  'disputes/resolve': LedgerWriteAnswer,
  'activity/add': LedgerWriteAnswer,
  'activity/retract': LedgerWriteAnswer,
  'plans/events': z.object({ events: PlanEvents }),
  'activity/day': z.object({ day: ActivityDay }),
} satisfies Record<LedgerWriteRequest['type'] | LedgerReadRequest['type'], z.ZodObject>;
