/**
 * Every budget as CSV per table (数据下载): the lists of the data model (收入, 功能分类, 经济分类, 单位,
 * 项目, 核对 …), one summary file of the single figures, and every table of the document as printed (its
 * text cells and figures, row by row, with their source lines). Which lists exist is data (RECORD_FILES), so
 * a new list is one line here; the columns follow the records (flatten.ts).
 */
import type { Budget } from '../types';
import { flatCsv, flattenRecord, flattenRecords, type FlatTable } from './flatten';

export interface CsvFile {
  /** File name within the budget's folder, e.g. "functional.csv". */
  name: string;
  /** What it holds, in Chinese and in English (the data page and the archive's README list it). */
  titleZh: string;
  titleEn: string;
  /** Data rows (the header not counted). */
  rows: number;
  csv: string;
}

export type RecordField =
  | 'income'
  | 'functional'
  | 'economic'
  | 'basicByUnit'
  | 'units'
  | 'projects'
  | 'narrative'
  | 'glossary'
  | 'printedTotals'
  | 'checks'
  | 'sourceIssues'
  | 'corrections';

/** The lists of a budget that go out one file each, in the order the data page lists them. */
export const RECORD_FILES: readonly { field: RecordField; name: string; titleZh: string; titleEn: string; always?: readonly string[] }[] = [
  { field: 'income', name: 'income.csv', titleZh: '收入（按来源）', titleEn: 'Income by source' },
  {
    field: 'functional',
    name: 'functional.csv',
    titleZh: '功能分类（类、款、项）',
    titleEn: 'Functional classification (lei, kuan, xiang)',
    always: ['code', 'name', 'level', 'total', 'basic', 'project'],
  },
  { field: 'economic', name: 'economic.csv', titleZh: '经济分类', titleEn: 'Economic classification', always: ['code', 'name', 'amount', 'spending'] },
  { field: 'basicByUnit', name: 'basic-by-unit.csv', titleZh: '基本支出（按单位）', titleEn: 'Basic spending by unit' },
  { field: 'units', name: 'units.csv', titleZh: '单位', titleEn: 'Units' },
  {
    field: 'projects',
    name: 'projects.csv',
    titleZh: '项目（含项目内容、绩效目标）',
    titleEn: 'Projects (with content and targets)',
    always: ['id', 'name', 'unit', 'unitName', 'category', 'amount', 'content', 'targets', 'indicators'],
  },
  { field: 'printedTotals', name: 'printed-totals.csv', titleZh: '表中印出的合计与小计', titleEn: 'Totals and subtotals as printed' },
  { field: 'narrative', name: 'narrative.csv', titleZh: '说明文字中的数字', titleEn: 'Figures stated in the text' },
  { field: 'glossary', name: 'glossary.csv', titleZh: '名词解释', titleEn: 'Glossary' },
  { field: 'checks', name: 'checks.csv', titleZh: '数据核对（含舍入差异）', titleEn: 'Checks (incl. rounding differences)' },
  { field: 'sourceIssues', name: 'source-issues.csv', titleZh: '原文缺损', titleEn: 'Source issues' },
  { field: 'corrections', name: 'corrections.csv', titleZh: '已应用的更正', titleEn: 'Corrections applied' },
];

/** The single figures of a budget (identity, unit, totals, 三公, 政府采购 …) as path/value rows. */
export function summaryTable(b: Budget): FlatTable {
  const { id, departmentId, source, department, region, year, kind, unit, incomeTotal, expenditure, partOf, finalTotals, threePublic, procurement, profile } =
    b;
  const cells = flattenRecord({
    id,
    departmentId,
    source,
    department,
    region,
    year,
    kind,
    unit,
    incomeTotal,
    expenditure,
    partOf,
    finalTotals,
    threePublic,
    procurement,
    profile,
  });
  return { header: ['field', 'value'], rows: [...cells].map(([k, v]) => [k, v]) };
}

/** 功能分类 per fund: one file, the fund a column of its own. */
function functionalByFund(b: Budget): FlatTable {
  const rows = b.functionalByFund.flatMap((f) => f.rows.map((r) => ({ fund: f.fund, ...r })));
  return flattenRecords(rows);
}

/** One table of the document as printed: lines, its text cells, its figures (separators removed), its unit. */
export function printedTable(t: Budget['tables'][number]): FlatTable {
  const texts = Math.max(0, ...t.rows.map((r) => r.text.length));
  const values = Math.max(0, ...t.rows.map((r) => r.values.length));
  const header = [
    'table',
    'number',
    'title',
    'unit',
    'lines',
    ...Array.from({ length: texts }, (_, i) => `text_${i + 1}`),
    ...Array.from({ length: values }, (_, i) => `value_${i + 1}`),
  ];
  const rows = t.rows.map((r) => [
    t.key,
    t.number,
    t.title,
    t.unit,
    `${r.lines[0]}-${r.lines[1]}`,
    ...Array.from({ length: texts }, (_, i) => r.text[i] ?? ''),
    ...Array.from({ length: values }, (_, i) => r.values[i] ?? ''),
  ]);
  return { header, rows };
}

/** Every CSV file of one budget. Lists the document does not have (no projects printed) give no file. */
export function budgetCsvFiles(b: Budget): CsvFile[] {
  const files: CsvFile[] = [];
  const add = (name: string, titleZh: string, titleEn: string, t: FlatTable) => {
    if (t.rows.length > 0) files.push({ name, titleZh, titleEn, rows: t.rows.length, csv: flatCsv(t) });
  };
  add('summary.csv', '概况（总额、单位、三公经费等）', 'Summary (totals, unit, three public expenses …)', summaryTable(b));
  // Amounts of the lists are in the budget's unit; the column says so in every row.
  for (const f of RECORD_FILES) add(f.name, f.titleZh, f.titleEn, flattenRecords(b[f.field], recordUnit(b, f.field), f.always));
  add('functional-by-fund.csv', '功能分类（按资金来源）', 'Functional classification by fund', functionalByFund(b));
  for (const t of b.tables) add(`table-${t.key}.csv`, `原表 ${t.number} ${t.title}`, `Printed table ${t.number} (${t.title})`, printedTable(t));
  return files;
}

// The lists the data model keeps in the budget's unit get a leading amount_unit column. Printed totals,
// prose figures and checks may stand in another table's unit (a 三公 table in 万元 inside a 元 document):
// no column claims a unit for them; the printed table files carry each table's own.
const AMOUNT_LISTS: readonly RecordField[] = ['income', 'functional', 'economic', 'basicByUnit', 'projects'];

function recordUnit(b: Budget, field: RecordField): Record<string, string> {
  return AMOUNT_LISTS.includes(field) ? { amount_unit: b.unit } : {};
}
