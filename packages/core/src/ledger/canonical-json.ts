/**
 * RFC 8785 (JSON Canonicalization Scheme): one exact text for a JSON value, so the same event
 * hashes the same in every browser, service worker and Node. Object members are sorted by their
 * names' UTF-16 code units, numbers are written as ECMAScript writes them (which is what the RFC
 * prescribes), strings escape only what JSON requires, and there is no whitespace.
 */

export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
}

function serializeString(text: string): string {
  // JSON.stringify escapes exactly ", \, and U+0000..U+001F (as \b \t \n \f \r or \u00xx in
  // lowercase hex), as RFC 8785 section 3.2.2.2 requires, and leaves every other character as is.
  return JSON.stringify(text);
}

function serializeNumber(value: number, path: string): string {
  if (!Number.isFinite(value)) {
    throw new CanonicalJsonError(`${path}: ${value} has no JSON form (RFC 8785 allows finite numbers only)`);
  }
  // ECMAScript Number-to-String is the RFC's number format; -0 is written 0.
  return Object.is(value, -0) ? '0' : String(value);
}

function serialize(value: unknown, path: string, seen: Set<object>): string {
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
      throw new CanonicalJsonError(`${path}: a ${typeof value} has no JSON form`);
  }
  const object = value as object;
  if (seen.has(object)) throw new CanonicalJsonError(`${path}: refers back to itself`);
  seen.add(object);
  let text: string;
  if (Array.isArray(object)) {
    text = `[${object.map((item, index) => serialize(item === undefined ? null : item, `${path}[${index}]`, seen)).join(',')}]`;
  } else {
    const record = object as Record<string, unknown>;
    const members: string[] = [];
    // Default sort compares UTF-16 code units, the order RFC 8785 section 3.2.3 names.
    for (const key of Object.keys(record).sort()) {
      const member = record[key];
      // As in JSON.stringify: a member whose value is undefined is absent.
      if (member === undefined) continue;
      members.push(`${serializeString(key)}:${serialize(member, `${path}.${key}`, seen)}`);
    }
    text = `{${members.join(',')}}`;
  }
  seen.delete(object);
  return text;
}

/** The RFC 8785 canonical JSON text of `value`; throws a CanonicalJsonError for a value JSON cannot hold. */
export function canonicalJson(value: unknown): string {
  return serialize(value, '(root)', new Set());
}
