/**
 * Salesforce record ids: a 3-character key prefix (`00T` Task, `00U` Event, `006` Opportunity,
 * `005` User, `00D` org), then the rest of 15 case-sensitive characters, then a 3-character
 * suffix that encodes which of the 15 are upper case, so the 18-character form survives
 * case-insensitive systems.
 */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The 18-character form of a 15-character id. */
export function salesforceId18(id15: string): string {
  if (!/^[a-zA-Z0-9]{15}$/.test(id15)) throw new RangeError(`"${id15}" is not a 15-character id`);
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let index = 0; index < 5; index++) {
      const character = id15.charAt(chunk * 5 + index);
      if (character >= 'A' && character <= 'Z') bits |= 1 << index;
    }
    suffix += SUFFIX.charAt(bits);
  }
  return id15 + suffix;
}

/** The `n`th id of a key prefix in a pod: `00T` + `5e` + `0` + nine base-62 digits, 18 characters. */
export function salesforceId(prefix: string, n: number): string {
  let digits = '';
  let rest = n;
  for (let index = 0; index < 9; index++) {
    digits = BASE62.charAt(rest % 62) + digits;
    rest = Math.floor(rest / 62);
  }
  return salesforceId18(`${prefix}5e0${digits}`);
}

/** Salesforce's REST datetime form: `2026-11-18T15:04:05.000+0000`. */
export function salesforceDateTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('Z', '+0000');
}
