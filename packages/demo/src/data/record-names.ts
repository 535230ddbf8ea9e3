/** Realistic deal names instead of the seed's "Deal 7", so the CRM pages read like a real book. */

const COMPANIES = [
  'Northwind Traders',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Stark Logistics',
  'Wayne Foods',
  'Hooli',
  'Vandelay Imports',
  'Tyrell Robotics',
  'Cyberdyne Systems',
  'Soylent Farms',
  'Wonka Industries',
  'Pied Piper',
  'Massive Dynamic',
  'Oceanic Airlines',
  'Dunder Mifflin',
];
const KINDS = ['new business', 'expansion', 'renewal', 'pilot'];

/** The `index`th deal's name: "Globex — expansion". */
export function dealName(index: number): string {
  const company = COMPANIES[index % COMPANIES.length] ?? 'Acme';
  const kind = KINDS[Math.floor(index / COMPANIES.length + index) % KINDS.length] ?? 'new business';
  return `${company} — ${kind}`;
}
