/**
 * Preview images (scripts/previewImages.ts): every budget's picture is laid out exactly at its size with the
 * chart's own cells, title, total and credit; names from the data are escaped; and a machine without a CJK
 * font stops the build, naming what is missing, instead of publishing boxes.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCjkFonts, PREVIEW_SCALE, previewSvg } from '../../scripts/previewImages';
import { PREVIEW_SIZE } from '../../src/app/embed/imageEmbed';
import { escapeXml } from '../../src/charts/export/svgExport';
import { formatAmount } from '../../src/model/format';
import { toMillionYuan } from '../../src/model/displayAmount';
import { buildFunctionalTree } from '../../src/model/functionalTree';
import type { Budget, BudgetIndex } from '../../src/model/types';

const dir = join(process.cwd(), 'public', 'data');
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as BudgetIndex;
const budgets = index.budgets.map((e) => JSON.parse(readFileSync(join(dir, e.file), 'utf8')) as Budget);

describe('preview images', () => {
  for (const budget of budgets) {
    it(`${budget.id}: the treemap at ${PREVIEW_SIZE.width}×${PREVIEW_SIZE.height} with title, total, unit and credit`, () => {
      const svg = previewSvg(budget, index.crosswalk);
      const w = PREVIEW_SIZE.width / PREVIEW_SCALE;
      const h = PREVIEW_SIZE.height / PREVIEW_SCALE;
      expect(svg).toContain(`width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"`);
      expect(svg).toContain(`支出总计 ${formatAmount(budget.expenditure.total)} ${budget.unit}`);
      expect(svg).toContain(budget.source);
      expect(svg).toContain('预算透视');
      // One drawn cell per 类 that has an amount: the chart's cells, not a second drawing.
      const lei = buildFunctionalTree(budget).root.children.length;
      expect(svg.match(/<g transform="translate\(/g)?.length ?? 0).toBeGreaterThan(0);
      expect(svg.match(/<g transform="translate\(/g)?.length ?? 0).toBeLessThanOrEqual(lei + 1);
      // Nothing interactive comes along: no handlers, focus or test ids.
      expect(svg).not.toMatch(/tabindex|data-testid|role=/);
    });
  }

  for (const budget of budgets) {
    it(`${budget.id}: in English, at the same size, with English names and million yuan`, () => {
      const svg = previewSvg(budget, index.crosswalk, 'en');
      const w = PREVIEW_SIZE.width / PREVIEW_SCALE;
      const h = PREVIEW_SIZE.height / PREVIEW_SCALE;
      expect(svg).toContain(`width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"`);
      expect(svg).toContain(`Total spending ${formatAmount(toMillionYuan(budget.expenditure.total, budget.unit))} million yuan`);
      expect(svg).toContain(escapeXml(budget.departmentEn ?? budget.department));
      expect(svg).toContain(budget.source);
      expect(svg).toContain('Budget Lens');
      expect(svg).not.toContain('万元');
    });
  }

  it('escapes a hostile department name', () => {
    const [budget] = budgets;
    const svg = previewSvg({ ...budget!, department: '<script>alert(1)</script>"' }, index.crosswalk);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;');
  });

  it('stops without a CJK font, naming the font and how to install it', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-fonts-'));
    expect(() => findCjkFonts({}, [empty])).toThrow(/no CJK font \(Noto Sans CJK, NotoSansCJK-Regular\.ttc\).*fonts-noto-cjk.*CJK_FONT/);
    expect(() => findCjkFonts({ CJK_FONT: join(empty, 'missing.ttc') })).toThrow(/CJK_FONT=.*missing\.ttc does not exist/);
  });
});
