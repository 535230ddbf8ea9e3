/**
 * The recorded-shape CRM calls that @onpace/core's tests keep (packages/core/test/crm/recorded,
 * listed in its README): the fake is held to the same shapes as the mapping.
 */
import { readFileSync } from 'node:fs';

const RECORDED = new URL('../../core/test/crm/recorded/', import.meta.url);

export interface RecordedAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/** The answer of the recorded call at `relativePath` (`salesforce/identity.json`…). */
export function recordedAnswer(relativePath: string): RecordedAnswer {
  const recorded = JSON.parse(readFileSync(new URL(relativePath, RECORDED), 'utf8')) as {
    response: RecordedAnswer;
  };
  return recorded.response;
}
