/**
 * The shapes of the small settings and of what the pages see of them. No storage access here:
 * the extension pages import these schemas through the message protocol.
 */
import { z } from 'zod';

export const Role = z.enum(['rep', 'manager']);
export type Role = z.infer<typeof Role>;

export const Privacy = z.object({
  /** Hide the plan's label on CRM pages and show figures only when the panel is opened. */
  discreet: z.boolean(),
  /** What the overlay calls the plan in discreet mode, and when the plan has no label. */
  neutralLabel: z.string().trim().min(1).max(40),
});
export type Privacy = z.infer<typeof Privacy>;

/** `http://localhost:*` or `https://dash.example.com:8443`: a scheme, a host and a port or `*`. */
export const OriginPattern = z
  .string()
  .trim()
  .regex(/^https?:\/\/[a-z0-9.-]+(:(\*|\d{1,5}))?$/, {
    message: 'must be an origin such as http://localhost:* or https://dash.example.com',
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
/** The dashboard runs locally (`pnpm demo`, `vite preview`); any port. */
export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = ['http://localhost:*', 'http://127.0.0.1:*'];

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
    allowedOrigins: z.array(OriginPattern).max(20),
  })
  .partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
