// `node bench/team-sync.mjs`: the team sync benchmark (bench/team-sync-bench.ts).
import { runTsBench } from './ts-bench.mjs';

await runTsBench('/bench/team-sync-bench.ts', 'runTeamSyncBench');
