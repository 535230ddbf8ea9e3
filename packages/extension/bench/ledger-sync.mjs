// `node bench/ledger-sync.mjs`: the CRM ledger transport benchmark (bench/ledger-sync-bench.ts).
import { runTsBench } from './ts-bench.mjs';

await runTsBench('/bench/ledger-sync-bench.ts', 'runLedgerSyncBench');
