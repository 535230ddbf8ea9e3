/**
 * The dashboard's data state: which source is shown, its dataset, the as-of date, and the two
 * ways data arrives (files, the extension). Views only read what this returns.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ExtensionState } from '../components/ExtensionStatus';
import type { ImportMessage } from '../components/ImportControl';
import type { Dataset } from '../data/dataset';
import { type OnPaceDashboardDb, unreadableBundles } from '../data/db';
import { type PullResult, pullFromExtension } from '../data/extension-bridge';
import { type BundleFile, importBundleFiles, storeBundle } from '../data/import-bundle';
import { loadStoredDataset, storedPlanCount } from '../data/load-dataset';
import { describeOutcome, describeSummary, describeUnreadable } from '../model/import-message';
import { benchDataset, demoDataset, type SourceKind, type SourceRequest } from './sources';

export interface DashboardData {
  readonly source: SourceKind | null;
  readonly setSource: (source: SourceKind) => void;
  readonly dataset: Dataset | null;
  readonly storedPlans: number;
  readonly asOf: string;
  readonly setAsOf: (date: string) => void;
  readonly importFiles: (files: BundleFile[]) => void;
  readonly importMessages: readonly ImportMessage[];
  readonly importing: boolean;
  readonly extension: ExtensionState;
  readonly pull: () => void;
}

export interface DashboardDataOptions {
  readonly db: OnPaceDashboardDb | null;
  readonly request: SourceRequest;
  /** Today in the browser's zone: the as-of for real data. */
  readonly today: string;
  readonly pullExtension?: () => Promise<PullResult>;
}

export function useDashboardData({
  db,
  request,
  today,
  pullExtension = pullFromExtension,
}: DashboardDataOptions): DashboardData {
  const [source, setSourceState] = useState<SourceKind | null>(request.kind ?? (db === null ? 'demo' : null));
  const [stored, setStored] = useState<Dataset | null>(null);
  const [storedPlans, setStoredPlans] = useState(0);
  const [asOfChoice, setAsOfChoice] = useState<string | null>(null);
  const [importMessages, setImportMessages] = useState<ImportMessage[]>([]);
  const [importing, setImporting] = useState(false);
  const [extension, setExtension] = useState<ExtensionState>({ kind: 'checking' });
  const autoSource = useRef(request.kind === null);

  const dataset = useMemo<Dataset | null>(() => {
    if (source === 'demo') return demoDataset();
    if (source === 'bench') return benchDataset(request.benchPlans);
    if (source === 'mine') return stored;
    return null;
  }, [source, stored, request.benchPlans]);

  const reloadStored = useCallback(async () => {
    if (db === null) return 0;
    const loaded = await loadStoredDataset(db);
    setStored(loaded);
    setStoredPlans(loaded.plans.length);
    return loaded.plans.length;
  }, [db]);

  const setSource = useCallback((next: SourceKind) => {
    autoSource.current = false;
    setSourceState(next);
    setAsOfChoice(null);
  }, []);

  // First load: stored plans when there are any, else the demo (unless the URL chose).
  useEffect(() => {
    if (db === null) return;
    let cancelled = false;
    void (async () => {
      const [count, unreadable] = await Promise.all([storedPlanCount(db), unreadableBundles(db)]);
      if (cancelled) return;
      setStoredPlans(count);
      if (unreadable.length > 0) {
        setImportMessages(unreadable.map((bundle) => ({ text: describeUnreadable(bundle), ok: false })));
      }
      if (count > 0) await reloadStored();
      if (!cancelled && autoSource.current) setSourceState(count > 0 ? 'mine' : 'demo');
    })();
    return () => {
      cancelled = true;
    };
  }, [db, reloadStored]);

  const showMine = useCallback(() => {
    if (autoSource.current || source === 'mine') {
      setSourceState('mine');
      setAsOfChoice(null);
    }
  }, [source]);

  const pull = useCallback(() => {
    setExtension({ kind: 'checking' });
    void (async () => {
      const result = await pullExtension();
      if (result.kind !== 'pulled') {
        setExtension(result);
        return;
      }
      if (db === null) {
        setExtension({ kind: 'failed', message: 'this browser has no storage for it' });
        return;
      }
      try {
        const summary = await storeBundle(db, result.bundle, null, { fromVersion1: result.fromVersion1 });
        setExtension({ kind: 'pulled', text: describeSummary(summary) });
        if (result.bundle.plans.length > 0 || result.bundle.events.length > 0) {
          await reloadStored();
          showMine();
        }
      } catch (error) {
        setExtension({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
  }, [db, pullExtension, reloadStored, showMine]);

  // Ask the extension once on load; an absent extension answers at once.
  const pulledOnce = useRef(false);
  useEffect(() => {
    if (pulledOnce.current || source === 'bench') return;
    pulledOnce.current = true;
    pull();
  }, [pull, source]);

  // Waiting for approval: the user approves on the extension's options page, in another tab;
  // coming back to this one asks again.
  useEffect(() => {
    if (extension.kind !== 'not-approved') return;
    const askAgain = () => pull();
    window.addEventListener('focus', askAgain);
    return () => window.removeEventListener('focus', askAgain);
  }, [extension.kind, pull]);

  const importFiles = useCallback(
    (files: BundleFile[]) => {
      if (db === null) return;
      setImporting(true);
      void (async () => {
        try {
          const outcomes = await importBundleFiles(db, files, new Date());
          setImportMessages(outcomes.map((outcome) => ({ text: describeOutcome(outcome), ok: outcome.ok })));
          if (outcomes.some((outcome) => outcome.ok)) {
            await reloadStored();
            autoSource.current = true;
            showMine();
          }
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          setImportMessages([
            { text: `The files could not be read: ${message}. Nothing stored was changed.`, ok: false },
          ]);
        } finally {
          setImporting(false);
        }
      })();
    },
    [db, reloadStored, showMine],
  );

  const asOf = asOfChoice ?? dataset?.defaultAsOf ?? today;
  return {
    source,
    setSource,
    dataset,
    storedPlans,
    asOf,
    setAsOf: setAsOfChoice,
    importFiles,
    importMessages,
    importing,
    extension,
    pull,
  };
}
