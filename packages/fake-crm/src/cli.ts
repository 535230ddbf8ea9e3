#!/usr/bin/env node
/**
 * `node packages/fake-crm/dist/cli.js --port 8443`: the fake CRM with a seeded quarter (or a seed
 * file), until Ctrl-C. Prints where it listens and the credentials a browser under test needs.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { FakeCrmSeed } from './seed.js';
import { seedQuarter } from './seed-quarter.js';
import { DEFAULT_PORT, startFakeCrm } from './server.js';

const USAGE = `Usage: node dist/cli.js [options]
  --port N                 port to listen on (default ${DEFAULT_PORT}; 0 picks one)
  --host ADDRESS           address to bind (default 127.0.0.1)
  --seed FILE              JSON seed (FakeCrmSeed) instead of a generated quarter
  --email ADDRESS          the generated rep (default riley.rep@acme.test)
  --start YYYY-MM-DD       first day of the generated window (default: 90 days before today, UTC)
  --days N                 length of the generated window (default 90)
  --time-zone ZONE         the rep's IANA zone (default America/New_York)
  --page-size N            Salesforce query page size (default 2000)
  --search-per-second N    HubSpot search limit per rolling second (default 5; 0 = off)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      email: { type: 'string' },
      start: { type: 'string' },
      days: { type: 'string' },
      'time-zone': { type: 'string' },
      'page-size': { type: 'string' },
      'search-per-second': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const number = (text: string | undefined, fallback: number): number => {
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`not a whole number: ${text}`);
    return value;
  };
  const days = number(values.days, 90);
  const start = values.start ?? new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
  const seed = values.seed
    ? FakeCrmSeed.parse(JSON.parse(await readFile(values.seed, 'utf8')))
    : seedQuarter({
        email: values.email ?? 'riley.rep@acme.test',
        start,
        days,
        timeZone: values['time-zone'] ?? 'America/New_York',
      });
  const crm = await startFakeCrm({
    port: number(values.port, DEFAULT_PORT),
    host: values.host ?? '127.0.0.1',
    seed,
    pageSize: number(values['page-size'], 2000),
    searchRequestsPerSecond: number(values['search-per-second'], 5),
  });
  console.log(
    `fake-crm listening on ${crm.url} (map *.my.salesforce.com, api.hubapi.com to 127.0.0.1:${crm.port})`,
  );
  console.log(`salesforce sid: ${seed.salesforce.sessionId}  user: ${seed.salesforce.user.userId}`);
  console.log(
    `hubspot token:  ${seed.hubspot.token}  owners: ${seed.hubspot.owners.map((o) => o.id).join(', ')}`,
  );
  const stop = () => {
    crm.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
