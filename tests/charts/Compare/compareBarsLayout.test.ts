import { describe, expect, it } from 'vitest';
import { BARS, layoutCompareBars, type BarLineInput } from '../../../src/charts/Compare/compareBarsLayout';
import { textWidth } from '../../../src/charts/text';

const lines: BarLineInput[] = [
  {
    key: 'functional:206',
    label: '206 科学技术支出',
    depth: 0,
    amounts: ['5411.72', '1566.29'],
    texts: ['5,411.72 · 91.4%', '1,566.29 · 35.5%'],
    diffs: ['差额（2025 − 2021）：-3,845.43 (-71.1%)'],
  },
  {
    key: 'functional:20601',
    label: '20601 科学技术管理事务',
    depth: 1,
    amounts: ['5411.72', null],
    texts: ['5,411.72 · 91.4%', '未列出'],
    diffs: ['差额（2025 − 2021）：无法计算：有一份未列出此行'],
  },
  {
    key: 'functional:2010399',
    label: '2010399 其他政府办公厅(室)及相关机构事务支出［缺项］',
    depth: 2,
    amounts: ['10.53', '0.00'],
    texts: ['10.53 · 0.2%', '0.00 · 0.0%'],
    diffs: ['Difference (2025 − 2021): cannot be computed: one budget does not print this line'],
  },
];

describe('layoutCompareBars', () => {
  for (const width of [1100, 640, 320]) {
    it(`keeps every bar and text inside ${width} px and rows apart`, () => {
      const l = layoutCompareBars(lines, width);
      expect(l.width).toBe(width);
      let prevBottom = -1;
      for (const r of l.rows) {
        expect(r.y).toBeGreaterThan(prevBottom);
        prevBottom = r.y + r.height;
        for (const b of r.bars) {
          expect(b.x + b.width).toBeLessThanOrEqual(l.barX + l.barMax + 0.001);
          expect(b.textX + textWidth(b.text, BARS.valueFont)).toBeLessThanOrEqual(width + 0.001);
          expect(b.y + b.height).toBeLessThanOrEqual(r.y + r.height + 0.001);
        }
        for (const d of r.diffs) expect(d.x + textWidth(d.text, BARS.diffFont)).toBeLessThanOrEqual(width + 0.001);
        for (const t of r.labelLines) expect(t.x + textWidth(t.text, BARS.labelFont)).toBeLessThanOrEqual((width < BARS.narrowBelow ? width : l.barX) + 0.001);
      }
      expect(prevBottom).toBeLessThanOrEqual(l.height + 0.001);
    });
  }

  it('uses one scale: bar lengths are proportional to the figures', () => {
    const l = layoutCompareBars(lines, 900);
    const [a, b] = l.rows[0]!.bars;
    expect(a!.width / b!.width).toBeCloseTo(5411.72 / 1566.29, 5);
    expect(a!.width).toBeCloseTo(l.barMax, 5);
  });

  it('draws no bar where a line is not printed or is zero, a hairline where it is tiny', () => {
    const l = layoutCompareBars([...lines, { key: 'x', label: 'x', depth: 0, amounts: ['0.01', '5000.00'], texts: ['0.01', '5,000.00'], diffs: [] }], 700);
    const missing = l.rows[1]!.bars[1]!;
    expect(missing.missing).toBe(true);
    expect(missing.width).toBe(0);
    expect(l.rows[2]!.bars[1]!.width).toBe(0);
    expect(l.rows[3]!.bars[0]!.width).toBe(1);
  });

  it('puts labels above the bars on a phone, beside them on a desktop', () => {
    const narrow = layoutCompareBars(lines, 340);
    expect(narrow.barX).toBe(0);
    const r = narrow.rows[0]!;
    expect(r.bars[0]!.y).toBeGreaterThan(r.labelLines.at(-1)!.y);
    const wide = layoutCompareBars(lines, 1000);
    expect(wide.barX).toBeGreaterThan(100);
  });
});
