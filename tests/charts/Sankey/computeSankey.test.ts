import { describe, expect, it } from 'vitest';
import { computeSankey, NARROW_WIDTH, type SankeyPart } from '../../../src/charts/Sankey/computeSankey';
import { textWidth } from '../../../src/charts/text';
import { budget001, budget002 } from '../../fixtures/sankeyBudgets';
import { sankeyZh } from '../../../src/app/i18n/zhCharts';
import { sankeyEn } from '../../../src/app/i18n/enCharts';

function ok(r: ReturnType<typeof computeSankey>) {
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

/** Label blocks as computeSankey places them (estimated widths): none may overlap or leave the chart. */
function expectLabelsApart(part: SankeyPart, fontSize: number, lineHeight: number): void {
  const boxes = part.nodes.map((n) => ({
    id: n.node.id,
    x0: n.labelX,
    x1:
      n.labelX +
      Math.max(
        ...[...n.lines, ...n.amountLines, ...n.segments.flatMap((s) => s.lines.map((l) => `▪ ${l}`))].map((l) =>
          textWidth(l, { size: fontSize, weight: 'normal' }),
        ),
      ),
    y0: n.labelTop,
    y1: n.labelTop + (n.lines.length + n.amountLines.length + n.segments.reduce((a, s) => a + s.lines.length, 0)) * lineHeight,
  }));
  for (const b of boxes) {
    expect(b.x1, b.id).toBeLessThanOrEqual(part.width + 0.5);
    expect(b.y0, b.id).toBeGreaterThanOrEqual(-0.5);
    expect(b.y1, b.id).toBeLessThanOrEqual(part.height + 0.5);
  }
  // Clear of the flows: a label ends before the bands leaving its node start (they start after its lane).
  for (const b of boxes) {
    for (const l of part.links.filter((x) => x.geom.source === b.id)) expect(b.x1, `${b.id} under ${l.geom.id}`).toBeLessThanOrEqual(l.geom.x0);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
      expect(overlap, `${a.id} / ${b.id}`).toBe(false);
    }
  }
}

describe('computeSankey', () => {
  it('desktop: one chart with every column; labels apart and inside', () => {
    const r = ok(computeSankey(budget001(), { width: 1100, words: sankeyZh, kuan: false }));
    expect(r.parts.map((p) => p.key)).toEqual(['all']);
    expect(r.incomeRule).toBe('pool');
    const cols = new Set(r.parts[0]!.nodes.map((n) => n.box.x0));
    // 全部收入 (its sources as segments: the pass-through column is dropped), spending, 类.
    expect(cols.size).toBe(3);
    const pool = r.parts[0]!.nodes.find((n) => n.node.id === 'pool_income')!;
    expect(pool.box.x0).toBe(0);
    expect(pool.segments.map((s) => [s.node.id, s.link.amount])).toEqual([
      ['income_generalPublic', '5911.03'],
      ['income_carryover', '10.53'],
    ]);
    expect(pool.segments[1]!.y1).toBeCloseTo(pool.box.y1, 6);
    expect(r.folded).toEqual(['pool_income']);
    expectLabelsApart(r.parts[0]!, r.fontSize, r.lineHeight);
  });

  it('desktop with 款: still apart, in English too', () => {
    for (const words of [sankeyZh, sankeyEn]) {
      const r = ok(computeSankey(budget001(), { width: 1100, words, kuan: true }));
      expectLabelsApart(r.parts[0]!, r.fontSize, r.lineHeight);
    }
  });

  it('phone: two parts (income → spending, spending → classes) at one scale', () => {
    const r = ok(computeSankey(budget001(), { width: 343, words: sankeyEn, kuan: false }));
    expect(343).toBeLessThan(NARROW_WIDTH);
    expect(r.parts.map((p) => p.key)).toEqual(['income', 'spending']);
    expect(r.parts[0]!.layout.scale).toBeCloseTo(r.parts[1]!.layout.scale, 9);
    const basicA = r.parts[0]!.nodes.find((n) => n.node.id === 'spending_basic')!;
    const basicB = r.parts[1]!.nodes.find((n) => n.node.id === 'spending_basic')!;
    expect(basicA.box.y1 - basicA.box.y0).toBeCloseTo(basicB.box.y1 - basicB.box.y0, 6);
    // The joining spending nodes are marked as repeated in the second part (unique test ids).
    expect(basicA.repeated).toBe(false);
    expect(basicB.repeated).toBe(true);
    for (const p of r.parts) expectLabelsApart(p, r.fontSize, r.lineHeight);
    // No label is broken inside an English word on a phone: every Latin token of a line is a word of the label,
    // except the last of a name cut short (MAX_NAME_LINES), which ends in an ellipsis and begins a word.
    for (const p of r.parts) {
      for (const n of p.nodes) {
        const words = n.label.split(/\s+/);
        for (const w of n.lines.flatMap((l) => l.split(/\s+/))) {
          if (!/[A-Za-z]/.test(w)) continue;
          const cut = w.endsWith('…');
          expect(cut ? n.truncated && words.some((x) => x.startsWith(w.slice(0, -1))) : words.includes(w), `${n.node.id}: ${w}`).toBe(true);
        }
      }
    }
  });

  it('collects the issues of all parts once', () => {
    const b = budget002();
    b.income = [
      { ...b.income[0]!, amount: b.income[0]!.amount },
      { ...b.income[1]!, amount: '1800.00' as typeof b.incomeTotal },
    ];
    const r = ok(computeSankey(b, { width: 343, words: sankeyZh, kuan: false }));
    expect(r.issues.filter((i) => i.code === 'INCOME_NOT_SPENDING')).toHaveLength(1);
    expect(r.parts[0]!.nodes.some((n) => n.node.id === 'gap_income_shortfall')).toBe(true);
  });
});
