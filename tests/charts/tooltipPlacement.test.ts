import { describe, expect, it } from 'vitest';
import { placeTooltip } from '../../src/charts/tooltipPlacement';

describe('placeTooltip', () => {
  const box = { boxWidth: 1000, boxHeight: 600, maxWidth: 272 };

  it('puts it below a point in the upper half, above a point in the lower half', () => {
    expect(placeTooltip({ ...box, x: 100, y: 100, align: 'start' })).toEqual({ left: 112, width: 272, top: 114 });
    expect(placeTooltip({ ...box, x: 100, y: 500, align: 'start' })).toEqual({ left: 112, width: 272, bottom: 114 });
  });

  it('starts right of a pointer, or centres over a node', () => {
    expect(placeTooltip({ ...box, x: 500, y: 10, align: 'start' }).left).toBe(512);
    expect(placeTooltip({ ...box, x: 500, y: 10, align: 'center' }).left).toBe(500 - 136);
  });

  it('stays 4 px inside the chart at both sides', () => {
    expect(placeTooltip({ ...box, x: 990, y: 10, align: 'start' }).left).toBe(1000 - 272 - 4);
    expect(placeTooltip({ ...box, x: 5, y: 10, align: 'center' }).left).toBe(4);
  });

  it('on a 375 px phone (a 343 px chart) is no wider than the chart less 8 px and lies inside it', () => {
    for (const x of [0, 100, 200, 343]) {
      for (const align of ['start', 'center'] as const) {
        const p = placeTooltip({ x, y: 50, boxWidth: 343, boxHeight: 400, maxWidth: 280, align });
        expect(p.left).toBeGreaterThanOrEqual(4);
        expect(p.left + p.width).toBeLessThanOrEqual(343 - 4);
      }
    }
    expect(placeTooltip({ x: 0, y: 0, boxWidth: 200, boxHeight: 100, maxWidth: 280, align: 'start' }).width).toBe(192);
  });
});
