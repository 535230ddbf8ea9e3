/** A DNS host name such as `acme.lightning.force.com`: links are built from it, so check it first. */
const HOST_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

export function isHostName(value: string): boolean {
  return value.length <= 253 && HOST_PATTERN.test(value);
}
