import { describe, expect, it } from 'vitest';
import {
  type Activity,
  applyLedger,
  evaluatePlan,
  type LedgerState,
  noonOf,
  type Plan,
} from '../../src/index.js';
import { LedgerScript, MANAGER, REP } from './ledger-helpers.js';

const crm: Activity[] = [
  { source: 'salesforce', id: '00T1', metric: 'calls', occurredAt: '2026-11-10T15:00:00.000Z' },
  { source: 'salesforce', id: '00T2', metric: 'calls', occurredAt: '2026-11-10T16:00:00.000Z' },
  { source: 'salesforce', id: '00T2', metric: 'connects', occurredAt: '2026-11-10T16:00:00.000Z' },
];

function disputedLedger(): LedgerScript {
  const ledger = new LedgerScript();
  ledger.issue();
  ledger.write(MANAGER, 'plan.activated', {});
  ledger.write(REP, 'dispute.opened', {
    dispute: 'd-missing',
    metric: 'calls',
    date: '2026-11-10',
    kind: 'missing',
    amount: 3,
    text: 'Three calls from my mobile.',
  });
  ledger.write(REP, 'dispute.opened', {
    dispute: 'd-pipeline',
    metric: 'pipeline_created',
    date: '2026-11-11',
    kind: 'missing',
    amount: 5000,
    text: 'The Acme opportunity was created under my manager.',
  });
  ledger.write(REP, 'dispute.opened', {
    dispute: 'd-not',
    metric: 'calls',
    date: '2026-11-10',
    kind: 'not-counting',
    activities: ['salesforce:00T2'],
    text: 'A voicemail to myself.',
  });
  ledger.write(REP, 'dispute.opened', {
    dispute: 'd-default',
    metric: 'calls',
    date: '2026-11-12',
    kind: 'missing',
    text: 'One call.',
  });
  return ledger;
}

function planOf(state: LedgerState): Plan {
  if (!state.plan) throw new Error('the ledger has no plan');
  return state.plan;
}

describe('applyLedger', () => {
  it('changes nothing while disputes are open or rejected', () => {
    const ledger = disputedLedger();
    expect(applyLedger(crm, ledger.fold())).toEqual(crm);
    ledger.write(MANAGER, 'dispute.resolved', {
      dispute: 'd-missing',
      decision: 'rejected',
      text: 'Not in the phone log.',
    });
    expect(applyLedger(crm, ledger.fold())).toEqual(crm);
  });

  it('adds an accepted missing count as amount activities at noon in the plan zone, default one', () => {
    const ledger = disputedLedger();
    ledger.write(MANAGER, 'dispute.resolved', {
      dispute: 'd-missing',
      decision: 'accepted',
      text: 'Phone log checked.',
    });
    ledger.write(MANAGER, 'dispute.resolved', { dispute: 'd-default', decision: 'accepted', text: 'Fine.' });
    const added = applyLedger(crm, ledger.fold()).slice(crm.length);
    // 12:00 in New York on Nov 10 (EST, UTC−5) is 17:00Z.
    expect(added).toEqual([
      { source: 'dispute', id: 'd-missing#1', metric: 'calls', occurredAt: '2026-11-10T17:00:00.000Z' },
      { source: 'dispute', id: 'd-missing#2', metric: 'calls', occurredAt: '2026-11-10T17:00:00.000Z' },
      { source: 'dispute', id: 'd-missing#3', metric: 'calls', occurredAt: '2026-11-10T17:00:00.000Z' },
      { source: 'dispute', id: 'd-default#1', metric: 'calls', occurredAt: '2026-11-12T17:00:00.000Z' },
    ]);
  });

  it('adds an accepted missing sum as one activity carrying the amount', () => {
    const ledger = disputedLedger();
    ledger.write(MANAGER, 'dispute.resolved', { dispute: 'd-pipeline', decision: 'accepted', text: 'Yes.' });
    expect(applyLedger([], ledger.fold())).toEqual([
      {
        source: 'dispute',
        id: 'd-pipeline',
        metric: 'pipeline_created',
        occurredAt: '2026-11-11T17:00:00.000Z',
        amount: 5000,
      },
    ]);
  });

  it("removes an accepted not-counting dispute's activities for its metric only", () => {
    const ledger = disputedLedger();
    ledger.write(MANAGER, 'dispute.resolved', { dispute: 'd-not', decision: 'accepted', text: 'Agreed.' });
    const counted = applyLedger(crm, ledger.fold());
    expect(counted.map((activity) => `${activity.metric}/${activity.id}`)).toEqual([
      'calls/00T1',
      'connects/00T2',
    ]);
  });

  it("adds the rep's standing manual logs, not the retracted ones", () => {
    const ledger = new LedgerScript();
    ledger.issue();
    const kept = {
      source: 'manual',
      id: 'm-1',
      metric: 'calls',
      occurredAt: '2026-11-03T15:00:00.000Z',
    } as const;
    ledger.write(REP, 'activity.logged', { activity: kept });
    ledger.write(REP, 'activity.logged', { activity: { ...kept, id: 'm-2' } });
    ledger.write(REP, 'activity.retracted', { activity: 'm-2' });
    expect(applyLedger(crm, ledger.fold())).toEqual([...crm, kept]);
  });

  it('moves the figure evaluatePlan shows', () => {
    const ledger = disputedLedger();
    const asOf = '2026-11-10T22:00:00.000Z';
    const before = ledger.fold();
    const callsBefore = evaluatePlan(planOf(before), applyLedger(crm, before), asOf).targets[0]?.actual;
    ledger.write(MANAGER, 'dispute.resolved', {
      dispute: 'd-missing',
      decision: 'accepted',
      text: 'Checked.',
    });
    ledger.write(MANAGER, 'dispute.resolved', { dispute: 'd-not', decision: 'accepted', text: 'Agreed.' });
    const after = ledger.fold();
    const callsAfter = evaluatePlan(planOf(after), applyLedger(crm, after), asOf).targets[0]?.actual;
    expect(callsBefore).toBe(2);
    expect(callsAfter).toBe(2 + 3 - 1);
  });
});

describe('noonOf', () => {
  it('is 12:00 on the wall clock, also on DST change days', () => {
    expect(noonOf('2027-03-14', 'America/New_York')).toBe('2027-03-14T16:00:00.000Z');
    expect(noonOf('2026-11-01', 'America/New_York')).toBe('2026-11-01T17:00:00.000Z');
    expect(noonOf('2026-10-25', 'Europe/Berlin')).toBe('2026-10-25T11:00:00.000Z');
    expect(noonOf('2026-07-01', 'Asia/Kolkata')).toBe('2026-07-01T06:30:00.000Z');
  });
});
