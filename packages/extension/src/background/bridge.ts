/**
 * The extension bridge: the web dashboard, on an origin the user approved, asks for what this
 * browser holds (`runtime.onMessageExternal`). Any other page gets a refusal and nothing else; its
 * request is remembered so the options page can offer to approve exactly that origin. It gets a
 * bundle: the plan ledgers' events, plans, and rollups with the ledger applied instead of raw
 * activities; never private notes, never secrets.
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
import { foldedPlan } from '../storage/ledger-store';
import { readSettings, recordBridgeAsker } from '../storage/settings';
import { type BackgroundEnv, nowIso } from './env';
import { ledgerRollup } from './figures';
import { originAllowed, senderOrigin } from './origins';

export type BridgeResponse = HelloResponse | PullResponse;
/** The failure both answers share. */
type BridgeFailure = Extract<PullResponse, { ok: false }>;

function refuse(code: BridgeFailure['error']['code'], message: string): BridgeFailure {
  return { ok: false, error: { code, message } };
}

/**
 * Everything this browser holds for the dashboard: every plan ledger's events (exactly as
 * stored), the plans as they fold, and each plan's rollup as every view here counts it: the
 * cached rollup of the rep's stored activity with the ledger applied (manual logs and accepted
 * disputes, figures.ts). The dashboard gets no raw activity, so it could not take out what a
 * not-counting dispute names: it evaluates the rollup as sent, and both show one figure.
 * Private notes are not events and never leave this browser.
 */
async function pullBundle(env: BackgroundEnv): Promise<PullResponse> {
  const { db } = env;
  const at = nowIso(env);
  const [plans, events] = await Promise.all([db.plans.toArray(), db.events.toArray()]);
  const rollups = [];
  for (const plan of plans) {
    const { state } = await foldedPlan(db, plan.id);
    rollups.push({ planId: plan.id, rollup: await ledgerRollup(db, plan, state, at) });
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
