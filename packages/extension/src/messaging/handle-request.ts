import { z } from 'zod';
import { BackgroundRequest, type BackgroundResponse } from './protocol';

/** What the handlers need from the extension, passed in so tests need no browser. */
export interface BackgroundEnv {
  readonly version: string;
}

/** Answers one raw runtime message; never throws, so a bad message cannot break the worker. */
export function handleRequest(message: unknown, env: BackgroundEnv): BackgroundResponse {
  const parsed = BackgroundRequest.safeParse(message);
  if (!parsed.success) {
    return { ok: false, error: `Invalid OnPace message: ${z.prettifyError(parsed.error)}` };
  }
  switch (parsed.data.type) {
    case 'ping':
      return { ok: true, version: env.version };
  }
}
