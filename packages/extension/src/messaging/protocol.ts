import { z } from 'zod';

/**
 * Messages the background answers, and its answers. Every message crossing the
 * runtime boundary is parsed with these schemas; each schema and its type share a name.
 */
export const PingRequest = z.object({ type: z.literal('ping') });
export type PingRequest = z.infer<typeof PingRequest>;

export const PingResponse = z.object({ ok: z.literal(true), version: z.string() });
export type PingResponse = z.infer<typeof PingResponse>;

/** Answer to a message the background could not parse; `error` says what was wrong. */
export const ErrorResponse = z.object({ ok: z.literal(false), error: z.string() });
export type ErrorResponse = z.infer<typeof ErrorResponse>;

export const BackgroundRequest = z.discriminatedUnion('type', [PingRequest]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

export const BackgroundResponse = z.union([PingResponse, ErrorResponse]);
export type BackgroundResponse = z.infer<typeof BackgroundResponse>;
