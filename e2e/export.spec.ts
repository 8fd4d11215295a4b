/**
 * Exports on the built app and the real public/data: the treemap (drilled one level) and the Sankey as
 * SVG — it parses, carries the title and the source credit, and holds the chart drawn on screen — and as
 * PNG of the expected pixel size (read from the PNG header) with the chart drawn in it; each budget's
 * project table as CSV (UTF-8 with BOM) whose figures are exactly the JSON's strings.
 * Budgets come from index.json (never hard-coded); which have a project table, from tests/fixtures/documents.ts.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Budget, IncomeKey } from '../src/model/types';
import { BOM, parseCsv } from '../src/model/csv';
import { sum, toAmount } from '../src/model/decimal';
import { watchPage } from './support/pageWatch';
import { budgetOf, index, SHOTS } from './support/realData';
import { documentOf } from '../tests/fixtures/documents';

const first = index.budgets[0]!;
const firstBudget = budgetOf(first.file);
/** Same scale as chartExport.PNG_SCALE (not imported: that module needs the DOM). */
const PNG_SCALE = 2;

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer; d: Download }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(path), d };
}

interface ParsedSvg {
  ok: boolean;
  width: number;
  height: number;
  title: string;
  desc: string;
  text: string;
  nested: number;
  rects: number;
}

/** Parse with the browser's own XML parser. */
async function parseSvg(page: Page, svg: string): Promise<ParsedSvg> {
  return page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      ok: doc.querySelector('parsererror') === null && root.localName === 'svg' && root.namespaceURI === 'http://www.w3.org/2000/svg',
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: root.querySelector(':scope > title')?.textContent ?? '',
      desc: root.querySelector(':scope > desc')?.textContent ?? '',
      text: [...root.querySelectorAll('text')].map((t) => t.textContent ?? '').join(''),
      nested: root.querySelectorAll('svg').length,
      rects: root.querySelectorAll('rect').length,
    };
  }, svg);
}

/** Width and height from the IHDR chunk: bytes 16–19 and 20–23, big-endian. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Share of pixels that are not white: the chart was drawn, not a blank canvas. */
async function inkShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i]! < 240 || px[i + 1]! < 240 || px[i + 2]! < 240) ink++;
    return ink / (px.length / 4);
  }, png.toString('base64'));
}

const KIND_ZH = { budget: '部门预算', unitBudget: '单位预算', final: '部门决算' } as const;
const creditOf = (b: Budget) => `来源：${b.department} ${b.year} 年${KIND_ZH[b.kind]}，原文文件 ${b.source} · 预算透视`;
const squash = (s: string) => s.replace(/\s/g, '');

test('treemap drilled one level: SVG with title and credit, PNG of the expected size', async ({ page }) => {
  const watch = watchPage(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`./#/budget/${first.id}/treemap`);
  const cell = page.locator('[data-testid^="treemap-node-"][data-drillable]').first();
  const key = (await cell.getAttribute('data-key'))!;
  await cell.click();
  await expect(page.getByTestId('treemap-up')).toBeVisible();
  await page.mouse.move(1, 1);
  const crumb = (await page.getByTestId('treemap-crumb-current').textContent()) ?? '';
  const cellsOnScreen = await page.locator('[data-testid^="treemap-node-"]').count();
  const labelOnScreen = (await page.locator('[data-testid^="treemap-node-"] text').first().textContent()) ?? '';
  const chartWidth = Number(await page.getByTestId('treemap-svg').getAttribute('width'));

  const svgFile = await download(page, 'export-svg');
  expect(svgFile.name).toBe(`${first.id}-treemap-${key}.svg`);
  const svg = svgFile.bytes.toString('utf8');
  writeFileSync(join(SHOTS, `export-${first.id}-treemap.svg`), svg);
  const parsed = await parseSvg(page, svg);
  expect(parsed.ok).toBe(true);
  expect(parsed.title).toBe(`${firstBudget.department} ${firstBudget.year} · 矩形树图 · ${crumb}`);
  // The credit ends with the source view's address of the level drawn (its 类 line, marked there).
  const drilled = firstBudget.functional.find((f) => f.code === key)!;
  const sourceUrl = new URL(`#/source/${first.id}?lines=${drilled.src.lines[0]}-${drilled.src.lines[1]}&table=${drilled.src.table}`, page.url()).href;
  // …and then the published CSV of the lines drawn (data/downloads), a file the site serves.
  const dataUrl = new URL(`data/downloads/${first.id}/functional.csv`, page.url()).href;
  expect(parsed.desc).toBe(`${creditOf(firstBudget)} · 原文：${sourceUrl} · 数据：${dataUrl}`);
  const csv = await page.request.get(dataUrl);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(drilled.name);
  expect(squash(parsed.text)).toContain(squash(parsed.title));
  expect(squash(parsed.text)).toContain(squash(creditOf(firstBudget)));
  expect(parsed.text).toContain(`单位：${firstBudget.unit}`);
  expect(parsed.text).toContain(labelOnScreen);
  // The legend on screen is in the image too: its title and each entry with its colour.
  const legendItems = page.locator('[data-testid="treemap-legend"] li');
  expect(await legendItems.count()).toBeGreaterThan(0);
  expect(parsed.text).toContain(await page.getByTestId('treemap-legend').locator('figcaption').textContent());
  for (const li of await legendItems.all()) {
    expect(squash(parsed.text)).toContain(squash((await li.textContent())!.trim()));
    expect(svg).toContain(`fill="${await li.getAttribute('data-fill')}"`);
  }
  expect(parsed.nested).toBe(1);
  expect(parsed.rects).toBeGreaterThanOrEqual(cellsOnScreen);
  expect(parsed.width).toBe(chartWidth + 32);

  const pngFile = await download(page, 'export-png');
  expect(pngFile.name).toBe(`${first.id}-treemap-${key}.png`);
  writeFileSync(join(SHOTS, `export-${first.id}-treemap.png`), pngFile.bytes);
  expect(pngSize(pngFile.bytes)).toEqual({ width: parsed.width * PNG_SCALE, height: parsed.height * PNG_SCALE });
  expect(await inkShare(page, pngFile.bytes)).toBeGreaterThan(0.3);
  await expect(page.getByTestId('export-status')).toHaveText('');
  // The address in the image leads to the line, marked and in view.
  await page.goto(sourceUrl);
  await expect(page.getByTestId('source-cited')).toBeInViewport();
  await expect(page.getByTestId('source-cited').locator('[data-line]').first()).toHaveAttribute('data-line', String(drilled.src.lines[0]));
  expect(watch.cspViolations).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('Sankey on a phone (two parts): one SVG with both parts and their captions, PNG of the expected size', async ({ page }) => {
  const watch = watchPage(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`./#/budget/${first.id}/sankey`);
  await expect(page.getByTestId('sankey-svg')).toBeVisible();
  const parts = await page.locator('svg[data-export-part]').count();
  const svgFile = await download(page, 'export-svg');
  expect(svgFile.name).toBe(`${first.id}-sankey.svg`);
  const svg = svgFile.bytes.toString('utf8');
  writeFileSync(join(SHOTS, `export-${first.id}-sankey-375.svg`), svg);
  const parsed = await parseSvg(page, svg);
  expect(parsed.ok).toBe(true);
  expect(parsed.title).toBe(`${firstBudget.department} ${firstBudget.year} · 资金流向`);
  expect(squash(parsed.text)).toContain(squash(creditOf(firstBudget)));
  // The stack of the two parts (and the image around them), each placed inside the image with its caption.
  expect(parts).toBe(2);
  expect(parsed.nested).toBe(parts + 1);
  const captions = await page.getByTestId('sankey-part-caption').allTextContents();
  expect(captions).toHaveLength(parts);
  for (const caption of captions) expect(parsed.text).toContain(caption);
  // Every node's amount as shown is in the file.
  for (const amount of (await page.getByTestId('sankey-label-amount').allTextContents()).slice(0, 5)) expect(parsed.text).toContain(amount);

  const pngFile = await download(page, 'export-png');
  writeFileSync(join(SHOTS, `export-${first.id}-sankey-375.png`), pngFile.bytes);
  expect(pngSize(pngFile.bytes)).toEqual({ width: parsed.width * PNG_SCALE, height: parsed.height * PNG_SCALE });
  expect(await inkShare(page, pngFile.bytes)).toBeGreaterThan(0.05);
  expect(watch.cspViolations).toEqual([]);
  expect(watch.errors).toEqual([]);
});

for (const entry of index.budgets) {
  const budget = budgetOf(entry.file);
  const doc = documentOf(budget.source);
  if (!doc.projectTable) {
    test(`${entry.id}: no project table, no project CSV (${doc.noProjectTable})`, async ({ page }) => {
      const watch = watchPage(page);
      await page.goto(`./#/budget/${entry.id}/tables`);
      await expect(page.getByTestId('tables-tab-functional')).toBeVisible();
      await expect(page.getByTestId('tables-tab-projects')).toHaveCount(0);
      expect(budget.projects).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
    continue;
  }
  test(`${entry.id}: the project table's CSV round-trips every figure exactly`, async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(`./#/budget/${entry.id}/tables`);
    await page.getByTestId('tables-tab-projects').click();
    await expect(page.getByTestId('tables-table-projects')).toBeVisible();
    const file = await download(page, 'tables-csv');
    expect(file.name).toBe(`${entry.id}-projects.csv`);
    const text = file.bytes.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(text);
    // The first column is the row's level in the tree (层级: 1 for every project).
    expect(header?.slice(0, 3)).toEqual(['层级', '项目名称', '金额']);
    // One line per project in printed order, then the totals (and the printed total where there is one).
    const lines = rows.slice(0, budget.projects.length);
    const funding = budget.income.map((l) => [l.key, header!.indexOf(l.name)] as const).filter(([, i]) => i >= 0) as [IncomeKey, number][];
    budget.projects.forEach((p, i) => {
      const line = lines[i]!;
      expect(line[1]).toBe(p.name);
      expect(line[2]).toBe(p.amount);
      for (const [k, col] of funding) expect(line[col]).toBe(p.funding?.[k] ?? '');
    });
    const totals = rows[budget.projects.length]!;
    expect(totals[2]).toBe(toAmount(sum(budget.projects.map((p) => p.amount))));
    expect(watch.errors).toEqual([]);
  });
}
