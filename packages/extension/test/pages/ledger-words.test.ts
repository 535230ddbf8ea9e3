/**
 * The ledger's words and form rules as the pages use them: lifecycle names, which steps a
 * manager is offered, the dispute form's checks and one-line summaries.
 */
import { isSumMetric } from '@onpace/core/schemas';
import { describe, expect, it } from 'vitest';
import { checkDispute, type DisputeInput } from '../../src/pages/ledger/dispute-draft';
import { dayActivityLabel, disputeSummary } from '../../src/pages/ledger/dispute-words';
import { extendProblem, lifecycleSteps } from '../../src/pages/ledger/lifecycle-actions';
import { lifecycleHint, lifecycleWords } from '../../src/pages/ledger/lifecycle-words';

describe('lifecycleWords', () => {
  it('names each state, and a closed plan with its outcome', () => {
    expect(lifecycleWords('draft', null)).toBe('Draft');
    expect(lifecycleWords('active', null)).toBe('Active');
    expect(lifecycleWords('extended', null)).toBe('Extended');
    expect(lifecycleWords('closed', 'met')).toBe('Closed: met');
    expect(lifecycleWords('closed', 'not-met')).toBe('Closed: not met');
    expect(lifecycleWords('closed', 'cancelled')).toBe('Closed: cancelled');
  });

  it('tells the rep when figures do not count yet or no longer change', () => {
    expect(lifecycleHint('draft')).toMatch(/not active yet/i);
    expect(lifecycleHint('closed')).toMatch(/closed/);
    expect(lifecycleHint('active')).toBeNull();
  });
});

describe('lifecycleSteps', () => {
  it('offers exactly the steps the ledger accepts from each state', () => {
    expect(lifecycleSteps('none')).toEqual({ activate: false, extend: false, close: false });
    expect(lifecycleSteps('draft')).toEqual({ activate: true, extend: false, close: true });
    expect(lifecycleSteps('active')).toEqual({ activate: false, extend: true, close: true });
    expect(lifecycleSteps('extended')).toEqual({ activate: false, extend: true, close: true });
    expect(lifecycleSteps('closed')).toEqual({ activate: false, extend: false, close: false });
  });

  it('accepts a new end only when it is later than the current one', () => {
    expect(extendProblem('2026-03-27', '2026-04-10')).toBeNull();
    expect(extendProblem('2026-03-27', '2026-03-27')).toMatch(/after the current end/);
    expect(extendProblem('2026-03-27', '2026-03-01')).toMatch(/after the current end/);
    expect(extendProblem('2026-03-27', '')).toMatch(/Choose/);
  });
});

const MISSING: DisputeInput = {
  metric: 'calls',
  date: '2026-03-10',
  kind: 'missing',
  amount: '',
  activities: [],
  text: 'Three calls from my desk phone never synced.',
};

function paths(input: DisputeInput): string[] {
  const checked = checkDispute(input);
  return checked.ok ? [] : checked.problems.map((problem) => problem.path);
}

describe('checkDispute', () => {
  it('sends a missing count without an amount (the ledger reads it as 1) and trims the reason', () => {
    const checked = checkDispute({ ...MISSING, text: `  ${MISSING.text}  ` });
    expect(checked).toEqual({
      ok: true,
      draft: { metric: 'calls', date: '2026-03-10', kind: 'missing', text: MISSING.text },
    });
  });

  it('sends the amount typed, as a number', () => {
    const checked = checkDispute({ ...MISSING, amount: '3' });
    expect(checked.ok && checked.draft.amount).toBe(3);
  });

  it('names the field of each problem by the event body path', () => {
    expect(paths({ ...MISSING, text: '   ' })).toEqual(['text']);
    expect(paths({ ...MISSING, amount: '1.5' })).toEqual(['amount']);
    expect(paths({ ...MISSING, amount: '0' })).toEqual(['amount']);
    expect(paths({ ...MISSING, amount: 'three' })).toEqual(['amount']);
    expect(paths({ ...MISSING, metric: 'pipeline_created' })).toEqual(['amount']);
    expect(paths({ ...MISSING, date: '' })).toEqual(['date']);
    expect(paths({ ...MISSING, kind: 'not-counting' })).toEqual(['activities']);
  });

  it('allows any positive amount of a sum metric, and never sends activities with a missing dispute', () => {
    expect(isSumMetric('pipeline_created')).toBe(true);
    for (const amount of [0.01, 0.5, 1, 1234.56, 1e9]) {
      const checked = checkDispute({
        ...MISSING,
        metric: 'pipeline_created',
        amount: String(amount),
        activities: ['hubspot:1'],
      });
      expect(checked.ok).toBe(true);
      if (checked.ok) {
        expect(checked.draft.amount).toBe(amount);
        expect(checked.draft.activities).toBeUndefined();
      }
    }
  });

  it('sends the picked activities, and no amount, with a not-counting dispute', () => {
    const checked = checkDispute({
      ...MISSING,
      kind: 'not-counting',
      amount: '4',
      activities: ['hubspot:a', 'hubspot:b'],
    });
    expect(checked.ok && checked.draft).toEqual({
      metric: 'calls',
      date: '2026-03-10',
      kind: 'not-counting',
      activities: ['hubspot:a', 'hubspot:b'],
      text: MISSING.text,
    });
  });
});

describe('disputeSummary', () => {
  const base = { metric: 'calls', date: '2026-03-10', amount: null, activities: [] };

  it('says what is disputed, which day, and how many', () => {
    expect(disputeSummary({ ...base, kind: 'missing' }, 'USD')).toBe('Calls on Tue, Mar 10: 1 missing');
    expect(disputeSummary({ ...base, kind: 'missing', amount: 3 }, 'USD', 'Dials')).toBe(
      'Dials on Tue, Mar 10: 3 missing',
    );
    expect(
      disputeSummary({ ...base, kind: 'not-counting', activities: ['hubspot:a', 'hubspot:b'] }, 'USD'),
    ).toBe('Calls on Tue, Mar 10: 2 activities should not count');
  });

  it('shows a sum metric in the plan currency', () => {
    const summary = disputeSummary(
      { ...base, metric: 'pipeline_created', kind: 'missing', amount: 1200 },
      'EUR',
      'Pipeline',
    );
    expect(summary).toBe('Pipeline on Tue, Mar 10: €1,200 missing');
  });
});

describe('dayActivityLabel', () => {
  it('reads the time in the plan zone, names the source, and gives a sum its amount', () => {
    const call = {
      source: 'hubspot',
      id: 'c-1',
      metric: 'calls',
      occurredAt: '2026-03-10T15:30:00.000Z',
      amount: null,
    };
    expect(dayActivityLabel(call, 'USD', 'America/New_York')).toBe('11:30 AM · HubSpot c-1');
    expect(
      dayActivityLabel({ ...call, metric: 'pipeline_created', amount: 5000 }, 'USD', 'Europe/Paris'),
    ).toBe('4:30 PM · HubSpot c-1 · $5,000');
  });
});

describe('the dispute rules the overlay shares', () => {
  it('uses the ledger’s own text limit', async () => {
    const { MAX_TEXT_LENGTH } = await import('@onpace/core/ledger');
    expect(paths({ ...MISSING, text: 'x'.repeat(MAX_TEXT_LENGTH) })).toEqual([]);
    expect(paths({ ...MISSING, text: 'x'.repeat(MAX_TEXT_LENGTH + 1) })).toEqual(['text']);
  });
});
