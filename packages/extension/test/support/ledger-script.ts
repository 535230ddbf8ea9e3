/** A plan's ledger written the way the extension writes it: through core's appendEvent, folded by foldLedger. */
import {
  appendEvent,
  type EventDraft,
  type EventType,
  foldLedger,
  type LedgerEventInput,
  type LedgerState,
} from '@onpace/core/ledger';
import type { PlanInput } from '@onpace/core/schemas';
import { samplePlanInput } from './sample-plan';

export const LEDGER_MANAGER = { id: 'mgr-sam', role: 'manager' } as const;
export const LEDGER_REP = { id: 'rep-dana', role: 'rep' } as const;

type Author = { readonly id: string; readonly role: 'manager' | 'rep' };

/** Each write is dated one minute after the previous one unless given a time. */
export class LedgerScript {
  readonly events: LedgerEventInput[] = [];
  private clock = Date.parse('2026-03-02T14:00:00.000Z');

  write<Type extends EventType>(
    author: Author,
    type: Type,
    body: Extract<EventDraft, { type: Type }>['body'],
    at?: string,
  ): LedgerEventInput {
    this.clock += 60_000;
    const draft = {
      plan: 'plan-dana',
      author,
      at: at ?? new Date(this.clock).toISOString(),
      type,
      body,
    } as EventDraft;
    const event = appendEvent(this.events, draft);
    this.events.push(event);
    return event;
  }

  issue(overrides: Partial<PlanInput> = {}): LedgerEventInput {
    return this.write(LEDGER_MANAGER, 'plan.issued', { plan: samplePlanInput(overrides) });
  }

  fold(): LedgerState {
    return foldLedger(this.events);
  }
}
