import { describe, expect, it } from 'vitest';
import { type Box, insetsFromBoxes } from '../../src/crm-adapters/chrome-insets';

const box = (top: number, left: number, width: number, height: number): Box => ({
  top,
  left,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

describe('insetsFromBoxes', () => {
  it('HubSpot: a 44 px toolbar and a 56 px nav', () => {
    expect(insetsFromBoxes({ top: box(0, 0, 1280, 44), left: box(44, 0, 56, 676) }, 720)).toEqual({
      top: 44,
      right: 0,
      bottom: 0,
      left: 56,
    });
  });

  it('Salesforce: a 90 px header and a 40 px utility bar at the bottom', () => {
    expect(insetsFromBoxes({ top: box(0, 0, 1280, 90), bottom: box(680, 0, 1280, 40) }, 720)).toEqual({
      top: 90,
      right: 0,
      bottom: 40,
      left: 0,
    });
  });

  it('ignores hidden bars and bars that do not touch their edge', () => {
    expect(
      insetsFromBoxes(
        { top: box(-90, 0, 1280, 90), left: box(0, 0, 0, 0), bottom: box(300, 0, 1280, 40) },
        720,
      ),
    ).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });

  it('rounds fractional layouts up, so the badge never overlaps by a sub-pixel', () => {
    expect(insetsFromBoxes({ top: box(0, 0, 1280, 43.5) }, 720).top).toBe(44);
  });
});
