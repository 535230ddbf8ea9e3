/**
 * RFC 8785 (JSON Canonicalization Scheme): one exact text for a JSON value, so the same event
 * hashes the same in every browser, service worker and Node. Object members are sorted by their
 * names' UTF-16 code units, numbers are written as ECMAScript writes them (which is what the RFC
 * prescribes), strings escape only what JSON requires, and there is no whitespace.
 */

export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
}

/** True when JSON.stringify would escape a character: ", \\, a control character, or a surrogate (lone ones are escaped). */
function needsEscape(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff)) return true;
  }
  return false;
}

function serializeString(text: string): string {
  // Most ledger text needs no escape: quoting it directly spares a call per string in the fold.
  if (!needsEscape(text)) return `"${text}"`;
  // JSON.stringify escapes exactly ", \, and U+0000..U+001F (as \b \t \n \f \r or \u00xx in
  // lowercase hex), as RFC 8785 section 3.2.2.2 requires, and leaves every other character as is.
  return JSON.stringify(text);
}

/** Where in the value a serializer is: keys and indexes, turned into text only for an error. */
type Path = (string | number)[];

function pathText(path: Path): string {
  let text = '(root)';
  for (const step of path) text += typeof step === 'number' ? `[${step}]` : `.${step}`;
  return text;
}

function serializeNumber(value: number, path: Path): string {
  if (!Number.isFinite(value)) {
    throw new CanonicalJsonError(
      `${pathText(path)}: ${value} has no JSON form (RFC 8785 allows finite numbers only)`,
    );
  }
  // ECMAScript Number-to-String is the RFC's number format; -0 is written 0.
  return Object.is(value, -0) ? '0' : String(value);
}

/** Deeper than any event: a value nested this far is taken to refer back to itself. */
const MAX_DEPTH = 1_000;

function serialize(value: unknown, path: Path): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return serializeNumber(value, path);
    case 'string':
      return serializeString(value);
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`${pathText(path)}: a ${typeof value} has no JSON form`);
  }
  const object = value as object;
  // A depth bound instead of a set of visited objects: no allocation per call, and a cycle still stops.
  if (path.length >= MAX_DEPTH) {
    throw new CanonicalJsonError(
      `${pathText(path.slice(0, 8))}…: nests deeper than ${MAX_DEPTH} levels or refers back to itself`,
    );
  }
  let text: string;
  if (Array.isArray(object)) {
    text = '[';
    for (let index = 0; index < object.length; index++) {
      const item: unknown = object[index];
      path.push(index);
      text += (index === 0 ? '' : ',') + serialize(item === undefined ? null : item, path);
      path.pop();
    }
    text += ']';
  } else {
    const record = object as Record<string, unknown>;
    text = '{';
    let first = true;
    // Default sort compares UTF-16 code units, the order RFC 8785 section 3.2.3 names.
    for (const key of Object.keys(record).sort()) {
      const member = record[key];
      // As in JSON.stringify: a member whose value is undefined is absent.
      if (member === undefined) continue;
      path.push(key);
      text += `${first ? '' : ','}${serializeString(key)}:${serialize(member, path)}`;
      path.pop();
      first = false;
    }
    text += '}';
  }
  return text;
}

/** The RFC 8785 canonical JSON text of `value`; throws a CanonicalJsonError for a value JSON cannot hold. */
export function canonicalJson(value: unknown): string {
  return serialize(value, []);
}
