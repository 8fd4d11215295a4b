/**
 * The compare bars' scale (issue 12): every section whose ruler claims one scale is drawn to it — the
 * pixels per 万元 of every bar in those sections agree within 1 % — and a section drawn to its own scale
 * says so. Budgets are chosen from index.json (the same department in two years; budgets printed in 元
 * and in 万元 together), never hard-coded; each bar's figure is read from its data-amount and checked
 * against the budget JSON for the totals, so the attributes cannot drift from the data.
 */
import { expect, test, type Page } from '@playwright/test';
import Decimal from 'decimal.js';
import type { BudgetIndexEntry } from '../src/model/types';
import { compareScaleZh } from '../src/app/i18n/zhCompareScale';
import { compareScaleEn } from '../src/app/i18n/enCompareScale';
import { budgetOf, index, SHOTS, watchErrors } from './support/realData';

/** Two budgets of one department (the same printed department id in departmentId), oldest first. */
const sameDept = (() => {
  for (const a of index.budgets) {
    const b = index.budgets.find((x) => x.id !== a.id && x.year > a.year && x.departmentId !== undefined && x.departmentId === a.departmentId);
    if (b) return [a, b];
  }
  throw new Error('no department with two years in index.json');
})();
/** Budgets of both units: they meet in 万元, converted exactly. */
const mixedUnits = (() => {
  const yuan = index.budgets.find((b) => b.unit === '元');
  const wan = index.budgets.filter((b) => b.unit === '万元').slice(0, 2);
  if (!yuan || wan.length < 2) throw new Error('index.json has no budgets in both 元 and 万元');
  return [...wan, yuan].sort((a, b) => a.year - b.year);
})();

const SETS: { name: string; budgets: BudgetIndexEntry[] }[] = [
  { name: 'same-department', budgets: sameDept },
  { name: 'mixed-units', budgets: mixedUnits },
];

interface BarRead {
  section: string;
  scale: string | null;
  unit: string | null;
  caption: string;
  bars: { amount: string; width: number; hairline: boolean }[];
}

async function readBars(page: Page): Promise<BarRead[]> {
  return page.locator('svg[data-testid^="compare-bars-"]').evaluateAll((svgs) =>
    svgs.map((svg) => ({
      section: svg.getAttribute('data-testid') ?? '',
      scale: svg.getAttribute('data-scale'),
      unit: svg.getAttribute('data-unit'),
      caption: svg.querySelector('[data-testid$="-axis"]')?.textContent ?? '',
      bars: [...svg.querySelectorAll('rect[data-bar]')].map((r) => ({
        amount: r.getAttribute('data-amount') ?? '',
        width: r.getBoundingClientRect().width,
        hairline: r.hasAttribute('data-hairline'),
      })),
    })),
  );
}

/** Powers of ten of 元 in each unit a bar can be drawn in (English pages default to 百万元). */
const PLACES: Record<string, number> = { 元: 0, 万元: 4, 百万元: 6 };
/** An amount printed in `from` in the unit `to`, exact. */
const inUnit = (amount: Decimal, from: string, to: string): Decimal => amount.times(new Decimal(10).pow((PLACES[from] ?? NaN) - (PLACES[to] ?? NaN)));

/** Pixels per 万元 of a bar: its width over its amount in 万元 (exact). */
const pxPerWan = (width: number, amount: string, unit: string | null): number =>
  new Decimal(width).div(inUnit(new Decimal(amount), unit ?? '', '万元')).toNumber();

for (const set of SETS) {
  for (const lang of ['zh', 'en'] as const) {
    for (const width of [1280, 375]) {
      test(`${set.name}: one scale is one scale, own scales say so (${lang}, ${width} px)`, async ({ page }) => {
        const errors = watchErrors(page);
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`./#/compare?ids=${set.budgets.map((b) => b.id).join(',')}${lang === 'en' ? '&lang=en' : ''}`);
        await expect(page.getByTestId('compare-bars-totals')).toBeVisible({ timeout: 20_000 });
        // Opening every tree must not rescale anything: measure with every line shown.
        for (const b of await page.locator('[data-testid^="compare-expand-all-"]').all()) await b.click();
        const words = lang === 'zh' ? compareScaleZh : compareScaleEn;
        const sharedHead = words.shared('', '', '').slice(0, 6);
        const ownHead = words.own('', '').slice(0, 6);

        const sections = await readBars(page);
        const shared = sections.filter((s) => s.scale === 'shared');
        expect(shared.length, 'sections on the shared scale').toBeGreaterThanOrEqual(2);

        // The totals bars carry the budgets' printed totals (converted exactly where units differ).
        const totals = sections.find((s) => s.section === 'compare-bars-totals');
        expect(totals).toBeDefined();
        const unit = totals?.unit ?? '';
        // English reads million yuan by default (百万元, exact); Chinese the printed unit (万元 where units differ).
        if (lang === 'en') expect(unit).toBe('百万元');
        else expect(unit).toBe(set.budgets.every((e) => e.unit === '元') ? '元' : '万元');
        for (const e of set.budgets) {
          const total = inUnit(new Decimal(budgetOf(e.file).expenditure.total), e.unit, unit);
          expect(
            totals?.bars.some((b) => new Decimal(b.amount).equals(total)),
            `${e.id} total ${total.toFixed()} ${unit} drawn`,
          ).toBe(true);
        }

        // A hairline is drawn 1 px wide where the scale gives less ("tiny" is not "zero"): not a length to measure.
        const ratios = shared.flatMap((s) =>
          s.bars.filter((b) => !b.hairline).map((b) => ({ section: s.section, ...b, r: pxPerWan(b.width, b.amount, s.unit) })),
        );
        expect(ratios.length).toBeGreaterThan(4);
        const lo = Math.min(...ratios.map((x) => x.r));
        const hi = Math.max(...ratios.map((x) => x.r));
        expect(hi / lo, `px per 万元 from ${lo} to ${hi}`).toBeLessThanOrEqual(1.01);
        for (const s of shared) expect(s.caption).toContain(sharedHead);
        for (const s of sections.filter((x) => x.scale === 'own')) {
          expect(s.caption, `${s.section} says it has its own scale`).toContain(ownHead);
          expect(s.caption).not.toContain(sharedHead);
        }
        // Every section with bars names its scale.
        for (const s of sections.filter((x) => x.bars.length > 0)) expect(['shared', 'own']).toContain(s.scale);

        await page.screenshot({ path: `${SHOTS}/compare-scale-${set.name}-${lang}-${width}.png`, fullPage: true });
        expect(errors).toEqual([]);
      });
    }
  }
}
