/**
 * The data behind a chart, for every real budget: the treemap's rows are the level on screen with the
 * figures printed on the lines they cite (checked against the source text, not through the tree code), and
 * the Sankey's rows are its flows, each with a source reference.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartDataCsv, chartDataFileName, chartDataJson } from '../../../src/model/chartData/chartData';
import { treemapData } from '../../../src/model/chartData/treemapData';
import { sankeyData } from '../../../src/model/chartData/sankeyData';
import { parseCsv } from '../../../src/model/csv';
import type { Budget, BudgetIndex } from '../../../src/model/types';
import { printedOnLines } from '../../support/sources';

const DATA = join(process.cwd(), 'public', 'data');
const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as BudgetIndex;
const budgets = index.budgets.map((e) => JSON.parse(readFileSync(join(DATA, e.file), 'utf8')) as Budget);

describe('treemap data', () => {
  for (const b of budgets) {
    it(`${b.id}: the top level's 类 rows carry figures printed on their cited lines`, () => {
      const d = treemapData(b, [], 'function', 'total');
      expect(d.rows[0]?.role).toBe('parent');
      const cells = d.rows.slice(1);
      expect(cells.length).toBeGreaterThan(0);
      for (const r of cells) {
        expect(r.level).toBe('lei');
        if (r.amount_basis === 'printed') {
          const [a, z] = (r.src_lines ?? '').split('-').map(Number) as [number, number];
          expect(printedOnLines(b.source, [a, z], r.amount ?? ''), `${r.code} ${r.amount} on ${r.src_lines}`).toBe(true);
        }
      }
      // The CSV holds exactly these rows, with the header first.
      const csv = parseCsv(chartDataCsv(d));
      expect(csv[0]).toEqual([...d.columns]);
      expect(csv.slice(1).map((r) => r[d.columns.indexOf('amount')])).toEqual(d.rows.map((r) => r.amount));
      expect(JSON.parse(chartDataJson(d)).rows).toEqual(d.rows);
    });
  }

  it('drills: a 类 path gives its 款, and a path ending on a leaf shows the leaf among its siblings', () => {
    const b = budgets.find((x) => x.functional.some((f) => f.level === 'xiang'))!;
    const xiang = b.functional.find((f) => f.level === 'xiang')!;
    const [lei, kuan] = [xiang.code.slice(0, 3), xiang.code.slice(0, 5)];
    const drilled = treemapData(b, [lei], 'function', 'total');
    expect(drilled.rows[0]).toMatchObject({ role: 'parent', code: lei });
    expect(drilled.rows.slice(1).every((r) => r.code?.startsWith(lei) && r.level === 'kuan')).toBe(true);
    const leaf = treemapData(b, [lei, kuan, xiang.code], 'function', 'total');
    expect(leaf.rows[0]).toMatchObject({ role: 'parent', code: kuan });
    expect(leaf.rows.some((r) => r.code === xiang.code && r.role === 'cell')).toBe(true);
    expect(chartDataFileName(leaf)).toBe(`${b.id}-treemap-function-${lei}.${kuan}.${xiang.code}-total`);
  });

  it('by unit: project figures (the only measure projects have)', () => {
    const b = budgets.find((x) => x.projects.length > 0)!;
    const d = treemapData(b, [], 'unit', 'basic');
    expect(d.settings.measure).toBe('project');
    expect(d.rows.slice(1).every((r) => r.level === 'unit')).toBe(true);
  });
});

describe('sankey data', () => {
  for (const b of budgets) {
    it(`${b.id}: one row per flow, named, with a figure and its source lines`, () => {
      const d = sankeyData(b, false, (n) => `${n.kind}:${n.name}`);
      expect(d.rows.length).toBeGreaterThan(0);
      for (const r of d.rows) {
        expect(r.amount).toMatch(/^\d+(\.\d+)?$/);
        expect(r.source_name).toMatch(/^[a-zA-Z]+:/);
        expect(r.refs).toMatch(/^(t\d+|[a-z]+):\d+-\d+/);
      }
      // With 款 the file has every class flow and more.
      expect(sankeyData(b, true, (n) => n.name).rows.length).toBeGreaterThanOrEqual(d.rows.length);
    });
  }
});
