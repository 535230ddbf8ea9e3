/**
 * The shapes of the small settings and of what the pages see of them. No storage access here:
 * the extension pages import these schemas through the message protocol.
 */
import { z } from 'zod';
import { isExactOrigin } from '../background/origins';

export const Role = z.enum(['rep', 'manager']);
export type Role = z.infer<typeof Role>;

export const Privacy = z.object({
  /** Hide the plan's label on CRM pages and show figures only when the panel is opened. */
  discreet: z.boolean(),
  /** What the overlay calls the plan in discreet mode, and when the plan has no label. */
  neutralLabel: z.string().trim().min(1).max(40),
});
export type Privacy = z.infer<typeof Privacy>;

/** One approved page address: `http://localhost:5173`, scheme, host and port, nothing else. */
export const ExactOrigin = z.string().trim().refine(isExactOrigin, {
  message: 'must be one exact address such as http://localhost:5173 (no path, no *)',
});

export const BridgeAsker = z.object({
  origin: z.string(),
  lastAskedAt: z.string(),
  count: z.number().int().min(1),
  /** Whether the last request from this origin was answered. */
  allowed: z.boolean(),
});
export type BridgeAsker = z.infer<typeof BridgeAsker>;

export const DEFAULT_PRIVACY: Privacy = { discreet: false, neutralLabel: 'Plan' };
/** No page reads anything until the user approves it: a fresh install answers nobody. */
export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = [];

/** What an approved page reads through the bridge, shown before the user approves it. */
export const BRIDGE_READS =
  'your plans with their targets, daily totals per plan, shared notes, check-ins and acknowledgments';
/** What it never reads. */
export const BRIDGE_NEVER_READS = 'raw activity, private notes or CRM sign-ins';

export const Settings = z.object({
  myPlanId: z.string().nullable(),
  discreet: z.boolean(),
  neutralLabel: z.string(),
  role: Role,
  allowedOrigins: z.array(z.string()),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z
  .object({
    discreet: z.boolean(),
    neutralLabel: Privacy.shape.neutralLabel,
    role: Role,
    allowedOrigins: z.array(ExactOrigin).max(20),
  })
  .partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
