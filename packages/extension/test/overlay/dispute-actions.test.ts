import { describe, expect, it } from 'vitest';
import type { OverlayRequest } from '../../src/messaging/overlay-protocol';
import { createOverlayActions } from '../../src/overlay/actions';
import type { BackgroundClient, ClientResult } from '../../src/overlay/client/background-client';
import { createOverlayStore } from '../../src/overlay/store';
import { overlayState } from './state-fixture';

/** A background that records what the overlay sent and answers as told. */
function fakeClient(answer: (request: OverlayRequest) => ClientResult) {
  const sent: OverlayRequest[] = [];
  const client: BackgroundClient = {
    send: async (request) => {
      sent.push(request);
      return answer(request);
    },
  };
  return { client, sent };
}

function readyState(store: ReturnType<typeof createOverlayStore>) {
  const { data } = store.getSnapshot();
  return data.status === 'ready' ? data.state : null;
}

describe('the overlay’s dispute actions', () => {
  it('send the dispute as overlay/dispute, naming no plan, and show the state it answers', async () => {
    const store = createOverlayStore('hubspot', { crm: 'hubspot', kind: 'other' });
    const fresh = overlayState();
    const { client, sent } = fakeClient(() => ({ ok: true, state: fresh }));
    const { disputes } = createOverlayActions(store, client);
    const error = await disputes?.openDispute({
      metric: 'calls',
      date: '2026-11-17',
      kind: 'not-counting',
      activities: ['hubspot:c-1'],
      text: 'A wrong number.',
    });
    expect(error).toBeNull();
    expect(sent).toEqual([
      {
        type: 'overlay/dispute',
        metric: 'calls',
        date: '2026-11-17',
        kind: 'not-counting',
        activities: ['hubspot:c-1'],
        text: 'A wrong number.',
      },
    ]);
    expect(sent[0]).not.toHaveProperty('planId');
    expect(readyState(store)).toBe(fresh);
  });

  it('answer the background’s refusal in its words, and keep the state as it was', async () => {
    const store = createOverlayStore('hubspot', { crm: 'hubspot', kind: 'other' });
    const { client } = fakeClient(() => ({ ok: false, error: 'This plan is closed.' }));
    const { disputes } = createOverlayActions(store, client);
    expect(
      await disputes?.openDispute({
        metric: 'calls',
        date: '2026-11-17',
        kind: 'missing',
        text: 'Missing one.',
      }),
    ).toBe('This plan is closed.');
    expect(readyState(store)).toBeNull();
    expect(await disputes?.loadDisputeDay('calls', '2026-11-17')).toBe('This plan is closed.');
  });

  it('load a day as the background lists it: keys with their lines', async () => {
    const store = createOverlayStore('salesforce', { crm: 'salesforce', kind: 'other' });
    const day = [{ key: 'salesforce:00T1', line: '9:05 AM · Salesforce 00T1' }];
    const { client, sent } = fakeClient(() => ({ ok: true, state: overlayState(), day }));
    const { disputes } = createOverlayActions(store, client);
    expect(await disputes?.loadDisputeDay('calls', '2026-11-17')).toEqual(day);
    expect(sent).toEqual([{ type: 'overlay/dispute-day', metric: 'calls', date: '2026-11-17' }]);
  });
});
