/** A rep's dated acknowledgment that they received a given revision of a plan. */
import { z } from 'zod';
import { Instant, RecordId } from './primitives.js';

export const Acknowledgment = z.object({
  planId: RecordId,
  planRevision: z.number().int().min(1),
  personId: RecordId,
  at: Instant,
});
export type Acknowledgment = z.infer<typeof Acknowledgment>;
