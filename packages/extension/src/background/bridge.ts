/**
 * The extension bridge: the web dashboard, on an origin the user approved, asks for what this
 * browser holds (`runtime.onMessageExternal`). Any other page gets a refusal and nothing else; its
 * request is remembered so the options page can offer to approve exactly that origin. It gets a bundle: the plan ledgers' events, plans,
 * cached rollups instead of raw activities; never private notes, never secrets.
 */
import {
  BridgeRequest,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type HelloResponse,
  type PullResponse,
  safeParseBundle,
} from '@onpace/core/schemas';
import { z } from 'zod';
import { computeRollupRecord } from '../storage/rollup-record';
import { readSettings, recordBridgeAsker } from '../storage/settings';
import { type BackgroundEnv, nowIso } from './env';
import { originAllowed, senderOrigin } from './origins';
import { activitiesOfRep } from './rep-activities';

export type BridgeResponse = HelloResponse | PullResponse;
/** The failure both answers share. */
type BridgeFailure = Extract<PullResponse, { ok: false }>;

function refuse(code: BridgeFailure['error']['code'], message: string): BridgeFailure {
  return { ok: false, error: { code, message } };
}

/**
 * Everything this browser holds for the dashboard: every plan ledger's events (exactly as
 * stored), the plans as they fold, and each plan's cached rollup of its rep's stored activity.
 * The rollups do not include what the ledger adds or takes away (manual logs, disputes): the
 * reader applies the ledger itself, as the extension does (figures.ts), so nothing counts twice.
 * Private notes are not events and never leave this browser.
 */
async function pullBundle(env: BackgroundEnv): Promise<PullResponse> {
  const { db } = env;
  const at = nowIso(env);
  const [plans, events, cached] = await Promise.all([
    db.plans.toArray(),
    db.events.toArray(),
    db.rollups.toArray(),
  ]);
  const rollups = [];
  for (const plan of plans) {
    // The cache is written with every change; a plan without one (never expected) is computed.
    const record =
      cached.find((entry) => entry.planId === plan.id) ??
      computeRollupRecord(plan, await activitiesOfRep(db, plan.rep.id), at);
    rollups.push({ planId: plan.id, rollup: record.rollup });
  }
  const bundle = safeParseBundle({
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: at,
    plans,
    activities: [],
    events: events.map((row) => row.event),
    rollups,
  });
  if (!bundle.success)
    return refuse('unavailable', `OnPace could not assemble its data: ${bundle.error.message}`);
  return { ok: true, bundle: bundle.data };
}

export async function handleBridgeMessage(
  env: BackgroundEnv,
  message: unknown,
  sender: { readonly origin?: string | undefined; readonly url?: string | undefined },
): Promise<BridgeResponse> {
  const origin = senderOrigin(sender);
  const { allowedOrigins } = await readSettings();
  const allowed = origin !== null && originAllowed(origin, allowedOrigins);
  if (origin !== null) await recordBridgeAsker(origin, allowed, nowIso(env));
  if (!allowed) {
    return refuse(
      'origin-not-allowed',
      `${origin ?? 'This page'} may not read OnPace data until you approve it: open the OnPace options page, Dashboard access, and approve ${origin ?? 'this address'}.`,
    );
  }
  const request = BridgeRequest.safeParse(message);
  if (!request.success)
    return refuse('bad-request', `Not an OnPace bridge request: ${z.prettifyError(request.error)}`);
  try {
    if (request.data.type === 'onpace/hello') {
      return { ok: true, extensionVersion: env.version, planCount: await env.db.plans.count() };
    }
    return await pullBundle(env);
  } catch (error) {
    return refuse(
      'unavailable',
      `OnPace could not read its data: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
