/**
 * The fake CRM (packages/fake-crm) for the sync's Node tests and benchmark, reached the way the
 * browser under test reaches it: real HTTPS to 127.0.0.1 with the CRM's own host name as SNI and
 * Host, verifying the fake's self-signed certificate.
 */
import { request } from 'node:https';
import type { FakeCrm } from '@onpace/fake-crm';
import type { HttpFetch, HttpResponseLike } from '../../../src/sync/http';

export {
  type ExpectedActivity,
  expectedTotals,
  type FakeCrm,
  type FaultInput,
  type SeededQuarter,
  seedQuarter,
  startFakeCrm,
} from '@onpace/fake-crm';

/** An `HttpFetch` that sends every request for any CRM host to the fake. */
export function fakeCrmFetch(crm: FakeCrm): HttpFetch {
  return (url, init) => {
    const target = new URL(url);
    return new Promise<HttpResponseLike>((resolve, reject) => {
      const outgoing = request(
        {
          host: '127.0.0.1',
          port: crm.port,
          servername: target.hostname,
          ca: crm.certificate,
          method: init.method,
          path: `${target.pathname}${target.search}`,
          headers: { ...init.headers, host: target.host },
          ...(init.signal === undefined ? {} : { signal: init.signal }),
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            resolve({
              status: response.statusCode ?? 0,
              headers: {
                get(name) {
                  const value = response.headers[name.toLowerCase()];
                  if (value === undefined) return null;
                  return Array.isArray(value) ? value.join(', ') : String(value);
                },
              },
              text: async () => body,
            });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(init.body);
    });
  };
}
