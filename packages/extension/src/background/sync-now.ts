/**
 * `sync/now`: runs the sync at once and answers, per CRM, what happened in a form the options
 * page can say in words. A fault is a value here too: the sync stores it on the plan's state,
 * and the summary repeats its message.
 */
import { failure, type Outcome, succeed } from '../messaging/result';
import type { SyncNowSource, SyncNowSummary } from '../messaging/sync-views';
import type { SyncReport, SyncResult } from '../sync/engine';
import type { SyncSource } from '../sync/state';
import type { BackgroundEnv } from './env';

const SOURCES: readonly SyncSource[] = ['salesforce', 'hubspot'];

function sentence(reason: string): string {
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
}

function clockTime(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

function summarizeSource(
  source: SyncSource,
  results: readonly SyncResult[],
  requests: number,
): SyncNowSource {
  const counts = { plans: 0, records: 0, written: 0, requests };
  let fault: string | null = null;
  let waiting: string | null = null;
  let skipped: string | null = null;
  for (const { outcome } of results) {
    if (outcome.kind === 'synced') {
      counts.plans += 1;
      counts.records += outcome.records;
      counts.written += outcome.written;
    } else if (outcome.kind === 'fault') {
      counts.written += outcome.written;
      fault ??= outcome.fault.message;
    } else if (outcome.kind === 'error') {
      fault ??= `OnPace could not finish syncing — it tries again at the next sync (${outcome.message}).`;
    } else if (outcome.kind === 'waiting') {
      waiting ??= `Waiting until ${clockTime(outcome.until)} before asking again.`;
    } else {
      skipped ??= sentence(`not synced: ${outcome.reason}`);
    }
  }
  if (fault !== null) return { source, ok: false, outcome: 'fault', message: fault, ...counts };
  if (counts.plans > 0) return { source, ok: true, outcome: 'synced', message: null, ...counts };
  if (waiting !== null) return { source, ok: true, outcome: 'waiting', message: waiting, ...counts };
  return {
    source,
    ok: true,
    outcome: 'skipped',
    message: skipped ?? 'No plan to sync — choose your own plan under “My plan” first.',
    ...counts,
  };
}

export function summarizeReport(report: SyncReport): SyncNowSummary {
  return {
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    sources: SOURCES.map((source) =>
      summarizeSource(
        source,
        report.results.filter((result) => result.source === source),
        report.requests[source],
      ),
    ),
  };
}

export async function syncNow(env: BackgroundEnv): Promise<Outcome<{ summary: SyncNowSummary }>> {
  const handle = env.sync();
  if (handle === null) return failure('internal', 'The CRM sync is not running yet — try again in a moment.');
  try {
    return succeed({ summary: summarizeReport(await handle.syncNow()) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure('internal', `The sync could not run: ${reason}. What is stored is kept.`);
  }
}
