/**
 * The compare page (#/compare?ids=…) on the built app and the real public/data. Budgets are chosen from
 * index.json and data/departments.json (the same department in two years; a budget inside another),
 * never hard-coded; every expected figure is computed here from the budget JSON with decimal.js.
 *
 * - Every line's difference on screen equals the one computed from the JSON, and every line is there.
 * - A line whose printed name differs between the years is flagged in words, with both names.
 * - A budget inside another (000 in 001) gets a containment warning and no combined total.
 * - Entry points: the catalog's checkboxes and the budget page's "compare with another year".
 * - CSV of the compare table, SVG of the bars, the embed twin and its dialog; screenshots at 1280/375.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import type { Budget, BudgetIndexEntry } from '../src/model/types';
import { parseCsv } from '../src/model/csv';
import { budgetOf as budgetIn, index, SHOTS, watchErrors as watch } from './support/realData';

const departments = JSON.parse(readFileSync(join(process.cwd(), 'data', 'departments.json'), 'utf8')) as {
  departments: { id: string; names: string[] }[];
};
const crosswalk = JSON.parse(readFileSync(join(process.cwd(), 'data', 'crosswalk.json'), 'utf8')) as {
  entries: { scheme: string; code: string; reason: string; reasonZh?: string }[];
};
const budgetOf = (e: BudgetIndexEntry) => budgetIn(e.file);

const deptOf = (e: BudgetIndexEntry) => departments.departments.find((d) => d.names.includes(e.department))?.id;
/** Two budgets of one department in different years (001 ↔ 002), oldest first. */
const sameDeptPair = (() => {
  for (const a of index.budgets) {
    const b = index.budgets.find((x) => x.id !== a.id && x.year > a.year && deptOf(x) !== undefined && deptOf(x) === deptOf(a));
    if (b) return [a, b] as const;
  }
  throw new Error('no department with two years in index.json');
})();
/** A budget that is a unit of another (000 in 001). */
const containedPair = (() => {
  const part = index.budgets.find((b) => b.partOf);
  const whole = part ? index.budgets.find((b) => b.id === part.partOf?.budget) : undefined;
  if (!part || !whole) throw new Error('no budget inside another in index.json');
  return [part, whole] as const;
})();

const fold = (s: string) =>
  s
    .replace(/^\s*[一二三四五六七八九十]+、\s*/u, '')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Each line's figure per budget, computed from the JSON as the compare model is documented to. */
function figures(b: Budget): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  const add = (k: string, a: string) => out.set(k, (out.get(k) ?? new Decimal(0)).plus(a));
  for (const m of ['total', 'basic', 'project'] as const) out.set(`total:${m}`, new Decimal(b.expenditure[m]));
  for (const l of b.income) add(`income:${l.key}`, l.amount);
  const dept = b.functional.filter((r) => r.unit === undefined);
  const rows = dept.length > 0 ? dept : b.functional.filter((r) => r.unit !== undefined);
  const seen = new Set<string>();
  for (const r of rows) {
    // Department-wide rows: one per code (the first); per-unit rows: added by code.
    if (dept.length > 0 && seen.has(r.code)) continue;
    seen.add(r.code);
    add(`functional:${r.code}`, r.total);
  }
  // 类/款 printed nowhere above printed children: the sum of the children (deepest first).
  const parent = (c: string) => (c.length === 7 ? c.slice(0, 5) : c.length === 5 ? c.slice(0, 3) : null);
  for (const len of [7, 5]) {
    const derived = new Map<string, Decimal>();
    for (const [k, v] of out) {
      const code = k.startsWith('functional:') ? k.slice(11) : '';
      const p = code.length === len ? parent(code) : null;
      if (p && !seen.has(p)) derived.set(p, (derived.get(p) ?? new Decimal(0)).plus(v));
    }
    for (const [p, v] of derived) out.set(`functional:${p}`, v);
  }
  for (const r of b.economic) add(`economic:${r.spending}:${r.code}`, r.amount);
  return out;
}

async function openCompare(page: Page, ids: readonly string[], lang = 'zh'): Promise<void> {
  await page.goto(`./#/compare?ids=${ids.join(',')}${lang === 'en' ? '&lang=en' : ''}`);
  await expect(page.getByTestId('compare-content')).toBeVisible();
}

async function expandAll(page: Page): Promise<void> {
  for (const b of await page.locator('[data-testid^="compare-expand-all-"]').all()) {
    if ((await b.textContent())?.includes('展开') || (await b.textContent())?.includes('Expand')) await b.click();
  }
}

/** "+1,234.56" / "-0.50" / "0.00" → Decimal. */
const onScreen = (text: string) => new Decimal(text.replace(/[,+\s]/g, ''));

test('compare the same department in two years: every difference on screen equals the JSON', async ({ page }) => {
  const errors = watch(page);
  const [a, b] = sameDeptPair;
  const fa = figures(budgetOf(a));
  const fb = figures(budgetOf(b));
  await page.setViewportSize({ width: 1280, height: 900 });
  await openCompare(page, [a.id, b.id]);
  await expandAll(page);

  const expectedKeys = new Set([...fa.keys(), ...fb.keys()]);
  const rows = page.locator('[data-testid^="compare-row-"]');
  const keys = await rows.evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').slice('compare-row-'.length)));
  expect(new Set(keys)).toEqual(expectedKeys);
  expect(keys.length).toBe(expectedKeys.size);

  const cells = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid^="compare-row-"]')].map((row) => {
      const key = (row.getAttribute('data-testid') ?? '').slice('compare-row-'.length);
      const diff = row.querySelector('[data-testid^="compare-diff-"][data-testid$="-0"]');
      return {
        key,
        diffText: diff?.querySelector('[data-testid="compare-diff-value"]')?.textContent ?? null,
        diffAttr: diff?.getAttribute('data-difference') ?? null,
        a: row.querySelector('[data-testid^="compare-cell-"][data-testid$="-0"]')?.getAttribute('data-amount') ?? null,
        b: row.querySelector('[data-testid^="compare-cell-"][data-testid$="-1"]')?.getAttribute('data-amount') ?? null,
      };
    }),
  );
  let compared = 0;
  for (const c of cells) {
    const x = fa.get(c.key);
    const y = fb.get(c.key);
    expect(c.a === null ? null : new Decimal(c.a).toString(), `${c.key} in ${a.id}`).toBe(x?.toString() ?? null);
    expect(c.b === null ? null : new Decimal(c.b).toString(), `${c.key} in ${b.id}`).toBe(y?.toString() ?? null);
    if (x && y) {
      expect(c.diffText, c.key).not.toBeNull();
      expect(onScreen(c.diffText ?? '').equals(y.minus(x)), `${c.key}: ${c.diffText} ≠ ${y.minus(x).toString()}`).toBe(true);
      expect(new Decimal(c.diffAttr ?? 'NaN').equals(y.minus(x))).toBe(true);
      compared++;
    } else {
      expect(c.diffText, `${c.key}: no difference when a budget does not print the line`).toBeNull();
    }
  }
  expect(compared).toBeGreaterThan(20);
  expect(errors).toEqual([]);
});

test('a line printed under different names is flagged in words, with each year’s name and the reason', async ({ page }) => {
  const [a, b] = sameDeptPair;
  const ba = budgetOf(a);
  const bb = budgetOf(b);
  const nameIn = (x: Budget, code: string) => x.functional.find((r) => r.code === code && r.unit === undefined)?.name;
  const renamed = ba.functional.find((r) => {
    const other = nameIn(bb, r.code);
    return r.unit === undefined && other !== undefined && fold(other) !== fold(r.name);
  });
  expect(renamed, 'the two years print some functional line under different names').toBeDefined();
  const code = renamed!.code;
  await openCompare(page, [a.id, b.id]);
  await expandAll(page);
  const flag = page.getByTestId(`compare-flag-renamed-functional:${code}`);
  await expect(flag).toBeVisible();
  await expect(flag).toHaveText('名称不同');
  const notes = page.getByTestId(`compare-notes-functional:${code}`);
  await expect(notes).toContainText(renamed!.name.replace(/^[一二三四五六七八九十]+、/, ''));
  await expect(notes).toContainText(nameIn(bb, code)!.replace(/^[一二三四五六七八九十]+、/, ''));
  // The renamed line (208: 001 prints 社会保障和就业出, 002 社会保障和就业支出) has its reason in data/crosswalk.json.
  // Each page gives it in its own language (issue 12): reasonZh here, reason on the English page.
  const entry = crosswalk.entries.find((e) => e.scheme === 'functional' && e.code === code);
  expect(entry?.reasonZh, `a Chinese crosswalk reason for ${code}`).toBeDefined();
  await expect(notes).toContainText(entry!.reasonZh!.slice(0, 40));
  await expect(notes).not.toContainText(entry!.reason.slice(0, 40));
  // A line only one year prints is flagged as missing, in words (e.g. 2080501, printed by 002 only).
  const onlyB = bb.functional.find((r) => r.unit === undefined && nameIn(ba, r.code) === undefined);
  if (!onlyB) throw new Error(`${b.id} prints no line that ${a.id} lacks`);
  await expect(page.getByTestId(`compare-flag-missing-functional:${onlyB.code}`)).toBeVisible();
  await expect(page.getByTestId(`compare-notes-functional:${onlyB.code}`)).toContainText(String(a.year));
  await page.getByTestId(`compare-row-functional:${code}`).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'compare-renamed-1280.png'), fullPage: false });

  await openCompare(page, [a.id, b.id], 'en');
  await expandAll(page);
  const notesEn = page.getByTestId(`compare-notes-functional:${code}`);
  await expect(notesEn).toContainText(entry!.reason.slice(0, 40));
  await expect(notesEn).not.toContainText(entry!.reasonZh!.slice(0, 40));
});

test('comparing a unit with the department that contains it warns, and offers no combined total', async ({ page }) => {
  const errors = watch(page);
  const [part, whole] = containedPair;
  for (const lang of ['zh', 'en'] as const) {
    await openCompare(page, [part.id, whole.id], lang);
    const warning = page.getByTestId('compare-containment');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(part.partOf!.unitCode);
    // Departments by their English names in English (data/names-en.json), as printed in Chinese.
    await expect(warning).toContainText(lang === 'en' ? (part.departmentEn ?? part.department) : part.department);
    await expect(warning).toContainText(lang === 'en' ? (whole.departmentEn ?? whole.department) : whole.department);
    await expect(warning).toContainText(lang === 'zh' ? '不能相加' : 'never add');
    await expect(page.getByTestId('compare-no-combined')).toBeVisible();
    await expect(page.getByTestId('compare-combine')).toHaveCount(0);
    await expect(page.getByTestId('compare-combined')).toHaveCount(0);
  }
  // The warning comes before any figure.
  const warnY = (await page.getByTestId('compare-containment').boundingBox())?.y ?? Infinity;
  const firstTable = (await page.getByTestId('compare-table').first().boundingBox())?.y ?? 0;
  expect(warnY).toBeLessThan(firstTable);
  await page.setViewportSize({ width: 375, height: 800 });
  await openCompare(page, [part.id, whole.id]);
  await page.getByTestId('compare-containment').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'compare-containment-375.png'), fullPage: false });
  expect(errors).toEqual([]);
});

test('from the catalog: tick two budgets, compare; from a budget page: compare with another year', async ({ page }) => {
  const errors = watch(page);
  const [a, b] = sameDeptPair;
  await page.goto('./#/');
  await expect(page.getByTestId('catalog-compare')).toBeDisabled();
  await page.getByTestId(`catalog-pick-${b.id}`).check();
  await page.getByTestId(`catalog-pick-${a.id}`).check();
  await page.getByTestId('catalog-compare').click();
  await expect(page.getByTestId('compare-content')).toHaveAttribute('data-ids', `${a.id},${b.id}`);
  expect(page.url()).toContain(`#/compare?ids=${a.id},${b.id}`);

  await page.goto(`./#/budget/${a.id}/treemap`);
  const link = page.getByTestId(`compare-year-${b.id}`);
  await expect(link).toBeVisible();
  await expect(link).toContainText(String(b.year));
  await link.click();
  await expect(page.getByTestId('compare-content')).toHaveAttribute('data-ids', `${a.id},${b.id}`);
  // A budget with no other year of its department offers no such link.
  // (003, 004 and the 上海 budgets are the only year of their department here.)
  const alone = index.budgets.find((x) => !index.budgets.some((y) => y.id !== x.id && deptOf(y) !== undefined && deptOf(y) === deptOf(x)));
  if (!alone) throw new Error('every budget has another year of its department');
  await page.goto(`./#/budget/${alone.id}/treemap`);
  await expect(page.getByTestId('headline-total')).toBeVisible();
  await expect(page.getByTestId('other-years')).toHaveCount(0);
  // The picker on the compare page changes the selection through the URL.
  await openCompare(page, [a.id, b.id]);
  await page.getByTestId('compare-picker').locator('summary').click();
  await page.getByTestId(`compare-pick-${a.id}`).uncheck();
  await expect(page.getByTestId('compare-apply')).toBeDisabled();
  expect(errors).toEqual([]);
});

test('the compare table as CSV: exact amounts and differences; the bars as SVG', async ({ page }) => {
  const [a, b] = sameDeptPair;
  const fa = figures(budgetOf(a));
  const fb = figures(budgetOf(b));
  await openCompare(page, [a.id, b.id]);
  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-csv').click()]);
  expect(csvDl.suggestedFilename()).toMatch(/^compare-.*\.csv$/);
  const text = readFileSync(await csvDl.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(text);
  expect(header!.length).toBeGreaterThan(6);
  // Section, code, name, amount A, share A, amount B, share B, difference, change, …
  const total = rows.find((r) => r[2] === '支出总计');
  expect(total?.[3]).toBe(budgetOf(a).expenditure.total);
  expect(total?.[5]).toBe(budgetOf(b).expenditure.total);
  const functional = rows.filter((r) => r[0]?.includes('功能分类'));
  expect(functional.length).toBeGreaterThan(5);
  for (const r of functional) {
    const x = fa.get(`functional:${r[1]}`);
    const y = fb.get(`functional:${r[1]}`);
    expect(r[3], `${r[1]} in ${a.id}`).toBe(x ? r[3] : '');
    if (x && y) expect(new Decimal(r[7]!).equals(y.minus(x)), `${r[1]}`).toBe(true);
    else expect(r[7]).toBe('');
  }
  expect(rows.length).toBe(new Set([...fa.keys(), ...fb.keys()]).size);

  const [svgDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  const svg = readFileSync(await svgDl.path(), 'utf8');
  expect(svgDl.suggestedFilename()).toMatch(/^compare-.*\.svg$/);
  const parsed = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    return {
      ok: doc.querySelector('parsererror') === null,
      rects: doc.querySelectorAll('rect').length,
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(''),
    };
  }, svg);
  expect(parsed.ok).toBe(true);
  expect(parsed.rects).toBeGreaterThan(6);
  expect(parsed.text).toContain('支出总计');
  expect(parsed.text).toContain(a.department);
  expect(parsed.text).toContain(a.source);
});

test('the embed twin shows the comparison alone; the embed dialog gives its code', async ({ page }) => {
  const errors = watch(page);
  const [part, whole] = containedPair;
  await openCompare(page, [part.id, whole.id]);
  await page.getByTestId('embed-button').click();
  const code = await page.getByTestId('embed-code').inputValue();
  expect(code).toContain(`#/embed/compare?ids=${part.id},${whole.id}`);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('embed-button')).toBeFocused();

  await page.goto(`./#/embed/compare?ids=${part.id},${whole.id}&lang=en`);
  await expect(page.getByTestId('embed-page')).toBeVisible();
  await expect(page.getByTestId('site-header')).toHaveCount(0);
  await expect(page.getByTestId('embed-title')).toContainText(part.departmentEn ?? part.department);
  await expect(page.getByTestId('compare-containment')).toBeVisible();
  await expect(page.getByTestId('embed-source')).toContainText(part.source);
  await expect(page.getByTestId('embed-full-link')).toHaveAttribute('href', new RegExp(`#/compare\\?ids=${part.id},${whole.id}&lang=en$`));
  await expect(page.getByTestId('compare-picker')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('screenshots at 1280 and 375 px; no serious accessibility violations; nothing spills out', async ({ page }) => {
  // Two widths, each with a full-page screenshot and an axe scan of the whole expanded page.
  test.slow();
  const errors = watch(page);
  const [a, b] = sameDeptPair;
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await openCompare(page, [a.id, b.id], width === 375 ? 'en' : 'zh');
    await expandAll(page);
    await page.screenshot({ path: join(SHOTS, `compare-${width}.png`), fullPage: true });
    await page.getByTestId('compare-section-functional').screenshot({ path: join(SHOTS, `compare-functional-${width}.png`) });
    // The page itself never scrolls sideways (wide tables scroll inside their own box).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // Bar texts stay inside their SVG.
    const spill = await page.evaluate(() =>
      [...document.querySelectorAll('svg[data-testid^="compare-bars-"]')].flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().right > box.right + 1).map((t) => t.textContent);
      }),
    );
    expect(spill).toEqual([]);
    const axe = await new AxeBuilder({ page }).include('[data-testid="compare-page"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
  expect(errors).toEqual([]);
});
