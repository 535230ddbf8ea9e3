/**
 * The web dashboard's production build served by `vite preview` from packages/web-dashboard, on a
 * free loopback port (`--strictPort`, so a taken port fails instead of moving silently).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DASHBOARD_DIR } from '../paths.js';
import { freePort } from './free-port.js';

export interface DashboardServer {
  readonly url: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

function viteBin(): string {
  const require = createRequire(join(DASHBOARD_DIR, 'package.json'));
  return join(require.resolve('vite/package.json'), '..', 'bin', 'vite.js');
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok;
  } catch {
    return false;
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startDashboard(timeoutMs = 30_000): Promise<DashboardServer> {
  if (!existsSync(join(DASHBOARD_DIR, 'dist', 'index.html'))) {
    throw new Error(`No dashboard build in ${DASHBOARD_DIR}/dist: run \`pnpm build\` first.`);
  }
  const port = await freePort(HOST);
  const url = `http://${HOST}:${port}/`;
  const child = spawn(
    process.execPath,
    [viteBin(), 'preview', '--host', HOST, '--port', String(port), '--strictPort'],
    { cwd: DASHBOARD_DIR, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop(child);
      throw new Error(`vite preview did not serve ${url}: ${errors.trim() || 'no output'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, close: () => stop(child) };
}
