import { useState } from 'react';
import type { Failure } from '../../messaging/result';

/** What a ledger write answers: null when the event was appended, else what went wrong. */
export type Send = () => Promise<Failure | null>;

/**
 * One write at a time from a form: `busy` disables the button so a double click appends one
 * event, and the failure stays on screen beside the form until the next try.
 */
export function useSend(): {
  readonly busy: boolean;
  readonly failure: Failure | null;
  readonly send: (write: Send) => Promise<boolean>;
} {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  async function send(write: Send): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    try {
      const result = await write();
      setFailure(result);
      return result === null;
    } finally {
      setBusy(false);
    }
  }
  return { busy, failure, send };
}
