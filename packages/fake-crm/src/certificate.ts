/**
 * A self-signed certificate for every host name the fake answers for, made with `openssl` when
 * the server starts, in a temporary folder that is removed at once: no key is ever written into
 * the repository. Browsers under test run with `--ignore-certificate-errors`; Node clients can
 * trust `certificate` (the PEM) instead of turning verification off.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const CERTIFICATE_HOSTS = [
  '*.my.salesforce.com',
  '*.sandbox.my.salesforce.com',
  '*.lightning.force.com',
  '*.sandbox.lightning.force.com',
  'login.salesforce.com',
  'test.salesforce.com',
  'api.hubapi.com',
  'app.hubspot.com',
  'app-eu1.hubspot.com',
  'localhost',
] as const;

export interface Certificate {
  readonly key: string;
  readonly cert: string;
}

async function generate(): Promise<Certificate> {
  const folder = await mkdtemp(join(tmpdir(), 'onpace-fake-crm-'));
  try {
    const keyPath = join(folder, 'key.pem');
    const certPath = join(folder, 'cert.pem');
    const names = [...CERTIFICATE_HOSTS.map((host) => `DNS:${host}`), 'IP:127.0.0.1'].join(',');
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '30',
      '-subj',
      '/CN=*.my.salesforce.com',
      '-addext',
      `subjectAltName=${names}`,
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ]);
    return { key: await readFile(keyPath, 'utf8'), cert: await readFile(certPath, 'utf8') };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

let shared: Promise<Certificate> | null = null;

/** One certificate per process: servers started by the same test run share it. */
export function selfSignedCertificate(): Promise<Certificate> {
  shared ??= generate().catch((error: unknown) => {
    shared = null;
    throw error;
  });
  return shared;
}
