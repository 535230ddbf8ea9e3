/**
 * Small settings, kept with WXT's `storage` (chrome.storage.local): they are read on every
 * overlay update and must survive the worker stopping. Records live in Dexie (db.ts).
 *
 * Each item is versioned: a later change of shape bumps `version` and adds a migration, which
 * WXT runs when the extension updates. Every value is parsed on read, so a value written by a
 * newer or broken build falls back to the default instead of reaching the UI.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { isExactOrigin } from '../background/origins';
import {
  BridgeAsker,
  DEFAULT_ALLOWED_ORIGINS,
  DEFAULT_PRIVACY,
  Privacy,
  Role,
  type Settings,
  type SettingsPatch,
} from './settings-schema';

/** Enough to see who asked recently; older entries fall off. */
export const MAX_BRIDGE_ASKERS = 20;

export const myPlanIdItem = storage.defineItem<string | null>('local:myPlanId', {
  fallback: null,
  version: 1,
});
export const privacyItem = storage.defineItem<Privacy>('local:privacy', {
  fallback: DEFAULT_PRIVACY,
  version: 1,
});
export const roleItem = storage.defineItem<Role>('local:role', { fallback: 'rep', version: 1 });
export const allowedOriginsItem = storage.defineItem<string[]>('local:bridgeAllowedOrigins', {
  fallback: [...DEFAULT_ALLOWED_ORIGINS],
  version: 1,
});
export const bridgeAskersItem = storage.defineItem<BridgeAsker[]>('local:bridgeAskers', {
  fallback: [],
  version: 1,
});

/** Reads an item and checks it; a value that does not parse counts as unset. */
async function read<T>(
  item: { getValue(): Promise<unknown>; fallback: T },
  schema: z.ZodType<T>,
): Promise<T> {
  const parsed = schema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : item.fallback;
}

export async function readSettings(): Promise<Settings> {
  const [myPlanId, privacy, role, allowedOrigins] = await Promise.all([
    read(myPlanIdItem, z.string().nullable()),
    read(privacyItem, Privacy),
    read(roleItem, Role),
    read(allowedOriginsItem, z.array(z.string())),
  ]);
  // Earlier builds stored patterns (`http://localhost:*`); only exact approvals count now.
  return { myPlanId, ...privacy, role, allowedOrigins: allowedOrigins.filter(isExactOrigin) };
}

/** Writes the settings a patch names; `myPlanId` has its own request (it must name a stored plan). */
export async function writeSettings(patch: SettingsPatch): Promise<void> {
  if (patch.discreet !== undefined || patch.neutralLabel !== undefined) {
    const privacy = await read(privacyItem, Privacy);
    await privacyItem.setValue({ ...privacy, ...definedOnly(patch, ['discreet', 'neutralLabel']) });
  }
  if (patch.role !== undefined) await roleItem.setValue(patch.role);
  if (patch.allowedOrigins !== undefined)
    await allowedOriginsItem.setValue([...new Set(patch.allowedOrigins)]);
}

function definedOnly<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) picked[key] = value[key];
  return picked;
}

export async function readMyPlanId(): Promise<string | null> {
  return read(myPlanIdItem, z.string().nullable());
}

export async function writeMyPlanId(planId: string | null): Promise<void> {
  await myPlanIdItem.setValue(planId);
}

export async function readBridgeAskers(): Promise<BridgeAsker[]> {
  return read(bridgeAskersItem, z.array(BridgeAsker));
}

/** Remembers that an origin asked, newest first, so the options page can show who did. */
export async function recordBridgeAsker(origin: string, allowed: boolean, at: string): Promise<void> {
  const askers = await readBridgeAskers();
  const earlier = askers.find((asker) => asker.origin === origin);
  const updated: BridgeAsker = { origin, lastAskedAt: at, allowed, count: (earlier?.count ?? 0) + 1 };
  const others = askers.filter((asker) => asker.origin !== origin);
  await bridgeAskersItem.setValue([updated, ...others].slice(0, MAX_BRIDGE_ASKERS));
}

/** Back to a fresh install: every setting at its default. */
export async function resetSettings(): Promise<void> {
  await Promise.all(
    [myPlanIdItem, privacyItem, roleItem, allowedOriginsItem, bridgeAskersItem].map((item) =>
      item.removeValue({ removeMeta: true }),
    ),
  );
}
