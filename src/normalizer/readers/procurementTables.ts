/**
 * Readers of the procurement tables:
 * - 政府采购预算表 (000 表13, 001 — whose title did not survive extraction: read from the 三公经费 block,
 *   see threePublicTable.ts) and 项目支出政府采购预算表 (2017, 003 表十一) → Procurement.
 * - 政府购买服务预算表 (000 表14, 001) → printed totals only (Budget has no field for it).
 *
 * Rows of a procurement table: 合计 (the table's total), 其中：货物类 / 工程类 / 服务类 (000, 001),
 * 其中：经常性项目 / 一次性项目 (003); then per unit a row "单位编码 单位名称" with the unit's total,
 * its 基本支出 / 项目支出 / 经常性项目 / 一次性项目 sub-totals and project categories (经济和社会发展类),
 * and the items: a row with a 计量单位 (and 数量 where printed) is an item; the rows above it are not.
 * In 000 the 服务类 row prints the item's names and 品目 beside its amounts: it is read as the 服务类
 * figure (the item itself is read once, under its unit).
 *
 * Procurement carries total / goods / works / services (reconcile.ts turns them into the printed totals
 * procurement.total …); the other printed figures are printed totals: procurement.<section>,
 * procurement.byUnit.<code>.total, procurement.byUnit.<code>.<section>,
 * procurement[.byUnit.<code>].category.<name>; purchaseOfServices.total / basic / project, and the same
 * byUnit keys, with each item as purchaseOfServices.byUnit.<code>.items.<name>[/<三级目录>].
 */
import type { Amount, IncomeKey, Procurement, SourceRef } from '../../model/types';
import { squash } from '../cells';
import type { Facts, PrintedTotal, TableContext, TableReader } from '../facts';
import { warn } from '../messages';
import { fail, ok, type Result } from '../../model/result';
import type { SourceLine } from '../segment';
import { columnsByBlanks, hasBlankCells, isTotalLabel, type LayoutRow, layoutRows, linesBetween, repeatedHeaderLines, sectionOf } from './layoutText';
import { labelOf, procurementCells, procurementClassOf, servicesCells } from './procurementRows';

/** An amount column: 总计, 财政拨款合计 (fiscal), or one income source. */
export type AmountColumn = 'total' | 'fiscal' | IncomeKey;

/**
 * The amount columns the header names, in the order these tables print them: 总计, 财政拨款 合计,
 * 一般公共预算, 政府性基金预算, 国有资本经营预算, 财政专户管理资金, 其他资金. (pdftotext scrambles the
 * order of the header's words, so the order is the template's, not the words'.) Without 总计 (2017:
 * 政府采购预算合计) the 合计 column is the row's total.
 */
export function amountColumnsOf(header: string): AmountColumn[] {
  const out: AmountColumn[] = [];
  if (/总计/u.test(header)) out.push('total', ...(/合计/u.test(header) ? (['fiscal'] as const) : []));
  else if (/合计/u.test(header)) out.push('total');
  const funds: [RegExp, IncomeKey][] = [
    [/一般公共/u, 'generalPublic'],
    [/政府性基/u, 'govFund'],
    [/国有资本/u, 'stateCapital'],
    [/财政专户/u, 'fiscalSpecial'],
    [/其他资金/u, 'otherIncome'],
  ];
  for (const [re, key] of funds) if (re.test(header)) out.push(key);
  return out;
}

/** The table's body without the column headers repeated on later pages. */
function bodyOf(ctx: TableContext): SourceLine[] {
  const zones = repeatedHeaderLines(linesBetween(ctx.doc.lines, ctx.table.lines[0], ctx.table.lines[1]));
  return ctx.table.body.filter((l) => !zones.has(l.n));
}

/**
 * A row's amounts in their columns (null: blank cell): tab cells in tab-separated text, the blank runs
 * of layout-preserved text otherwise. Null (with a CELL_COUNT warning) where they cannot be placed or
 * the first column (the row's total) is blank.
 */
function placeAmounts(ctx: TableContext, row: LayoutRow, width: number): (Amount | null)[] | null {
  const line = row.valueLine;
  if (!line || row.values.length === 0) return null;
  let placed: (Amount | null)[] | null = null;
  if (row.values.length === width) placed = [...row.values];
  else if (line.text.includes('\t')) {
    const cells = line.text.split('\t').map((c) => c.replace(/\s/gu, ''));
    const first = cells.indexOf((row.printed[0] ?? '').replace(/\s/gu, ''));
    const slots = first >= 0 ? cells.slice(first, first + width) : [];
    let k = 0;
    const out = slots.map((c) => (c === '' ? null : c === (row.printed[k] ?? '').replace(/\s/gu, '') ? (row.values[k++] as Amount) : undefined));
    if (k === row.values.length && !out.includes(undefined)) placed = [...(out as (Amount | null)[]), ...new Array<null>(width - out.length).fill(null)];
  } else {
    const columns = columnsByBlanks(line.text, row.offsets, row.printed, width, false);
    if (columns) {
      placed = new Array<Amount | null>(width).fill(null);
      columns.forEach((c, i) => {
        (placed as (Amount | null)[])[c] = row.values[i] as Amount;
      });
    }
  }
  if (!placed || placed[0] === null) {
    ctx.warn(warn.cellCount(ctx.table.key, row.lines, width, row.values.length));
    return null;
  }
  return placed;
}

/** Printed totals for the columns after the first: `<key>.<column>`. */
function columnTotals(key: string, placed: readonly (Amount | null)[], columns: readonly AmountColumn[], src: SourceRef): PrintedTotal[] {
  const out: PrintedTotal[] = [];
  placed.forEach((amount, i) => {
    if (i > 0 && amount !== null) out.push({ key: `${key}.${columns[i] ?? i}`, amount, src });
  });
  return out;
}

export const readProcurement: TableReader = (ctx) => procurementFromLines(ctx, ctx.table.header, bodyOf(ctx));

/** Read a procurement table from its header and body lines (also used for 001's, see above). */
export function procurementFromLines(ctx: TableContext, headerLines: readonly SourceLine[], body: readonly SourceLine[]): Result<Facts> {
  const table = ctx.table.key;
  const header = squash(headerLines.map((h) => h.text).join(''));
  const columns = amountColumnsOf(header);
  const width = columns.length;
  if (width === 0) return fail(`政府采购预算表: no amount column in its header (line ${headerLines[0]?.n ?? ctx.table.lines[0]})`);
  const catalogue = header.includes('品目');
  const tabs = body.some((l) => l.text.includes('\t'));
  const rows = layoutRows(body, (l) => (sectionOf(l.text) !== null || procurementClassOf(l.text) !== null) && hasBlankCells(l.text, width));

  const printedTotals: PrintedTotal[] = [];
  const items: Procurement['items'] = [];
  const classes: Partial<Record<'goods' | 'works' | 'services', Amount>> = {};
  const classSrc: Partial<Record<'goods' | 'works' | 'services', SourceRef>> = {};
  let total: { amount: Amount; src: SourceRef } | undefined;
  let unit: string | undefined;
  const seen = new Set<string>();
  // `first`: the row's total is a printed total too (false where Procurement carries it).
  const put = (key: string, placed: readonly (Amount | null)[], src: SourceRef, first: boolean) => {
    const unique = seen.has(key) ? `${key}#${src.lines[0]}` : key;
    seen.add(unique);
    if (first && placed[0]) printedTotals.push({ key: unique, amount: placed[0], src });
    printedTotals.push(...columnTotals(unique, placed, columns, src));
  };

  for (const row of rows) {
    const src: SourceRef = { table, lines: row.lines };
    const cells = procurementCells(row, tabs, catalogue);
    const label = labelOf(cells.cells);
    if (row.values.length === 0) {
      if (sectionOf(label) === null && procurementClassOf(label) === null) ctx.warn(warn.rowUnread(table, row.lines, label));
      continue;
    }
    const placed = placeAmounts(ctx, row, width);
    const amount = placed?.[0];
    if (!placed || !amount) continue;
    const cls = procurementClassOf(label);
    const section = sectionOf(label);
    const isItem = cells.measure !== undefined && !isTotalLabel(label) && cls === null && section === null;
    if (isTotalLabel(label) && !cells.unit) {
      // procurement.total / goods / works / services: reconcile.ts derives them from Procurement.
      if (total) ctx.warn(warn.rowUnread(table, row.lines, `${label} (a second 合计 row)`));
      total ??= { amount, src };
      put('procurement.total', placed, src, false);
    } else if (cls && !cells.unit && unit === undefined) {
      classes[cls] = amount;
      classSrc[cls] = src;
      put(`procurement.${cls}`, placed, src, false);
    } else if (section && !isItem) {
      put(unit ? `procurement.byUnit.${unit}.${section}` : `procurement.${section}`, placed, src, true);
    } else if (cells.unit && !isItem) {
      unit = cells.unit;
      put(`procurement.byUnit.${unit}.total`, placed, src, true);
    } else if (isItem) {
      const [project, name] = cells.cells.map(squash);
      if (cells.cells.length > 2)
        ctx.warn(warn.rowUnread(table, row.lines, `${cells.cells.join(' | ')} (more text cells than columns: read as 支出项目, 采购项目)`));
      const itemUnit = cells.unit ?? unit;
      const itemName = name ?? project ?? '';
      items.push({
        ...(itemUnit ? { unit: itemUnit } : {}),
        ...(name !== undefined && project ? { project } : {}),
        name: itemName,
        ...(cells.quantity ? { quantity: cells.quantity } : {}),
        ...(cells.measure ? { measure: cells.measure } : {}),
        amount,
        src,
      });
      // The item's funding columns (Procurement items have no field for them).
      put(`procurement.byUnit.${itemUnit ?? ''}.items.${project && name !== undefined ? `${project}/` : ''}${itemName}`, placed, src, false);
    } else if (/类$/u.test(label)) {
      // 项目类别 (经济和社会发展类 …): a sub-total of the unit's projects.
      put(unit ? `procurement.byUnit.${unit}.category.${label}` : `procurement.category.${label}`, placed, src, true);
    } else {
      ctx.warn(warn.rowUnread(table, row.lines, label || row.printed.join(' ')));
    }
  }
  if (!total) {
    if (rows.length === 0) {
      ctx.warn(warn.tableEmpty(table, ctx.table.lines));
      return ok({});
    }
    return fail(`政府采购预算表: no 合计 row (lines ${ctx.table.lines.join('-')})`);
  }
  const procurement: Procurement = {
    total: total.amount,
    ...classes,
    ...(Object.keys(classSrc).length > 0 ? { partsSrc: classSrc } : {}),
    items,
    src: total.src,
  };
  return ok({ procurement, printedTotals });
}

/**
 * 政府购买服务预算表: usually a 合计 row of 0.00, sometimes a few items. Budget has no field for it:
 * every printed figure becomes a printed total (see the keys above).
 */
export const readPurchaseOfServices: TableReader = (ctx) => {
  const table = ctx.table.key;
  const header = squash(ctx.table.header.map((h) => h.text).join(''));
  const columns = amountColumnsOf(header);
  const width = columns.length;
  if (width === 0) return fail(`政府购买服务预算表: no amount column in its header (line ${ctx.table.lines[0]})`);
  const body = bodyOf(ctx);
  const tabs = body.some((l) => l.text.includes('\t'));
  const rows = layoutRows(body, (l) => sectionOf(l.text) !== null && hasBlankCells(l.text, width));
  const printedTotals: PrintedTotal[] = [];
  const seen = new Set<string>();
  const put = (key: string, placed: readonly (Amount | null)[], src: SourceRef) => {
    const unique = seen.has(key) ? `${key}#${src.lines[0]}` : key;
    seen.add(unique);
    if (placed[0]) printedTotals.push({ key: unique, amount: placed[0], src });
    printedTotals.push(...columnTotals(unique, placed, columns, src));
  };
  let unit: string | undefined;
  let hasTotal = false;
  for (const row of rows) {
    const src: SourceRef = { table, lines: row.lines };
    const cells = servicesCells(row, tabs);
    const label = labelOf(cells.cells);
    if (row.values.length === 0) {
      if (sectionOf(label) === null) ctx.warn(warn.rowUnread(table, row.lines, label));
      continue;
    }
    const placed = placeAmounts(ctx, row, width);
    if (!placed) continue;
    const section = sectionOf(label);
    const scope = unit ? `purchaseOfServices.byUnit.${unit}` : 'purchaseOfServices';
    if (isTotalLabel(label) && !cells.unit) {
      hasTotal = true;
      put('purchaseOfServices.total', placed, src);
    } else if (section) {
      put(`${scope}.${section}`, placed, src);
    } else if (cells.unit && cells.unit !== unit) {
      unit = cells.unit;
      put(`purchaseOfServices.byUnit.${unit}.total`, placed, src);
    } else if (cells.cells.length >= 2) {
      // An item: 支出项目名称, then the 目录 (一级, 二级, 三级) and 购买方式.
      const name = squash(cells.cells[0] ?? '');
      const third = squash(cells.cells[3] ?? '');
      put(`${scope}.items.${name}${third ? `/${third}` : ''}`, placed, src);
    } else if (/类$/u.test(label)) {
      put(`${scope}.category.${label}`, placed, src);
    } else {
      ctx.warn(warn.rowUnread(table, row.lines, label || row.printed.join(' ')));
    }
  }
  if (rows.length === 0) ctx.warn(warn.tableEmpty(table, ctx.table.lines));
  else if (!hasTotal) return fail(`政府购买服务预算表: no 合计 row (lines ${ctx.table.lines.join('-')})`);
  return ok({ printedTotals });
};
