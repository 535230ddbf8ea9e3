/**
 * Asking the OnPace extension in this browser for its data (core's bridge protocol). The page
 * can reach the extension only when the extension lists this origin in `externally_connectable`;
 * otherwise Chrome gives the page no `chrome.runtime`, or answers "Receiving end does not
 * exist". Both mean "not connected", which the dashboard shows quietly, not as an error.
 */
import {
  BRIDGE_PROTOCOL,
  type BridgeRequest,
  type Bundle,
  formatPath,
  listProblems,
  PullResponse,
  safeParseBundle,
} from '@onpace/core/schemas';
import { EXTENSION_TIMEOUT_MS, ONPACE_EXTENSION_ID } from '../config/extension';

/** The part of `chrome.runtime` a web page gets from `externally_connectable`. */
export interface ExternalRuntime {
  sendMessage(extensionId: string, message: unknown, callback: (response: unknown) => void): void;
  readonly lastError?: { readonly message?: string } | undefined;
}

export type PullResult =
  | { readonly kind: 'not-connected' }
  /** The extension is there but the user has not approved this page's address (yet). */
  | { readonly kind: 'not-approved'; readonly origin: string }
  | { readonly kind: 'failed'; readonly message: string }
  /** `fromVersion1`: an older extension answered with a version 1 bundle (migrated on read). */
  | { readonly kind: 'pulled'; readonly bundle: Bundle; readonly fromVersion1: boolean };

/** `globalThis.chrome.runtime` when the page has one that can message an extension. */
export function pageRuntime(scope: object = globalThis): ExternalRuntime | null {
  const chrome = (scope as { chrome?: { runtime?: Partial<ExternalRuntime> } }).chrome;
  const runtime = chrome?.runtime;
  return runtime && typeof runtime.sendMessage === 'function' ? (runtime as ExternalRuntime) : null;
}

function send(runtime: ExternalRuntime, request: BridgeRequest, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the extension did not answer')), timeoutMs);
    try {
      runtime.sendMessage(ONPACE_EXTENSION_ID, request, (response) => {
        clearTimeout(timer);
        const lastError = runtime.lastError;
        if (lastError) reject(new Error(lastError.message ?? 'unknown error'));
        else resolve(response);
      });
    } catch (error) {
      clearTimeout(timer);
      reject(error);
    }
  });
}

const NOT_THERE = /receiving end does not exist|could not establish connection|invalid extension id/i;

/** This page's address, as the extension sees it and the user approves it. */
function pageOrigin(): string {
  return globalThis.location?.origin ?? 'this page';
}

export async function pullFromExtension(
  runtime: ExternalRuntime | null = pageRuntime(),
  timeoutMs: number = EXTENSION_TIMEOUT_MS,
  origin: string = pageOrigin(),
): Promise<PullResult> {
  if (runtime === null) return { kind: 'not-connected' };
  let answer: unknown;
  try {
    answer = await send(runtime, { type: 'onpace/pull', protocol: BRIDGE_PROTOCOL }, timeoutMs);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return NOT_THERE.test(message) ? { kind: 'not-connected' } : { kind: 'failed', message };
  }
  // No answer at all: the extension is there but does not speak the bridge protocol.
  if (answer === undefined) return { kind: 'not-connected' };
  // A bundle is read as a file is (core's safeParseBundle): version 2 with its ledger events, or
  // version 1 migrated into events, every bad field named by its path, a repeated id refused.
  const sent = bundleOf(answer);
  if (sent !== undefined) {
    const bundle = safeParseBundle(sent);
    if (!bundle.success) {
      return {
        kind: 'failed',
        message: `the extension's answer is not valid (${listProblems(bundle.error.problems.map((problem) => ({ ...problem, path: `bundle.${problem.path}` })))})`,
      };
    }
    return { kind: 'pulled', bundle: bundle.data, fromVersion1: versionOf(sent) === 1 };
  }
  const parsed = PullResponse.safeParse(answer);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? formatPath(issue.path) : '(root)';
    return {
      kind: 'failed',
      message: `the extension's answer is not valid (${where}: ${issue?.message ?? 'invalid'})`,
    };
  }
  if (parsed.data.ok) return { kind: 'pulled', bundle: parsed.data.bundle, fromVersion1: false };
  if (parsed.data.error.code === 'origin-not-allowed') return { kind: 'not-approved', origin };
  return { kind: 'failed', message: parsed.data.error.message };
}

/** The bundle of a successful answer (`{ ok: true, bundle }`), unchecked; undefined otherwise. */
function bundleOf(answer: unknown): unknown {
  if (typeof answer !== 'object' || answer === null) return undefined;
  const { ok, bundle } = answer as { ok?: unknown; bundle?: unknown };
  return ok === true ? bundle : undefined;
}

function versionOf(bundle: unknown): unknown {
  return typeof bundle === 'object' && bundle !== null
    ? (bundle as { version?: unknown }).version
    : undefined;
}
