/**
 * Errors travel as values: every answer is `{ ok: true, ... }` or a `Failure` that says what went
 * wrong in words a person can act on, and, for bad input, which field (`targets[0].goal`), so a
 * form can show each problem beside its field.
 */
import { firstProblems, listProblems } from '@onpace/core/schemas';
import { z } from 'zod';

export const FailureCode = z.enum([
  /** The message itself did not parse. */
  'bad-request',
  /** The sender may not send this message. */
  'forbidden',
  /** The data in the message is not valid; `problems` names each bad field. */
  'invalid',
  'not-found',
  /** The request conflicts with what is stored (an id already used). */
  'conflict',
  /** Something failed inside the background; nothing was changed. */
  'internal',
  /** A CRM refused or failed a request (a connection test); `error` says what to do. */
  'crm',
]);
export type FailureCode = z.infer<typeof FailureCode>;

/** Why the ledger refused a write (docs/ledger.md's problem codes), when it did. */
export const LedgerRefusal = z.enum([
  'not-allowed',
  'closed',
  'duplicate-id',
  'unknown-ref',
  'fork',
  'invalid',
]);
export type LedgerRefusal = z.infer<typeof LedgerRefusal>;

export const FieldProblem = z.object({ path: z.string(), message: z.string() });
export type FieldProblem = z.infer<typeof FieldProblem>;

/** `error` stays a plain string so the overlay's `{ ok: false, error }` reads every failure. */
export const Failure = z.object({
  ok: z.literal(false),
  error: z.string(),
  code: FailureCode.optional(),
  problems: z.array(FieldProblem).optional(),
  /** Set when the plan's ledger refused the write; nothing was stored. */
  refusal: LedgerRefusal.optional(),
});
export type Failure = z.infer<typeof Failure>;

export type Outcome<T extends object> = ({ readonly ok: true } & T) | Failure;

/** At most the first 20 problems travel (core's cap): a broken file's 100,000 rows stay at home. */
export function failure(code: FailureCode, error: string, problems?: readonly FieldProblem[]): Failure {
  return problems && problems.length > 0
    ? { ok: false, code, error, problems: firstProblems(problems) }
    : { ok: false, code, error };
}

/** A failure naming each bad field, with a message that lists the first ones and counts the rest. */
export function invalid(subject: string, problems: readonly FieldProblem[]): Failure {
  return failure('invalid', `Invalid ${subject}: ${listProblems(problems)}`, problems);
}

export function succeed<T extends object>(value: T): { readonly ok: true } & T {
  return { ok: true, ...value };
}
