/**
 * Real HTTPS requests to the fake, as a browser mapped with --host-resolver-rules would make
 * them: to 127.0.0.1, with the CRM's host name as SNI and Host, verifying the fake's certificate.
 */
import { request } from 'node:https';
import type { FakeCrm } from '../src/index.js';

export const SALESFORCE_HOST = 'acme.my.salesforce.com';
export const HUBSPOT_HOST = 'api.hubapi.com';

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface Call {
  readonly host?: string;
  readonly method?: string;
  readonly path: string;
  readonly token?: string;
  readonly json?: unknown;
  readonly headers?: Record<string, string>;
}

export function call(crm: FakeCrm, options: Call): Promise<Answer> {
  const host = options.host ?? SALESFORCE_HOST;
  const body = options.json === undefined ? undefined : JSON.stringify(options.json);
  const headers: Record<string, string> = { host, ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: crm.port,
        servername: host,
        ca: crm.certificate,
        method: options.method ?? (body === undefined ? 'GET' : 'POST'),
        path: options.path,
        headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const flat: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
          }
          resolve({
            status: response.statusCode ?? 0,
            headers: flat,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

export function json<T = unknown>(answer: Answer): T {
  return JSON.parse(answer.body) as T;
}
