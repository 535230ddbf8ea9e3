/**
 * The reader's rule for a copy of one author's log fetched from the CRM (docs/ledger-transport.md):
 * merge by set union with what it already trusts, and keep the head it verified. A copy that does
 * not extend that head (an event the reader saw is changed or missing, or the history is rewound)
 * is refused as a whole as a `fork`, and nothing of it is applied: the earlier record stands.
 */
import { CanonicalJsonError } from '../ledger/canonical-json.js';
import { type LedgerEventInput, safeParseEvent } from '../ledger/event-schema.js';
import { hashEvent } from '../ledger/hash.js';
import type { ChainHead, LedgerProblem } from '../ledger/state.js';
import { type HashedEvent, instantKey, verifyChains } from '../ledger/verify-chains.js';
import { problemsOf } from '../schemas/validation.js';

export interface LogCopy {
  readonly plan: string;
  readonly author: string;
  /** That author's events the reader already holds and verified. */
  readonly known: readonly LedgerEventInput[];
  /** The events of the copy as fetched (unchecked). */
  readonly copy: readonly unknown[];
  /**
   * True when the copy is the whole log (a Salesforce file's latest version): it must then hold
   * the known head itself. False for additions only (HubSpot notes written since the last look).
   */
  readonly whole: boolean;
}

export type LogCopyResult =
  | {
      readonly status: 'unchanged' | 'extended';
      /** The events new to the reader, in `seq` order, exactly as written. */
      readonly added: readonly LedgerEventInput[];
      readonly head: ChainHead | null;
    }
  | { readonly status: 'refused'; readonly problem: LedgerProblem };

type Checked =
  | { readonly ok: true; readonly item: HashedEvent; readonly raw: LedgerEventInput }
  | { readonly ok: false; readonly problem: LedgerProblem };

function check(raw: unknown, plan: string, author: string): Checked {
  let hash: string;
  try {
    hash = hashEvent(raw);
  } catch (error) {
    if (!(error instanceof CanonicalJsonError)) throw error;
    return { ok: false, problem: { code: 'invalid', author, seq: null, message: error.message } };
  }
  const parsed = safeParseEvent(raw);
  if (!parsed.success) {
    const fields = problemsOf(parsed.error).map((problem) => `${problem.path}: ${problem.message}`);
    return { ok: false, problem: { code: 'invalid', author, seq: null, message: fields.join('; ') } };
  }
  const event = parsed.data;
  if (event.plan !== plan) {
    return {
      ok: false,
      problem: {
        code: 'plan-mismatch',
        author,
        seq: event.seq,
        message: `belongs to plan ${event.plan}, not ${plan}`,
      },
    };
  }
  if (event.author.id !== author) {
    return {
      ok: false,
      problem: {
        code: 'not-allowed',
        author,
        seq: event.seq,
        message: `event ${event.seq} is signed by ${event.author.id}, but this is ${author}'s log`,
      },
    };
  }
  return { ok: true, item: { event, hash, atKey: instantKey(event.at) }, raw: raw as LedgerEventInput };
}

function refused(problem: LedgerProblem): LogCopyResult {
  return {
    status: 'refused',
    problem: { ...problem, message: `${problem.message}; this copy is not applied` },
  };
}

export function acceptLogCopy(input: LogCopy): LogCopyResult {
  const { plan, author } = input;
  const union = new Map<string, HashedEvent>();
  let head: ChainHead | null = null;
  for (const raw of input.known) {
    const checked = check(raw, plan, author);
    // What the reader holds was verified when it arrived; a mismatch here is a caller's bug.
    if (!checked.ok) throw new Error(`known event refused: ${checked.problem.message}`);
    union.set(checked.item.hash, checked.item);
    if (head === null || checked.item.event.seq > head.seq)
      head = { seq: checked.item.event.seq, hash: checked.item.hash };
  }
  const copyHashes = new Set<string>();
  const added: { seq: number; raw: LedgerEventInput }[] = [];
  for (const raw of input.copy) {
    const checked = check(raw, plan, author);
    if (!checked.ok) return refused(checked.problem);
    if (copyHashes.has(checked.item.hash)) continue;
    copyHashes.add(checked.item.hash);
    if (!union.has(checked.item.hash)) {
      union.set(checked.item.hash, checked.item);
      added.push({ seq: checked.item.event.seq, raw: checked.raw });
    }
  }
  const chains = verifyChains([...union.values()]);
  const broken = chains.problems[0];
  if (broken !== undefined) return refused(broken);
  if (input.whole && head !== null && !copyHashes.has(head.hash)) {
    return refused({
      code: 'fork',
      author,
      seq: head.seq,
      message: `${author}'s log no longer holds event ${head.seq}, which was already seen: the history was rewritten`,
    });
  }
  if (added.length === 0) return { status: 'unchanged', added: [], head };
  return {
    status: 'extended',
    added: added.sort((a, b) => a.seq - b.seq).map((entry) => entry.raw),
    head: chains.heads[author] ?? null,
  };
}
