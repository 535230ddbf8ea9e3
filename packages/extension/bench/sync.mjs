// `node bench/sync.mjs`: the CRM sync benchmark (bench/sync-bench.ts).
import { runTsBench } from './ts-bench.mjs';

await runTsBench('/bench/sync-bench.ts', 'runSyncBench');
