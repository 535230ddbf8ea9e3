/** Hand-built ledgers: a manager and a rep writing one plan's events through appendEvent. */
import {
  appendEvent,
  type EventDraft,
  type EventType,
  foldLedger,
  type LedgerEventInput,
  type LedgerState,
  type PlanInput,
} from '../../src/index.js';

export const PLAN_ID = 'plan-jordan-90';
export const MANAGER = { id: 'u-morgan', role: 'manager' } as const;
export const REP = { id: 'u-jordan', role: 'rep' } as const;

export function planInput(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    id: PLAN_ID,
    title: 'Jordan 90-day plan',
    rep: { id: REP.id, name: 'Jordan Rep' },
    manager: { id: MANAGER.id, name: 'Morgan Manager' },
    timeZone: 'America/New_York',
    start: '2026-11-02',
    end: '2027-01-29',
    targets: [
      { id: 't-calls', metric: 'calls', cadence: 'daily', goal: 40 },
      { id: 't-pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 100_000 },
    ],
    ...overrides,
  };
}

type Author = { readonly id: string; readonly role: 'manager' | 'rep' };

/** A growing ledger; each write is dated one minute after the previous one unless given a time. */
export class LedgerScript {
  readonly events: LedgerEventInput[] = [];
  private clock = Date.parse('2026-11-01T14:00:00.000Z');

  write<Type extends EventType>(
    author: Author,
    type: Type,
    body: Extract<EventDraft, { type: Type }>['body'],
    at?: string,
  ): LedgerEventInput {
    this.clock += 60_000;
    const draft = {
      plan: PLAN_ID,
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
    return this.write(MANAGER, 'plan.issued', { plan: planInput(overrides) });
  }

  fold(): LedgerState {
    return foldLedger(this.events);
  }
}

export function codes(state: LedgerState): string[] {
  return state.problems.map((problem) => problem.code);
}
