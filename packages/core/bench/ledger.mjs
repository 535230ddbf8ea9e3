// The plan ledger's figures for `pnpm bench`:
//   ledger_fold_10k_events: foldLedger over 10,000 events (two authors, a realistic mix), best run.
//   ledger_append: one appendEvent onto that 10,000-event ledger (find the author's head, hash it,
//   check the new event), best run.
import { performance } from 'node:perf_hooks';
import { appendEvent, foldLedger, hashEvent } from '../dist/index.js';
import { ninetyDayPlan, random } from './fixtures.mjs';

const MANAGER = { id: 'u-morgan', role: 'manager' };
const REP = { id: 'u-jordan', role: 'rep' };

function best(runs, fn) {
  let fastest = Number.POSITIVE_INFINITY;
  let result;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = fn();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return { ms: fastest, result };
}

/**
 * A plan's ledger grown to `count` events: mostly the rep's manual logs (and some retractions),
 * notes and edits from both sides, weekly check-ins with answers and ticked actions, disputes
 * and their resolutions, the odd revision and its acknowledgment.
 */
export function ledgerOf(count, seed = 11) {
  const next = random(seed);
  const basePlan = { ...ninetyDayPlan(0), manager: { id: MANAGER.id, name: 'Morgan' } };
  const plan = { ...basePlan, rep: { ...basePlan.rep, id: REP.id } };
  const events = [];
  const heads = new Map();
  let clock = Date.parse(`${plan.start}T14:00:00.000Z`);
  // Chain fields kept here rather than rescanning the ledger for each of the 10,000 writes.
  const write = (author, type, body) => {
    clock += 1 + Math.floor(next() * 600_000);
    const head = heads.get(author.id);
    const event = {
      format: 'onpace.event',
      v: 1,
      plan: plan.id,
      author,
      seq: head ? head.seq + 1 : 1,
      prev: head ? head.hash : null,
      at: new Date(clock).toISOString(),
      type,
      body,
    };
    heads.set(author.id, { seq: event.seq, hash: hashEvent(event) });
    events.push(event);
    return event;
  };
  let revision = write(MANAGER, 'plan.issued', { plan });
  write(MANAGER, 'plan.activated', {});
  let logs = 0;
  let retractable = null;
  let notes = 0;
  let checkIns = 0;
  let disputes = 0;
  while (events.length < count) {
    const roll = next();
    if (roll < 0.55) {
      logs += 1;
      retractable = `m-${logs}`;
      write(REP, 'activity.logged', {
        activity: {
          source: 'manual',
          id: `m-${logs}`,
          metric: 'calls',
          occurredAt: new Date(clock).toISOString(),
        },
      });
    } else if (roll < 0.6 && retractable !== null) {
      write(REP, 'activity.retracted', { activity: retractable });
      retractable = null;
    } else if (roll < 0.72) {
      notes += 1;
      write(next() < 0.5 ? MANAGER : REP, 'note.added', {
        note: `n-${notes}`,
        text: `Note ${notes}: open with the follow-up.`,
      });
    } else if (roll < 0.78 && notes > 0) {
      const author = events.find(
        (event) => event.type === 'note.added' && event.body.note === `n-${notes}`,
      ).author;
      write(author, 'note.edited', { note: `n-${notes}`, text: `Note ${notes}, reworded.` });
    } else if (roll < 0.84) {
      checkIns += 1;
      write(MANAGER, 'checkin.held', {
        checkIn: `c-${checkIns}`,
        date: plan.start,
        question: 'What got in the way this week?',
        actions: [{ id: `a-${checkIns}`, text: 'Batch calls before lunch' }],
        snapshot: null,
      });
      write(REP, 'checkin.answered', { checkIn: `c-${checkIns}`, answer: 'Two demos ran long.' });
      write(REP, 'action.done', { checkIn: `c-${checkIns}`, action: `a-${checkIns}` });
    } else if (roll < 0.94) {
      disputes += 1;
      write(REP, 'dispute.opened', {
        dispute: `d-${disputes}`,
        metric: 'calls',
        date: plan.start,
        kind: 'missing',
        amount: 2,
        text: 'Two calls from my mobile.',
      });
      write(MANAGER, 'dispute.resolved', {
        dispute: `d-${disputes}`,
        decision: 'accepted',
        text: 'Checked.',
      });
    } else if (roll < 0.945) {
      revision = write(MANAGER, 'plan.issued', {
        plan: { ...plan, title: `${plan.title} (${events.length})` },
      });
      write(REP, 'plan.acknowledged', { revision: hashEvent(revision) });
    } else {
      write(REP, 'note.added', { note: `r-${events.length}`, text: 'Logged from the popup.' });
    }
  }
  return events.slice(0, count);
}

export function ledgerBench() {
  const events = ledgerOf(10_000);
  const fold = best(7, () => foldLedger(events));
  const state = fold.result;
  if (state.problems.length > 0) {
    throw new Error(`the bench ledger should fold cleanly: ${JSON.stringify(state.problems.slice(0, 3))}`);
  }
  const last = events.at(-1);
  const draft = {
    plan: last.plan,
    author: REP,
    at: new Date(Date.parse(last.at) + 60_000).toISOString(),
    type: 'note.added',
    body: { note: 'n-bench', text: 'One more note.' },
  };
  const append = best(50, () => appendEvent(events, draft));
  return [
    ['ledger_fold_10k_events', fold.ms, 'ms', 1],
    ['ledger_append', append.ms, 'ms', 3],
  ];
}
