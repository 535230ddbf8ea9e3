/**
 * Which web pages may ask the extension for data through the bridge. The manifest's
 * `externally_connectable` is the outer limit (localhost and 127.0.0.1); inside it, a page reads
 * nothing until the user approves its exact origin (scheme, host and port) on the options page.
 * No pattern, no wildcard port: every local port is a different program, and any of them could
 * be hostile.
 */

/** `http://localhost:5173`: an http(s) origin exactly as `URL.origin` spells it. */
export function isExactOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text;
  } catch {
    return false;
  }
}

export function originAllowed(origin: string, approved: readonly string[]): boolean {
  return isExactOrigin(origin) && approved.includes(origin);
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
