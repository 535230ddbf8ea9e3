// @vitest-environment happy-dom
/**
 * The popup's ledger pieces as a user meets them: what each shows for a real fold or view, and
 * that each click or form sends exactly the write it names (and nothing when the form is wrong).
 */
import { appendEvent, diffRevisions, foldLedger, ledgerTimeline } from '@onpace/core/ledger';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckInView, DayActivity, DisputeView, LedgerView } from '../../src/messaging/ledger-views';
import { ackStatus } from '../../src/pages/ledger/ack-status';
import { AcknowledgeCard } from '../../src/popup/ledger/AcknowledgeCard';
import { AcknowledgmentList } from '../../src/popup/ledger/AcknowledgmentList';
import { CheckInCard } from '../../src/popup/ledger/CheckInCard';
import { DisputeForm } from '../../src/popup/ledger/DisputeForm';
import { DisputeList } from '../../src/popup/ledger/DisputeList';
import { LifecycleControls, type LifecycleWrites } from '../../src/popup/ledger/LifecycleControls';
import { Timeline } from '../../src/popup/ledger/Timeline';
import { LEDGER_MANAGER, LEDGER_REP, LedgerScript } from '../support/ledger-script';
import { button, choose, click, field, type Mounted, mount, type } from '../support/render-dom';
import { samplePlanInput } from '../support/sample-plan';

const HASH_1 = 'a'.repeat(64);
const HASH_2 = 'b'.repeat(64);

let mounted: Mounted | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

async function show<P extends object>(
  component: (props: P) => React.ReactNode,
  props: P,
): Promise<HTMLElement> {
  mounted = await mount(component, props);
  return mounted.container;
}

function ledgerView(overrides: Partial<LedgerView> = {}): LedgerView {
  return {
    lifecycle: 'active',
    outcome: null,
    summary: null,
    revision: 1,
    revisionHash: HASH_1,
    acknowledgedRevision: null,
    acknowledgedCurrent: false,
    whatChanged: [],
    acknowledgments: [],
    notes: [],
    checkIns: [],
    disputes: [],
    problems: [],
    ...overrides,
  };
}

/** The rep acknowledged revision 1 (calls 10 a day); revision 2 asks 8 and ends two weeks later. */
function changedView(): LedgerView {
  const before = samplePlanInput();
  const after = samplePlanInput({
    end: '2026-04-10',
    targets: [
      { id: 'calls', metric: 'calls', cadence: 'daily', goal: 8 },
      { id: 'opps', metric: 'opportunities_created', cadence: 'weekly', goal: 2 },
      { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 40000 },
    ],
  });
  return ledgerView({
    revision: 2,
    revisionHash: HASH_2,
    acknowledgedRevision: 1,
    whatChanged: diffRevisions(before, after),
    acknowledgments: [
      {
        revision: 1,
        hash: HASH_1,
        at: '2026-03-02T15:00:00.000Z',
        by: 'rep-dana',
        byName: 'Dana Reyes',
        comment: null,
      },
    ],
  });
}

describe('AcknowledgeCard', () => {
  it('shows what changed since the acknowledged revision and acknowledges the current hash with the comment', async () => {
    const onAcknowledge = vi.fn(async () => null);
    const container = await show(AcknowledgeCard, { status: ackStatus(changedView()), onAcknowledge });
    const card = container.querySelector('[data-ack-state]');
    expect(card?.getAttribute('data-ack-state')).toBe('changed');
    const lines = [...container.querySelectorAll('[data-revision-change]')].map((line) => line.textContent);
    expect(lines).toEqual(['End: Mar 27 → Apr 10', 'Calls: 10 → 8 a day']);
    await type(field(container, 'Comment'), 'Got it, will talk Friday.');
    await click(button(container, 'Acknowledge revision 2'));
    expect(onAcknowledge).toHaveBeenCalledWith(HASH_2, 'Got it, will talk Friday.');
  });

  it('sends no comment when none is written, and keeps the failure on screen', async () => {
    const onAcknowledge = vi.fn(async () => ({ ok: false as const, error: 'The plan changed meanwhile.' }));
    const container = await show(AcknowledgeCard, { status: ackStatus(ledgerView()), onAcknowledge });
    expect(container.querySelector('[data-ack-state]')?.getAttribute('data-ack-state')).toBe('never');
    await click(button(container, 'Acknowledge revision 1'));
    expect(onAcknowledge).toHaveBeenCalledWith(HASH_1, null);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('The plan changed meanwhile.');
  });

  it('says when the current revision is acknowledged and asks nothing', async () => {
    const view = ledgerView({
      acknowledgedRevision: 1,
      acknowledgedCurrent: true,
      acknowledgments: [
        {
          revision: 1,
          hash: HASH_1,
          at: '2026-03-02T15:00:00.000Z',
          by: 'rep-dana',
          byName: 'Dana Reyes',
          comment: null,
        },
      ],
    });
    const container = await show(AcknowledgeCard, {
      status: ackStatus(view),
      onAcknowledge: async () => null,
    });
    expect(container.querySelector('[data-ack-state]')?.getAttribute('data-ack-state')).toBe('current');
    expect(container.textContent).toContain('You acknowledged revision 1 on');
    expect(container.querySelector('button')).toBeNull();
  });
});

describe('AcknowledgmentList', () => {
  it('tells the manager who acknowledged which revision, when, with the comment, and that the current one waits', async () => {
    const view = changedView();
    const withComment = {
      ...view,
      acknowledgments: [
        { ...view.acknowledgments[0], comment: 'Fair enough.' } as LedgerView['acknowledgments'][number],
      ],
    };
    const container = await show(AcknowledgmentList, { view: withComment });
    expect(container.textContent).toContain('Revision 2 is not acknowledged yet.');
    const receipt = container.querySelector('[data-revision="1"]');
    expect(receipt?.textContent).toMatch(/^✓ Dana Reyes acknowledged revision 1 on .+: “?Fair enough\.”?$/);
  });
});

function writes(): LifecycleWrites & { [K in keyof LifecycleWrites]: ReturnType<typeof vi.fn> } {
  return {
    activate: vi.fn(async () => null),
    extend: vi.fn(async () => null),
    close: vi.fn(async () => null),
  };
}

describe('LifecycleControls', () => {
  it('offers Activate on a draft, and sends it', async () => {
    const calls = writes();
    const container = await show(LifecycleControls, {
      lifecycle: 'draft',
      outcome: null,
      summary: null,
      end: '2026-03-27',
      writes: calls,
    });
    expect(container.querySelector('[data-lifecycle]')?.getAttribute('data-lifecycle')).toBe('draft');
    expect(button(container, 'Extend…')).toBeNull();
    await click(button(container, 'Activate'));
    expect(calls.activate).toHaveBeenCalledOnce();
  });

  it('extends only to a later end, with a reason', async () => {
    const calls = writes();
    const container = await show(LifecycleControls, {
      lifecycle: 'active',
      outcome: null,
      summary: null,
      end: '2026-03-27',
      writes: calls,
    });
    expect(button(container, 'Activate')).toBeNull();
    await click(button(container, 'Extend…'));
    await type(field(container, 'New last day'), '2026-03-20');
    await type(field(container, 'Reason'), 'Two weeks of PTO.');
    await click(button(container, 'Extend the plan'));
    expect(calls.extend).not.toHaveBeenCalled();
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/after the current end/);
    await type(field(container, 'New last day'), '2026-04-10');
    await click(button(container, 'Extend the plan'));
    expect(calls.extend).toHaveBeenCalledWith('2026-04-10', 'Two weeks of PTO.');
  });

  it('closes with the outcome chosen and a summary, and a closed plan shows its outcome and offers nothing', async () => {
    const calls = writes();
    const container = await show(LifecycleControls, {
      lifecycle: 'extended',
      outcome: null,
      summary: null,
      end: '2026-04-10',
      writes: calls,
    });
    await click(button(container, 'Close…'));
    await click(button(container, 'Close the plan'));
    expect(calls.close).not.toHaveBeenCalled();
    const notMet = container.querySelector('input[type="radio"][value="not-met"]');
    await click(notMet);
    await type(field(container, 'Summary'), 'Calls improved; pipeline did not.');
    await click(button(container, 'Close the plan'));
    expect(calls.close).toHaveBeenCalledWith('not-met', 'Calls improved; pipeline did not.');

    await mounted?.rerender(LifecycleControls, {
      lifecycle: 'closed',
      outcome: 'not-met',
      summary: 'Calls improved; pipeline did not.',
      end: '2026-04-10',
      writes: calls,
    });
    const badge = container.querySelector('[data-lifecycle]');
    expect(badge?.getAttribute('data-outcome')).toBe('not-met');
    expect(badge?.textContent).toBe('Closed: not met');
    expect(container.querySelectorAll('button')).toHaveLength(0);
  });
});

const CHECK_IN: CheckInView = {
  id: 'ci-1',
  date: '2026-03-06',
  question: 'What would make next week easier?',
  answer: null,
  heldAt: '2026-03-06T16:00:00.000Z',
  answeredAt: null,
  actions: [
    { id: 'a-1', text: 'Block 9–11 for calls', due: '2026-03-09', done: false },
    { id: 'a-2', text: 'Shadow Sam on a demo', due: null, done: true },
  ],
  snapshot: null,
};

describe('CheckInCard', () => {
  it('lets the rep answer and tick an open action; a done action cannot be unticked', async () => {
    const answer = vi.fn(async () => null);
    const done = vi.fn(async () => null);
    const container = await show(CheckInCard, {
      checkIn: CHECK_IN,
      writable: true,
      writes: { answer, done },
    });
    expect(container.querySelector('[data-checkin-id="ci-1"]')?.getAttribute('data-answered')).toBe('false');
    await type(field(container, 'Your answer'), 'Fewer internal meetings.');
    await click(button(container, 'Send answer'));
    expect(answer).toHaveBeenCalledWith('ci-1', 'Fewer internal meetings.');
    const boxes = container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect(boxes[1]?.disabled).toBe(true);
    await click(boxes[0] ?? null);
    expect(done).toHaveBeenCalledWith('ci-1', 'a-1');
  });

  it('shows the manager the same check-in, waiting for the answer, then the answer once given', async () => {
    const done = vi.fn(async () => null);
    const container = await show(CheckInCard, { checkIn: CHECK_IN, writable: true, writes: { done } });
    expect(container.textContent).toContain('Waiting for the rep’s answer.');
    expect(field(container, 'Your answer')).toBeNull();
    await mounted?.rerender(CheckInCard, {
      checkIn: { ...CHECK_IN, answer: 'Fewer internal meetings.', answeredAt: '2026-03-06T18:00:00.000Z' },
      writable: true,
      writes: { done },
    });
    expect(container.textContent).toContain('A: Fewer internal meetings.');
    expect(container.querySelector('[data-checkin-id]')?.getAttribute('data-answered')).toBe('true');
  });
});

const TARGETS = [
  { metric: 'calls', label: 'Calls' },
  { metric: 'pipeline_created', label: 'Pipeline' },
];

const DAY: DayActivity[] = [
  {
    key: 'hubspot:c-1',
    source: 'hubspot',
    id: 'c-1',
    metric: 'calls',
    occurredAt: '2026-03-10T14:05:00.000Z',
    amount: null,
    recordUrl: null,
  },
  {
    key: 'hubspot:c-2',
    source: 'hubspot',
    id: 'c-2',
    metric: 'calls',
    occurredAt: '2026-03-10T15:10:00.000Z',
    amount: null,
    recordUrl: null,
  },
];

describe('DisputeForm', () => {
  const base = {
    targets: TARGETS,
    initialDate: '2026-03-10',
    currency: 'USD',
    timeZone: 'America/New_York',
  };

  it('sends a missing count with its amount and reason', async () => {
    const onSubmit = vi.fn(async () => null);
    const container = await show(DisputeForm, { ...base, loadDay: async () => DAY, onSubmit });
    await type(field(container, 'How many are missing'), '3');
    await type(field(container, 'Reason'), 'Desk phone calls did not sync.');
    await click(button(container, 'Send dispute'));
    expect(onSubmit).toHaveBeenCalledWith({
      metric: 'calls',
      date: '2026-03-10',
      kind: 'missing',
      amount: 3,
      text: 'Desk phone calls did not sync.',
    });
  });

  it('shows each problem beside its field and sends nothing', async () => {
    const onSubmit = vi.fn(async () => null);
    const container = await show(DisputeForm, { ...base, loadDay: async () => DAY, onSubmit });
    await choose(field(container, 'Target'), 'pipeline_created');
    await click(button(container, 'Send dispute'));
    expect(onSubmit).not.toHaveBeenCalled();
    const amount = field(container, 'Amount missing');
    expect(amount?.getAttribute('aria-invalid')).toBe('true');
    const problems = [...container.querySelectorAll('.field-problem')].map((each) => each.textContent);
    expect(problems).toEqual(['Enter the amount that is missing.', 'Say why the count is wrong.']);
  });

  it('lists the day’s activities for a not-counting dispute and sends the ones picked', async () => {
    const onSubmit = vi.fn(async () => null);
    const loadDay = vi.fn(async () => DAY);
    const container = await show(DisputeForm, { ...base, loadDay, onSubmit });
    await click(container.querySelectorAll('input[type="radio"]')[1] ?? null);
    expect(loadDay).toHaveBeenCalledWith('calls', '2026-03-10');
    const options = container.querySelectorAll('[data-activity-key]');
    expect([...options].map((option) => option.textContent)).toEqual([
      '10:05 AM · HubSpot c-1',
      '11:10 AM · HubSpot c-2',
    ]);
    await click(container.querySelector('[data-activity-key="hubspot:c-2"] input'));
    await type(field(container, 'Reason'), 'A wrong number, not a conversation.');
    await click(button(container, 'Send dispute'));
    expect(onSubmit).toHaveBeenCalledWith({
      metric: 'calls',
      date: '2026-03-10',
      kind: 'not-counting',
      activities: ['hubspot:c-2'],
      text: 'A wrong number, not a conversation.',
    });
  });
});

const DISPUTE: DisputeView = {
  id: 'd-1',
  metric: 'calls',
  date: '2026-03-10',
  kind: 'missing',
  status: 'open',
  text: 'Desk phone calls did not sync.',
  resolution: null,
  amount: 3,
  activities: [],
  openedAt: '2026-03-10T20:00:00.000Z',
  resolvedAt: null,
};

describe('DisputeList', () => {
  it('lets the manager accept with a reason, and asks for one first', async () => {
    const onResolve = vi.fn(async () => null);
    const container = await show(DisputeList, {
      disputes: [DISPUTE],
      currency: 'USD',
      labels: { calls: 'Calls' },
      onResolve,
    });
    const item = container.querySelector('[data-dispute-id="d-1"]');
    expect(item?.getAttribute('data-dispute-status')).toBe('open');
    expect(item?.textContent).toContain('Calls on Tue, Mar 10: 3 missing');
    await click(button(container, 'Accept'));
    expect(onResolve).not.toHaveBeenCalled();
    await type(field(container, 'Your reason'), 'The dialer log shows them.');
    await click(button(container, 'Accept'));
    expect(onResolve).toHaveBeenCalledWith('d-1', 'accepted', 'The dialer log shows them.');
  });

  it('shows the rep the decision and its reason, with nothing to click', async () => {
    const container = await show(DisputeList, {
      disputes: [
        {
          ...DISPUTE,
          status: 'rejected',
          resolution: 'Those were voicemails.',
          resolvedAt: '2026-03-11T14:00:00.000Z',
        },
      ],
      currency: 'USD',
      labels: {},
    });
    expect(container.querySelector('[data-dispute-id="d-1"]')?.getAttribute('data-dispute-status')).toBe(
      'rejected',
    );
    expect(container.textContent).toContain('Those were voicemails.');
    expect(container.querySelectorAll('button')).toHaveLength(0);
  });
});

describe('Timeline', () => {
  it('lists every event newest first with its author, and an edited note with its earlier text', async () => {
    const ledger = new LedgerScript();
    ledger.issue();
    ledger.write(LEDGER_MANAGER, 'plan.activated', {});
    ledger.write(LEDGER_MANAGER, 'note.added', { note: 'n-1', text: 'Open with the follow-up.' });
    ledger.write(LEDGER_MANAGER, 'note.edited', { note: 'n-1', text: 'Open with the recap.' });
    const container = await show(Timeline, {
      entries: ledgerTimeline(ledger.events, ledger.fold()),
      timeZone: 'America/New_York',
    });
    const kinds = [...container.querySelectorAll('[data-timeline-entry]')].map((entry) =>
      entry.getAttribute('data-timeline-entry'),
    );
    expect(kinds).toEqual(['note.edited', 'note.added', 'plan.activated', 'plan.issued']);
    const edited = container.querySelector('[data-timeline-entry="note.edited"]');
    expect(edited?.textContent).toContain('was “Open with the follow-up.”');
    expect(edited?.textContent).toContain('Sam Lee');
    expect(container.querySelector('[data-timeline-problems]')).toBeNull();
  });

  it('shows a fork as a warning, never silently', async () => {
    const ledger = new LedgerScript();
    ledger.issue();
    const honest = ledger.write(LEDGER_REP, 'note.added', { note: 'n-1', text: 'First story.' });
    const rival = appendEvent(
      ledger.events.filter((event) => event !== honest),
      {
        plan: 'plan-dana',
        author: LEDGER_REP,
        at: honest.at,
        type: 'note.added',
        body: { note: 'n-2', text: 'Another.' },
      },
    );
    const events = [...ledger.events, rival];
    const container = await show(Timeline, {
      entries: ledgerTimeline(events, foldLedger(events)),
      timeZone: 'America/New_York',
    });
    expect(container.querySelector('[data-timeline-problems]')?.textContent).toMatch(/could not be trusted/);
    expect(container.querySelector('[data-problem="fork"]')?.textContent).toMatch(/Not applied \(fork\)/);
  });
});

describe('ticking an action', () => {
  it('stays ticked while the event is appended, and unticks if the ledger refuses it', async () => {
    let refuse: (value: { ok: false; error: string }) => void = () => undefined;
    const done = vi.fn(() => new Promise<{ ok: false; error: string }>((resolve) => (refuse = resolve)));
    const container = await show(CheckInCard, { checkIn: CHECK_IN, writable: true, writes: { done } });
    const box = () => container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[0];
    await click(box() ?? null);
    expect(box()?.checked).toBe(true);
    await act(async () => refuse({ ok: false, error: 'This plan is closed.' }));
    expect(box()?.checked).toBe(false);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('This plan is closed.');
  });
});
