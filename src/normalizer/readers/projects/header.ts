/**
 * What a project table's column header says: which amount columns it prints, which text columns
 * (项目内容, 绩效目标, 项目主要绩效指标) and in which order, and so which layout family the table is.
 *
 * Headers are printed over two rows and broken inside cells ("一般公/共/预算"), so the header is read
 * as one squashed string and the amount columns are put in the standard order of Guangzhou's budget
 * tables: 总计, 财政拨款 (合计, 一般公共预算, 政府性基金预算, 国有资本经营预算), 财政专户, 事业收入,
 * 经营收入, 其他资金, 上年(预)结转.
 */
import type { IncomeKey } from '../../../model/types';
import { squash } from '../../cells';
import type { TableBlock } from '../../segment';

/** An amount column: the row total, the 财政拨款 subtotal, or one income source. */
export type AmountColumn = 'total' | 'fiscal' | IncomeKey;

export type TextKind = 'content' | 'targets' | 'indicators';

/**
 * tabs: one row per line, cells separated by tabs (001, 004).
 * amountsFirst: pdftotext, the row's amounts come before its text columns (000, 002).
 * textFirst: pdftotext, the text columns come before the amount that closes the row (003 表七).
 */
export type Layout = 'tabs' | 'amountsFirst' | 'textFirst';

export interface ProjectHeader {
  columns: AmountColumn[];
  texts: TextKind[];
  layout: Layout;
}

const AMOUNT_COLUMNS: readonly { column: AmountColumn; pattern: RegExp }[] = [
  { column: 'total', pattern: /总计|\d{4}年预算/u },
  { column: 'fiscal', pattern: /合计/u },
  { column: 'generalPublic', pattern: /一般公共预算/u },
  { column: 'govFund', pattern: /政府性基金/u },
  { column: 'stateCapital', pattern: /国有资本/u },
  { column: 'fiscalSpecial', pattern: /财政专户|户管理资金|专户拨款/u },
  { column: 'business', pattern: /事业收入/u },
  { column: 'operating', pattern: /经营收入/u },
  { column: 'otherIncome', pattern: /其他资金|其他收入/u },
  { column: 'carryover', pattern: /上年预?结转/u },
];

const TEXT_COLUMNS: readonly { kind: TextKind; pattern: RegExp }[] = [
  { kind: 'content', pattern: /项目内容/u },
  { kind: 'targets', pattern: /绩效目标/u },
  { kind: 'indicators', pattern: /绩效指标/u },
];

export function headerText(table: TableBlock): string {
  return table.header
    .map((l) => squash(l.text))
    .join('')
    .replace(/（/gu, '(')
    .replace(/）/gu, ')');
}

export function readHeader(table: TableBlock): ProjectHeader {
  const text = headerText(table);
  const columns = AMOUNT_COLUMNS.filter((c) => c.pattern.test(text)).map((c) => c.column);
  const found = TEXT_COLUMNS.map((t) => ({ kind: t.kind, at: text.search(t.pattern) })).filter((t) => t.at >= 0);
  const texts = found.sort((a, b) => a.at - b.at).map((t) => t.kind);
  const firstText = Math.min(...found.map((t) => t.at), Number.POSITIVE_INFINITY);
  const amountAt = text.search(/总计|\d{4}年预算/u);
  const tabbed = [...table.header, ...table.body].filter((l) => l.text.includes('\t')).length;
  const lines = table.header.length + table.body.length;
  let layout: Layout = 'amountsFirst';
  if (lines > 0 && tabbed * 2 >= lines) layout = 'tabs';
  else if (amountAt >= 0 && firstText < amountAt) layout = 'textFirst';
  return { columns, texts, layout };
}
