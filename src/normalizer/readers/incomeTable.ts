/**
 * Reader of 收入总体情况表 / 收入预算总表: income by 功能分类科目 (2021–2025) or by unit (2017: 单位编码,
 * 单位名称, with 单位类别 rows such as 行政单位 / 公益一类事业单位 / 参公事业单位), one column per source.
 *
 * The column header is a two- or three-level grid that the text extraction scrambles (pdftotext reads it
 * column by column, OCR row by row), so its reading order cannot give the column order. Instead we
 * recognise the layout family from the header's words and take its column order from the catalog below;
 * the number of amounts printed in the rows must agree, or the table is not read.
 *
 * What it contributes: printed totals for the cross-table checks (the 合计 row under the same keys as
 * 收支总体情况表: income.total, income.generalPublic …; each row's total as functional.<code>, which the
 * expenditure table and the summary also print), the other cells of each row under
 * income.byFunction.<code>.<column> / income.unit.<code>.<column> / income.unitKind.<单位类别>.<column> (as the
 * 支出 table names its per-unit rows expenditure.unit.<code>.…), and, for per-unit tables, units[].
 */
import type { Amount, Unit } from '../../model/types';
import { leadingCode, squash } from '../cells';
import type { PrintedTotal, TableContext, TableReader } from '../facts';
import { warn } from '../messages';
import { fail, ok } from '../../model/result';
import type { Row } from '../rows';
import { lineTokens, placeAmounts, trailingBlanks, type Token } from './lineTokens';

/**
 * A column of the income table. IncomeKey columns are the sources; the rest are printed subtotals
 * (本年收入合计, 财政拨款 小计/合计, 其他资金 小计) and the two parts of 财政专户拨款 that 2021–2025 print.
 */
type Column =
  | 'total'
  | 'thisYear'
  | 'fiscal'
  | 'generalPublic'
  | 'govFund'
  | 'stateCapital'
  | 'fiscalSpecial'
  | 'fiscalSpecial.educationFees' // 教育收费
  | 'fiscalSpecial.other' // 其他财政拨款收入 / 其他专户收入拨款
  | 'otherFunds'
  | 'business'
  | 'operating'
  | 'otherIncome'
  | 'superiorSubsidy'
  | 'subordinateRemit'
  | 'businessFund'
  | 'carryover';

interface Layout {
  name: string;
  /** Words the squashed header must contain, and words it must not. */
  has: readonly string[];
  hasNot: readonly string[];
  columns: readonly Column[];
}

// The layout families, in the column order printed left to right under the header.
const LAYOUTS: readonly Layout[] = [
  {
    // 2021 (海珠): 总计 | 本年收入 合计 | 财政拨款 小计 一般公共预算 政府性基金预算 国有资本经营预算 |
    // 财政专户拨款 小计 教育收费 其他财政拨款收入 | 其他资金 小计 事业收入 事业单位经营收入 其他收入 |
    // 上级补助收入 | 附属单位上缴收入 | 用事业基金弥补收支总额 | 上年预结转
    name: '2021 (本年收入 with 小计 columns)',
    has: ['小计', '教育收费'],
    hasNot: [],
    columns: [
      'total',
      'thisYear',
      'fiscal',
      'generalPublic',
      'govFund',
      'stateCapital',
      'fiscalSpecial',
      'fiscalSpecial.educationFees',
      'fiscalSpecial.other',
      'otherFunds',
      'business',
      'operating',
      'otherIncome',
      'superiorSubsidy',
      'subordinateRemit',
      'businessFund',
      'carryover',
    ],
  },
  {
    // 2023/2025: 合计 | 财政拨款收入: 一般公共预算 政府性基金预算 国有资本经营预算 | 财政专户拨款收入:
    // 教育收费 其他专户收入拨款 | 其他资金收入: 事业收入 经营收入 其他收入 | 上级补助收入 |
    // 附属单位上缴收入 | 用事业基金弥补收支差额
    name: '2023/2025 (财政拨款收入 / 财政专户拨款收入 / 其他资金收入)',
    has: ['教育收费'],
    hasNot: ['小计'],
    columns: [
      'total',
      'generalPublic',
      'govFund',
      'stateCapital',
      'fiscalSpecial.educationFees',
      'fiscalSpecial.other',
      'business',
      'operating',
      'otherIncome',
      'superiorSubsidy',
      'subordinateRemit',
      'businessFund',
    ],
  },
  {
    // 2017 (市级): 总计 | 财政拨款收入（财政补助收入）: 合计 一般公共预算 政府性基金预算 国有资本经营预算 |
    // 财政专户管理资金 | 事业收入 | 经营收入 | 上级补助收入 | 附属单位上缴收入 | 其他收入 |
    // 用事业基金弥补收支差额 | 上年结转
    name: '2017 (财政拨款收入（财政补助收入）, by unit)',
    has: ['财政专户管理资金', '上年结转'],
    hasNot: ['教育收费'],
    columns: [
      'total',
      'fiscal',
      'generalPublic',
      'govFund',
      'stateCapital',
      'fiscalSpecial',
      'business',
      'operating',
      'superiorSubsidy',
      'subordinateRemit',
      'otherIncome',
      'businessFund',
      'carryover',
    ],
  },
];

function layoutOf(header: string): Layout | undefined {
  return LAYOUTS.find((l) => l.has.every((w) => header.includes(w)) && !l.hasNot.some((w) => header.includes(w)));
}

type AmountToken = Extract<Token, { kind: 'amount' }>;

/** The row's amounts in their columns; blank cells (printed as nothing) stay undefined. */
function cellsOf(row: Row, columns: number): (Amount | undefined)[] | null {
  if (row.values.length === columns) return [...row.values];
  if (row.values.length > columns) return null;
  const amounts = lineTokens(row.valueLine).filter((t): t is AmountToken => t.kind === 'amount');
  if (amounts.length !== row.values.length) return null;
  const placed = placeAmounts(row.valueLine, amounts, columns, 0);
  const last = amounts[amounts.length - 1];
  if (!placed || !last) return null;
  // In space-laid-out text the trailing blanks must fill the row exactly; tabs at the end say nothing.
  if (!row.valueLine.slice(last.end).includes('\t')) {
    const lastCol = placed.reduce((acc, v, i) => (v !== undefined ? i : acc), -1);
    if (lastCol + 1 + trailingBlanks(row.valueLine, last.end) !== columns) return null;
  }
  return placed;
}

/** The code cell of a row: the last text cell that starts with a code (earlier cells may be header debris). */
function codeOf(text: readonly string[]): { code: string; name: string; at: number } | null {
  for (let i = text.length - 1; i >= 0; i--) {
    const cell = text[i] ?? '';
    const unit = /^(\d{6})(?!\d)\s*(.*)$/u.exec(cell.trim());
    const lc = unit ? { code: unit[1] ?? '', rest: unit[2] ?? '' } : leadingCode(cell);
    if (lc) return { code: lc.code, name: squash([lc.rest, ...text.slice(i + 1)].join('')), at: i };
  }
  return null;
}

/** First source line of a row from its code on (a row glued to a repeated header starts at the code). */
function lineOfCode(ctx: TableContext, row: Row, code: string): [number, number] {
  const line = ctx.table.body.find((l) => l.n >= row.lines[0] && l.n <= row.lines[1] && l.text.trim().startsWith(code));
  return [line?.n ?? row.lines[0], row.lines[1]];
}

function keyOf(prefix: string, column: Column): string {
  return `${prefix}.${column}`;
}

export const readIncome: TableReader = (ctx) => {
  const table = ctx.table.key;
  const header = squash(ctx.table.header.map((l) => l.text).join(''))
    .replace(/（/gu, '(')
    .replace(/）/gu, ')');
  const layout = layoutOf(header);
  if (!layout) return fail(`${table} (line ${ctx.table.lines[0]}): column header of 收入总体情况表 not recognised (no known layout of its source columns)`);
  const n = layout.columns.length;

  const printedTotals: PrintedTotal[] = [];
  const units: Unit[] = [];
  let kind: string | undefined;
  let placed = 0;
  for (const [i, row] of ctx.rows.entries()) {
    const label = squash(row.text.join(''));
    const isTotal = /^(合计|总计)$/u.test(label);
    if (i === 0 && !isTotal) {
      // 004: the first page of this table was lost in extraction; the rows start mid-table.
      ctx.warn(warn.tableIncomplete(table, row.lines, label));
    }
    const cells = cellsOf(row, n);
    if (!cells) {
      ctx.warn(warn.cellCount(table, row.lines, n, row.values.length));
      ctx.warn(warn.rowUnread(table, row.lines, label));
      continue;
    }
    placed++;
    const emit = (prefix: string, lines: [number, number], totalKey?: string) => {
      for (const [c, column] of layout.columns.entries()) {
        const amount = cells[c];
        if (amount === undefined) continue;
        const key = column === 'total' && totalKey ? totalKey : keyOf(prefix, column);
        printedTotals.push({ key, amount, src: { table, lines } });
      }
    };
    if (isTotal) {
      emit('income', row.lines);
      continue;
    }
    const coded = codeOf(row.text);
    if (coded && /^\d{6}$/u.test(coded.code)) {
      // A unit (单位编码 + 单位名称) of a per-unit table.
      const lines = lineOfCode(ctx, row, coded.code);
      emit(`income.unit.${coded.code}`, lines);
      const total = cells[0];
      units.push({
        code: coded.code,
        name: coded.name,
        ...(kind ? { kind } : {}),
        ...(total !== undefined ? { total } : {}),
        src: { table, lines },
      });
      continue;
    }
    if (coded) {
      const lines = lineOfCode(ctx, row, coded.code);
      emit(`income.byFunction.${coded.code}`, lines, `functional.${coded.code}`);
      continue;
    }
    if (/单位$/u.test(label)) {
      // 单位类别 row (行政单位, 公益一类事业单位, 参公事业单位): the subtotal of the units under it.
      kind = label;
      emit(`income.unitKind.${label}`, row.lines);
      continue;
    }
    ctx.warn(warn.rowUnread(table, row.lines, label));
  }
  if (ctx.rows.length === 0) ctx.warn(warn.tableEmpty(table, ctx.table.lines));
  // Not one row fits the layout's columns: the layout is not what the header words suggested.
  else if (placed === 0) return fail(`${table} (line ${ctx.table.lines[0]}): no row has the ${n} amount columns of layout ${layout.name}`);
  return ok({ printedTotals, ...(units.length > 0 ? { units } : {}) });
};
