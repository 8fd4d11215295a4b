/**
 * National template, 一般公共预算基本支出部门预算经济分类预算表 / 一般公共预算财政拨款基本支出决算表: basic
 * spending by 经济分类 类 (301) and 款 (30101). 预算 prints 合计 / 人员经费 / 公用经费 per row; 决算 prints
 * one 决算数 per row in two column groups side by side (301… left, 302… and 310… right). The row's first
 * figure is its amount in both. Totals: 合计, 人员经费合计, 公用经费合计.
 */
import type { EconomicRow, PrintedTotal } from '../../../model/types';
import type { TableReader } from '../../facts';
import { gridRows } from '../../grid/rows';
import { ok } from '../../../model/result';

const TOTALS: { key: string; re: RegExp }[] = [
  { key: 'economic.basic.personnel', re: /^人员经费合计$/u },
  { key: 'economic.basic.public', re: /^公用经费合计$/u },
  { key: 'economic.basic.total', re: /^(合计|总计)$/u },
];

export const readNationalBasicByEconomic: TableReader = (ctx) => {
  const economic: EconomicRow[] = [];
  const printedTotals: PrintedTotal[] = [];
  // 决算 prints two column groups side by side: rows are taken class by class (301 … 30199, then 302 …
  // 30299, 310 …) so that each 款 follows its own 类, totals last.
  // (A row alone on its line may belong to either group: the class is the code's first three digits.)
  const rows = gridRows(ctx.table.body, /^3/u);
  const classOf = (code: string) => (code === '' ? '~' : code.slice(0, 3));
  const classes = [...new Set(rows.map((r) => classOf(r.code)))];
  for (const row of classes.flatMap((c) => rows.filter((r) => classOf(r.code) === c))) {
    const src = { table: ctx.table.key, lines: row.lines };
    if (row.code !== '') {
      const first = row.nums[0];
      // A row printed with a blank 决算数 spent nothing: no line (never a "0" nobody printed).
      if (first) economic.push({ code: row.code, name: row.label, amount: first.value, spending: 'basic', src });
      continue;
    }
    const total = TOTALS.find((t) => t.re.test(row.label));
    if (total && row.nums[0]) printedTotals.push({ key: total.key, amount: row.nums[0].value, src });
    // 预算 prints 合计 / 人员经费 / 公用经费 in the 合计 row.
    const [, personnel, publicUse] = row.nums;
    if (total?.key === 'economic.basic.total' && personnel && publicUse && row.nums.length === 3) {
      printedTotals.push({ key: 'economic.basic.personnel', amount: personnel.value, src });
      printedTotals.push({ key: 'economic.basic.public', amount: publicUse.value, src });
    }
  }
  return ok({ economic, printedTotals });
};
