/**
 * Phase 2 — recognise: which kind of table a printed title (表名) names.
 *
 * The same table is titled differently across years and districts (2017's 收支预算总表 is 2021's
 * 收支总体情况表); one catalog maps every known wording to a TableKind. Order matters: the longer,
 * more specific titles come first (财政拨款收支总体情况表 before 收支总体情况表).
 */
import type { TableKind } from '../model/types';
import { squash } from './cells';

interface TitlePattern {
  kind: TableKind;
  pattern: RegExp;
  /** A title of the national template (上海 and most provinces since 2015): read by readers/national. */
  national?: true;
}

// The national template's titles: an optional year (2026年 / 2025 年度) and who publishes it (部门, 预算单位,
// 单位), then the table's name; 决算 titles print neither.
const WHO = String.raw`(?:20\d{2}年度?)?(?:部门|预算单位|单位)?`;
const national = (kind: TableKind, name: string): TitlePattern => ({ kind, pattern: new RegExp(`^${WHO}${name}$`, 'u'), national: true });

// Matched against the squashed title (no spaces), with any leading 表N removed and full-width
// parentheses folded to ASCII.
const TITLES: TitlePattern[] = [
  national('summary', '财务收支预算总表'),
  national('fiscalSummary', '财政拨款收支预算总表'),
  national('income', '(?<=部门|单位)收入预算总表'),
  national('expenditure', '(?<=部门|单位)支出预算总表'),
  national('generalByFunction', '一般公共预算支出功能分类预算表'),
  national('fundByFunction', '政府性基金预算支出功能分类预算表'),
  national('stateCapitalByFunction', '国有资本经营预算支出功能分类预算表'),
  national('basicByEconomic', '一般公共预算基本支出部门预算经济分类预算表'),
  national('threePublic', '["“”]三公["“”]经费和机关运行经费预算表'),
  national('summary', '收入支出决算总表'),
  national('fiscalSummary', '财政拨款收入支出决算总表'),
  national('income', '收入决算表'),
  national('expenditure', '支出决算表'),
  national('generalByFunction', '一般公共预算财政拨款支出决算表'),
  national('basicByEconomic', '一般公共预算财政拨款基本支出决算表'),
  national('threePublic', '财政拨款["“”]三公["“”]经费支出决算表'),
  national('fundByFunction', '政府性基金预算财政拨款收入支出决算表'),
  national('stateCapitalByFunction', '国有资本经营预算财政拨款收入支出决算表'),
  { kind: 'fiscalSummary', pattern: /^财政拨款收支(总体情况表|总表)$/u },
  { kind: 'summary', pattern: /^收支(总体情况表|预算总表)$/u },
  { kind: 'income', pattern: /^收入(总体情况表|预算总表)$/u },
  { kind: 'expenditure', pattern: /^支出(总体情况表|预算总表)$/u },
  { kind: 'nonTaxIncome', pattern: /^非税收入预算表$/u },
  { kind: 'goodsServicesByUnit', pattern: /^一般公共预算安排基本支出\(商品和服务支出\)预算表$/u },
  { kind: 'generalByFunction', pattern: /^一般公共预算(支出预算表|支出情况表)\(按功能分类科目\)$/u },
  { kind: 'generalByFunction', pattern: /^一般公共预算安排基本支出和项目支出预算表$/u },
  { kind: 'fundByFunction', pattern: /^政府性基金预算(支出情况表|安排基本支出和项目支出预算表)$/u },
  { kind: 'stateCapitalByFunction', pattern: /^国有资本经营预算支出情况表$/u },
  { kind: 'basicByEconomic', pattern: /^一般公共预算基本支出情况表\(按(支出)?经济分类科目\)$/u },
  { kind: 'projectByEconomic', pattern: /^一般公共预算项目支出情况表\(按(支出)?经济分类科目\)$/u },
  { kind: 'basicByUnit', pattern: /^部门预算基本支出预算表$/u },
  { kind: 'projects', pattern: /^部门预算项目支出(及其他支出)?预算表$/u },
  { kind: 'projects', pattern: /^一般公共预算安排项目支出预算明细表$/u },
  { kind: 'specialFunds', pattern: /^市级财政专项资金预算表$/u },
  { kind: 'transfer', pattern: /^部门预算转移支付项目预算表$/u },
  { kind: 'threePublic', pattern: /^财政拨款安排的行政经费及["“”]三公["“”]经费预算表$/u },
  { kind: 'threePublic', pattern: /^一般公共预算安排["“”]三公["“”]经费和会议费支出预算表$/u },
  { kind: 'procurement', pattern: /^(项目支出)?政府采购预算表$/u },
  { kind: 'purchaseOfServices', pattern: /^政府购买服务预算表$/u },
];

const TABLE_NUMBER = /^表\s*([0-9]+|[一二三四五六七八九十]+)/u;

/** Fold the punctuation variants PDF extraction produces: （）→ (), 【】 kept. */
function fold(s: string): string {
  return squash(s).replace(/（/gu, '(').replace(/）/gu, ')');
}

export interface Title {
  kind: TableKind;
  national?: true;
  /** "表3" / "表三" when printed on the title line itself, else "". */
  number: string;
  title: string;
}

/**
 * Recognise a title line. A table-of-contents entry ("- 五、非税收入预算表") and a sentence that merely
 * mentions a table are not titles: only a line that is the title alone (optionally after 表N) counts.
 */
export function recogniseTitle(line: string): Title | null {
  // 003 titles its continuation pages "支出预算总表(续 1)": the same table, so the same title.
  let s = fold(line).replace(/\(续\d*\)$/u, '');
  if (s === '' || s.startsWith('-')) return null;
  let number = '';
  const num = TABLE_NUMBER.exec(s);
  if (num) {
    number = `表${num[1] ?? ''}`;
    s = s.slice(num[0].length);
  }
  for (const { kind, pattern, national: isNational } of TITLES) {
    if (pattern.test(s)) return { kind, ...(isNational ? { national: true as const } : {}), number, title: s.replace(/\(/gu, '（').replace(/\)/gu, '）') };
  }
  return null;
}

/**
 * Tables whose title the extraction lost: recognised by a column header only that kind prints.
 * 001 prints its 部门预算项目支出预算表 with no title at all; its header starts
 * "単位编 码 项目名称 (项目类别) 总计" (sic: the OCR read 单 as the Japanese 単).
 */
const UNTITLED: { kind: TableKind; title: string; pattern: RegExp }[] = [
  { kind: 'projects', title: '部门预算项目支出预算表', pattern: /^[单単]位编码项目名称\(项目类别\)总计/u },
  // 001's 政府采购预算表 likewise: "单位 単位名称(支出项目 政府釆购项目" (釆 for 采).
  { kind: 'procurement', title: '政府采购预算表', pattern: /^单位[单単]位名称\(支出项目(名称\))?政府[采釆]购项目/u },
];

/** A column header that starts a table whose title was lost; the title is then the kind's usual one. */
export function recogniseUntitledHeader(line: string): (Title & { inferred: true }) | null {
  const s = fold(line);
  for (const u of UNTITLED) {
    if (u.pattern.test(s)) return { kind: u.kind, number: '', title: u.title, inferred: true };
  }
  return null;
}

/** A line holding only a table number: "表 1", "表1", "表三" (right-aligned in layout-preserving text). */
export function tableNumberLine(line: string): string | null {
  const s = squash(line);
  const m = /^表([0-9]+|[一二三四五六七八九十]+)$/u.exec(s);
  return m ? `表${m[1] ?? ''}` : null;
}

/**
 * 第一部分 … 第四部分: part headings end a table block; so does the national template's prose heading
 * after its last table (其他相关情况说明).
 */
export function isPartHeading(line: string): boolean {
  return /^第[一二三四五六七八九十]部分|^其他相关情况说明$/u.test(squash(line));
}
