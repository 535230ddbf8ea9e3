import { describe, expect, it } from 'vitest';
import { StatusWord } from '../../src/messaging/overlay-protocol';
import { STATUS_STYLES } from '../../src/pages/status-style';

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

// White, the popup's panel grey, Salesforce's page grey and HubSpot's.
const BACKGROUNDS = ['#ffffff', '#f5f7f9', '#f3f3f3', '#f5f8fa'];

describe('status styles', () => {
  it('cover every status word with a word and an icon, never colour alone', () => {
    for (const status of StatusWord.options) {
      const style = STATUS_STYLES[status];
      expect(style.word.length).toBeGreaterThan(0);
      expect(style.icon.length).toBeGreaterThan(0);
    }
    const icons = Object.values(STATUS_STYLES).map((style) => style.icon);
    expect(new Set(icons).size).toBe(icons.length);
  });

  it.each(StatusWord.options)('%s meets WCAG AA contrast (4.5:1) on white and the CRM greys', (status) => {
    for (const background of BACKGROUNDS) {
      expect(contrast(STATUS_STYLES[status].color, background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
