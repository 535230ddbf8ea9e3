import { describe, expect, it } from 'vitest';
import {
  CountingDefinitions,
  DEFAULT_COUNTING,
  HUBSPOT_CONNECTED_OUTCOME,
  parsePlan,
  safeParsePlan,
} from '../../src/index.js';

describe('counting definitions', () => {
  it('default to docs/crm.md', () => {
    expect(DEFAULT_COUNTING).toEqual({
      salesforce: {
        attribution: 'owner',
        calls: { taskSubtypes: ['Call'], typeFallback: ['Call'], requireClosed: false },
        connects: { field: 'CallDisposition', values: ['Connected'] },
        emails: { taskSubtypes: ['Email'], typeFallback: [] },
        meetings: { includeChildEvents: false },
        opportunities: { missingAmount: 'zero' },
      },
      hubspot: {
        attribution: 'owner',
        calls: { directions: [] },
        connects: { dispositions: ['f240bbac-87c9-4f6e-bf70-924b57d47db7'] },
        emails: { directions: ['EMAIL'] },
        meetings: {
          bookedAt: 'created',
          heldOutcomes: ['COMPLETED'],
          notHeldOutcomes: ['CANCELED', 'NO_SHOW', 'RESCHEDULED'],
          pastStartCountsAsHeld: true,
        },
        deals: { amountProperty: 'amount', missingAmount: 'zero' },
      },
      civilDateAt: 'noon',
    });
    expect(HUBSPOT_CONNECTED_OUTCOME).toBe('f240bbac-87c9-4f6e-bf70-924b57d47db7');
  });

  it('keep every other default when one rule is overridden', () => {
    const custom = CountingDefinitions.parse({
      salesforce: { connects: { values: ['Spoke', 'Meeting set'] } },
    });
    expect(custom.salesforce.connects).toEqual({
      field: 'CallDisposition',
      values: ['Spoke', 'Meeting set'],
    });
    expect(custom.salesforce.calls).toEqual(DEFAULT_COUNTING.salesforce.calls);
    expect(custom.hubspot).toEqual(DEFAULT_COUNTING.hubspot);
  });

  it('are frozen, so no caller changes the defaults for everyone', () => {
    expect(Object.isFrozen(DEFAULT_COUNTING.salesforce.calls.taskSubtypes)).toBe(true);
    expect(() => {
      (DEFAULT_COUNTING.hubspot.emails.directions as string[]).push('INCOMING_EMAIL');
    }).toThrow(TypeError);
  });

  it('refuse empty values and unknown choices', () => {
    expect(CountingDefinitions.safeParse({ hubspot: { emails: { directions: [''] } } }).success).toBe(false);
    expect(CountingDefinitions.safeParse({ salesforce: { attribution: 'manager' } }).success).toBe(false);
    expect(CountingDefinitions.safeParse({ civilDateAt: 'midnight' }).success).toBe(false);
  });

  it('ride on the plan, optional, and are checked with it', () => {
    const base = {
      id: 'p',
      title: 'Plan',
      rep: { id: 'r', name: 'Rep' },
      timeZone: 'America/New_York',
      start: '2026-11-02',
      end: '2026-11-27',
      targets: [{ id: 't', metric: 'calls', cadence: 'daily', goal: 10 }],
    };
    expect(parsePlan(base).counting).toBeUndefined();
    const plan = parsePlan({ ...base, counting: { hubspot: { calls: { directions: ['OUTBOUND'] } } } });
    expect(plan.counting?.hubspot.calls.directions).toEqual(['OUTBOUND']);
    expect(plan.counting?.salesforce).toEqual(DEFAULT_COUNTING.salesforce);
    const bad = safeParsePlan({ ...base, counting: { salesforce: { connects: { field: 'Subject' } } } });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.problems[0]?.path).toBe('counting.salesforce.connects.field');
  });
});
