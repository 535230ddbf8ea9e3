/** Small helpers over node:http request and response objects. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Serialised as JSON unless already a string. */
  readonly body?: unknown;
}

export const MAX_BODY_BYTES = 1_000_000;

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new RangeError('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function bodyText(reply: Reply): string {
  if (reply.body === undefined) return '';
  return typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
}

export function send(response: ServerResponse, reply: Reply, text = bodyText(reply)): void {
  response.writeHead(reply.status, { 'content-length': String(Buffer.byteLength(text)), ...reply.headers });
  response.end(text);
}

/** The bearer token of a request, or null. */
export function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

export function hostOf(request: IncomingMessage): string {
  return (request.headers.host ?? 'localhost').toLowerCase();
}
