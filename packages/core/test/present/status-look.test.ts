import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/pace/status.js';
import {
  STATUS_BACKGROUNDS,
  STATUS_LOOK,
  STATUS_ORDER,
  statusColorVariables,
} from '../../src/present/status-look.js';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('status looks', () => {
  it.each(STATUSES)('%s has a word, an icon and AA contrast (4.5:1) on white and the CRM greys', (status) => {
    const look = STATUS_LOOK[status];
    expect(look.word).toBe(status.replace('-', ' '));
    expect(look.icon.length).toBeGreaterThan(0);
    expect(look.color).toMatch(/^#[0-9a-f]{6}$/);
    for (const background of STATUS_BACKGROUNDS)
      expect(contrast(look.color, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every status its own icon and its own colour, so none relies on colour alone', () => {
    const icons = STATUSES.map((status) => STATUS_LOOK[status].icon);
    const colors = STATUSES.map((status) => STATUS_LOOK[status].color);
    expect(new Set(icons).size).toBe(STATUSES.length);
    expect(new Set(colors).size).toBe(STATUSES.length);
  });

  it('orders statuses worst first, as pace.md ranks them', () => {
    expect(STATUS_ORDER[0]).toBe('missed');
    expect(STATUS_ORDER.at(-1)).toBe('achieved');
    expect(STATUS_ORDER.indexOf('behind')).toBeLessThan(STATUS_ORDER.indexOf('at-risk'));
  });

  it('writes one CSS variable per status, with the colour of the table', () => {
    const css = statusColorVariables();
    for (const status of STATUSES) expect(css).toContain(`--status-${status}: ${STATUS_LOOK[status].color};`);
  });
});
