/**
 * Which web pages may ask the extension for data through the bridge. A pattern is a scheme, a
 * host and a port, where the port may be `*` (any) or left out (the scheme's default). The
 * manifest's `externally_connectable` is the outer limit (localhost and 127.0.0.1); these
 * patterns, which the user edits on the options page, narrow it.
 */

interface ParsedOrigin {
  readonly protocol: string;
  readonly hostname: string;
  /** '' for the scheme's default port, as `URL.port` reports it. */
  readonly port: string;
}

function parseOrigin(origin: string): ParsedOrigin | null {
  try {
    const url = new URL(origin);
    if (url.origin !== origin) return null;
    return { protocol: url.protocol, hostname: url.hostname, port: url.port };
  } catch {
    return null;
  }
}

const PATTERN = /^(https?):\/\/([a-z0-9.-]+)(?::(\*|\d{1,5}))?$/;

export function originMatches(origin: string, pattern: string): boolean {
  const parsed = parseOrigin(origin);
  const match = PATTERN.exec(pattern.trim().toLowerCase());
  if (!parsed || !match) return false;
  const [, scheme, host, port] = match;
  if (parsed.protocol !== `${scheme}:` || parsed.hostname !== host) return false;
  if (port === '*') return true;
  const defaultPort = scheme === 'https' ? '443' : '80';
  const wanted = port === undefined || port === defaultPort ? '' : port;
  return parsed.port === wanted;
}

export function originAllowed(origin: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => originMatches(origin, pattern));
}

/** The origin of an external sender: Chrome gives `origin`; older versions only `url`. */
export function senderOrigin(sender: {
  readonly origin?: string | undefined;
  readonly url?: string | undefined;
}): string | null {
  if (sender.origin && sender.origin !== 'null') return sender.origin;
  if (!sender.url) return null;
  try {
    const origin = new URL(sender.url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
