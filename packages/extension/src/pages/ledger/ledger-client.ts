/**
 * The pages' side of the ledger's requests (messaging/ledger-requests.ts): send one, get its
 * checked answer or a Failure, like `request` in ../client.ts does for the rest of the protocol.
 */
import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { LEDGER_ANSWERS } from '../../messaging/ledger-answers';
import type { LedgerReadRequest, LedgerWriteRequest } from '../../messaging/ledger-requests';
import { Failure } from '../../messaging/result';

type LedgerRequest = LedgerWriteRequest | LedgerReadRequest;
export type LedgerAnswer<T extends LedgerRequest['type']> = { readonly ok: true } & z.infer<
  (typeof LEDGER_ANSWERS)[T]
>;

export async function ledgerRequest<R extends LedgerRequest>(
  message: R,
): Promise<LedgerAnswer<R['type']> | Failure> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(message);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'internal', error: `OnPace's background did not answer: ${reason}` };
  }
  if (typeof raw === 'object' && raw !== null && (raw as { ok?: unknown }).ok === true) {
    const parsed = LEDGER_ANSWERS[message.type as R['type']].safeParse(raw);
    // The schema is picked by `type`; LEDGER_ANSWERS' `satisfies` keeps the two in step.
    if (parsed.success) return { ok: true, ...parsed.data } as unknown as LedgerAnswer<R['type']>;
    return { ok: false, code: 'bad-request', error: `Unexpected answer to ${message.type}.` };
  }
  const failed = Failure.safeParse(raw);
  if (failed.success) return failed.data;
  return { ok: false, code: 'internal', error: `No answer from OnPace's background to ${message.type}.` };
}

/** A write's outcome as the ledger UI's forms take it: null when appended, else the failure. */
export async function ledgerWrite(message: LedgerWriteRequest): Promise<Failure | null> {
  const answer = await ledgerRequest(message);
  return answer.ok ? null : answer;
}
