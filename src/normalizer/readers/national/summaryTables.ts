/**
 * National template, the two-sided summary tables: 部门财务收支预算总表 / 收入支出决算总表 (summary) and
 * 财政拨款收支预算总表 / 财政拨款收入支出决算总表 (fiscalSummary). Income labels on the left, spending on
 * the right, each label followed by its figures on the same line.
 *
 * Read line by line: a figure belongs to the label before it; an income label takes one figure. A line
 * of figures with no label (aligned text printing values above their labels: "31,214,205.80
 * 31,214,205.80" / "收入总计 支出总计") takes the labels of the next line, each figure the label that
 * starts before it.
 */
import type { Amount, FinalAccountTotals, IncomeLine, PrintedTotal } from '../../../model/types';
import { INCOME_ORDER } from '../../../model/incomeNames';
import { squash } from '../../cells';
import type { Facts, TableContext, TableReader } from '../../facts';
import { tokenize, type GridToken, type NumberToken } from '../../grid/tokens';
import { fail, ok } from '../../../model/result';
import type { SourceLine } from '../../segment';
import { classCode } from '../functionalClasses';
import { matchIncome, type IncomeKind } from '../incomeLabels';

/** Totals of both sides and the 决算 carry-over lines; matched on the label without its ordinal. */
const TOTAL_LABELS: { key: string; re: RegExp }[] = [
  { key: 'income.thisYear', re: /^本年收入合计$/u },
  { key: 'expenditure.thisYear', re: /^本年支出合计$/u },
  { key: 'income.total', re: /^收入总计$/u },
  { key: 'expenditure.total', re: /^支出总计$/u },
  { key: 'final.carriedIn', re: /^年初(?:财政拨款)?结转和结余$/u },
  { key: 'final.carriedOut', re: /^年末(?:财政拨款)?结转和结余$/u },
  { key: 'final.surplusDistribution', re: /^结余分配$/u },
  { key: 'final.nonFiscalSurplusUsed', re: /^使用非财政拨款结余$/u },
  { key: 'final.grandTotal', re: /^总计$/u },
];

const LABEL_START = /\s+(?=[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.．、]|本年|收入总计|支出总计|年初|年末|结余分配|使用非财政|总计)/u;

const ORDINAL = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.．、]\s*)/u;

interface Labelled {
  label: string;
  start: number;
  income: IncomeKind | null;
  total: string | null;
  lei: string | null;
  nums: NumberToken[];
  lines: [number, number];
}

function labelOf(text: string, start: number, lines: [number, number]): Labelled {
  const s = squash(text);
  const bare = s.replace(ORDINAL, '');
  const total = TOTAL_LABELS.find((t) => t.re.test(bare))?.key ?? null;
  const income = total ? null : (matchIncome(bare)?.kind ?? null);
  const lei = total || income ? null : (classCode(bare) ?? null);
  return { label: bare, start, income, total, lei, nums: [], lines };
}

/** The labelled figures of a table, line by line. */
function labelled(lines: readonly SourceLine[]): Labelled[] {
  const out: Labelled[] = [];
  let orphan: { nums: NumberToken[]; line: number } | null = null;
  for (const line of lines) {
    const tokens: GridToken[] = tokenize(line.text);
    const texts = tokens.filter((t) => t.kind === 'text');
    const nums = tokens.filter((t): t is NumberToken => t.kind === 'num');
    if (texts.length === 0 && nums.length > 0) {
      orphan = { nums, line: line.n };
      continue;
    }
    if (orphan && nums.length === 0) {
      // Figures printed above their labels: each figure to the label starting last before it.
      const labels = texts.map((t) => labelOf(t.text, t.start, [orphan?.line ?? line.n, line.n]));
      for (const n of orphan.nums) {
        const target = [...labels].reverse().find((l) => l.start <= n.start) ?? labels[0];
        target?.nums.push(n);
      }
      out.push(...labels);
      orphan = null;
      continue;
    }
    orphan = null;
    let current: Labelled | null = null;
    for (const t of tokens) {
      if (t.kind === 'text') {
        // Flowing text joins the two sides' labels with one space: a new label starts at an ordinal or
        // a total ("七、附属单位上缴收入 七、文化旅游体育与传媒支出").
        for (const part of t.text.split(LABEL_START)) {
          current = labelOf(part, t.start + t.text.indexOf(part), [line.n, line.n]);
          out.push(current);
        }
      } else if (current && !(current.income && current.nums.length > 0)) current.nums.push(t);
    }
  }
  return out;
}

const SOURCES: ReadonlySet<string> = new Set<string>(INCOME_ORDER);

function totalsOf(ctx: TableContext, items: readonly Labelled[], prefix: string): PrintedTotal[] {
  const out: PrintedTotal[] = [];
  const seen = new Set<string>();
  for (const l of items) {
    const first = l.nums[0];
    if (!first) continue;
    let key =
      l.total ?? (l.income === 'fiscal' || l.income === 'thisYear' || l.income === 'total' ? `income.${l.income}` : l.lei ? `functional.${l.lei}` : null);
    if (!key) continue;
    // 总计 is printed twice (收入 side, then 支出 side).
    if (key === 'final.grandTotal' && seen.has(key)) key = 'final.grandTotal.expenditure';
    seen.add(key);
    out.push({ key: `${prefix}${key}`, amount: first.value, src: { table: ctx.table.key, lines: l.lines } });
  }
  return out;
}

function finalTotals(printed: readonly PrintedTotal[]): FinalAccountTotals | undefined {
  const get = (k: string) => printed.find((p) => p.key === k);
  const income = get('income.thisYear');
  const spending = get('expenditure.thisYear');
  if (!income || !spending) return undefined;
  const opt = (k: string, name: keyof FinalAccountTotals): Partial<FinalAccountTotals> => {
    const p = get(k);
    return p ? { [name]: p.amount as Amount } : {};
  };
  return {
    incomeThisYear: income.amount,
    spendingThisYear: spending.amount,
    ...opt('final.carriedIn', 'carriedIn'),
    ...opt('final.carriedOut', 'carriedOut'),
    ...opt('final.surplusDistribution', 'surplusDistribution'),
    ...opt('final.nonFiscalSurplusUsed', 'nonFiscalSurplusUsed'),
    ...opt('final.grandTotal', 'grandTotal'),
    src: {
      table: spending.src.table,
      lines: [
        Math.min(income.src.lines[0], spending.src.lines[0]),
        Math.max(...printed.filter((p) => p.key.startsWith('final.') || p.key.endsWith('thisYear')).map((p) => p.src.lines[1])),
      ],
    },
  };
}

function bodyLines(ctx: TableContext): SourceLine[] {
  // The header ends with the column titles (项目 … 预算数/决算数); anything after them is data.
  const header = ctx.table.header;
  let last = -1;
  header.forEach((l, i) => {
    if (/预算数|决算数|项目/u.test(squash(l.text))) last = i;
  });
  return [...header.slice(last + 1), ...ctx.table.body];
}

/** 部门财务收支预算总表 / 收入支出决算总表. */
export const readNationalSummary: TableReader = (ctx) => {
  const items = labelled(bodyLines(ctx));
  if (items.every((l) => l.nums.length === 0)) return fail(`${ctx.table.title} (line ${ctx.table.lines[0]}): no income or spending figure could be read`);
  const income: IncomeLine[] = [];
  for (const l of items) {
    const n = l.nums[0];
    if (!l.income || !SOURCES.has(l.income) || !n) continue;
    income.push({ key: l.income as IncomeLine['key'], name: l.label, amount: n.value, src: { table: ctx.table.key, lines: l.lines } });
  }
  const printedTotals = totalsOf(ctx, items, '');
  const total = printedTotals.find((p) => p.key === 'income.thisYear') ?? printedTotals.find((p) => p.key === 'income.total');
  const final = ctx.profile?.kind === 'final' ? finalTotals(printedTotals) : undefined;
  const facts: Facts = { income, printedTotals, ...(total ? { incomeTotal: total.amount } : {}), ...(final ? { finalTotals: final } : {}) };
  return ok(facts);
};

/** 财政拨款收支预算总表 / 财政拨款收入支出决算总表: printed totals (fund lines compared with the summary). */
export const readNationalFiscalSummary: TableReader = (ctx) => {
  const items = labelled(bodyLines(ctx));
  const printedTotals: PrintedTotal[] = totalsOf(ctx, items, 'fiscal.');
  for (const l of items) {
    const n = l.nums[0];
    if (n && (l.income === 'generalPublic' || l.income === 'govFund' || l.income === 'stateCapital')) {
      printedTotals.push({ key: `income.${l.income}`, amount: n.value, src: { table: ctx.table.key, lines: l.lines } });
    }
  }
  return ok({ printedTotals });
};
