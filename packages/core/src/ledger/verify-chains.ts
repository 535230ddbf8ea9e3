/**
 * Step 2 of the fold: per author, the verified prefix of the chain. At the first `seq` where the
 * chain cannot be trusted (two stories, a missing link, a wrong `prev` or a step back in time)
 * that author's record stops, with one problem saying where.
 */
import type { LedgerEvent } from './event-schema.js';
import type { ChainHead, LedgerProblem } from './state.js';
import { instantKey } from './utc-instant.js';

export interface HashedEvent {
  readonly event: LedgerEvent;
  readonly hash: string;
  /** `at` as a key whose string order is time order. */
  readonly atKey: string;
}

export interface VerifiedChains {
  readonly events: HashedEvent[];
  readonly problems: LedgerProblem[];
  readonly heads: Record<string, ChainHead>;
}

/** Why an author's chain stops at `seq`, or null while it holds. */
function breakAt(
  bySeq: readonly HashedEvent[],
  index: number,
  seq: number,
  previous: HashedEvent | null,
  author: string,
): { code: LedgerProblem['code']; why: string } | null {
  const current = bySeq[index] as HashedEvent;
  if (current.event.seq !== seq) {
    return { code: 'gap', why: `${author}'s event ${seq} is missing while a later one exists` };
  }
  let twins = 1;
  while (bySeq[index + twins]?.event.seq === seq) twins++;
  if (twins > 1) return { code: 'fork', why: `${author} has ${twins} different events numbered ${seq}` };
  const expectedPrev = previous === null ? null : previous.hash;
  if (current.event.prev !== expectedPrev) {
    return {
      code: 'chain-broken',
      why:
        expectedPrev === null
          ? `${author}'s event 1 must have prev null`
          : `${author}'s event ${seq} does not follow the hash of event ${seq - 1}`,
    };
  }
  if (previous !== null && current.atKey < previous.atKey) {
    return { code: 'chain-broken', why: `${author}'s event ${seq} is dated before event ${seq - 1}` };
  }
  return null;
}

function verifyChain(author: string, events: readonly HashedEvent[], out: VerifiedChains): void {
  const bySeq = [...events].sort((a, b) => a.event.seq - b.event.seq);
  let previous: HashedEvent | null = null;
  for (let index = 0; index < bySeq.length; index++) {
    const seq = previous === null ? 1 : previous.event.seq + 1;
    const broken = breakAt(bySeq, index, seq, previous, author);
    if (broken) {
      const unapplied = bySeq.length - index;
      out.problems.push({
        code: broken.code,
        author,
        seq,
        message: `${broken.why}; ${unapplied === 1 ? 'this event is' : `these ${unapplied} events are`} not applied`,
      });
      break;
    }
    const current = bySeq[index] as HashedEvent;
    out.events.push(current);
    previous = current;
  }
  if (previous !== null) out.heads[author] = { seq: previous.event.seq, hash: previous.hash };
}

export function verifyChains(events: readonly HashedEvent[]): VerifiedChains {
  const byAuthor = new Map<string, HashedEvent[]>();
  for (const item of events) {
    const list = byAuthor.get(item.event.author.id);
    if (list) list.push(item);
    else byAuthor.set(item.event.author.id, [item]);
  }
  const out: VerifiedChains = { events: [], problems: [], heads: {} };
  // Authors in id order, so the problems come out in the same order whatever the input order.
  for (const author of [...byAuthor.keys()].sort()) verifyChain(author, byAuthor.get(author) ?? [], out);
  return out;
}

export function hashedOrder(a: HashedEvent, b: HashedEvent): number {
  if (a.atKey !== b.atKey) return a.atKey < b.atKey ? -1 : 1;
  return a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0;
}

export { instantKey };
