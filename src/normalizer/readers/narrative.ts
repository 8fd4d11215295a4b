/**
 * Reader of the figures stated in the prose: 部门预算安排情况说明 (第三部分 in 2021, 第二部分 in 2017) /
 * 部门预算情况说明 (第三部分 in 2023/2025). They are checked against the tables (NARRATIVE_MATCHES_TABLE),
 * so each figure gets the key under which the tables print the same money.
 *
 * The prose is broken over lines anywhere, even inside words and numbers ("收支总预" / "算 1,309.71  万元"),
 * and a page footer ("- 7 -") can sit in the middle of a sentence. Each section (一、二、…) is therefore
 * joined into one run of text without white space, keeping for each character the source line it came
 * from; the patterns are matched on that run and a figure's src is the lines of its sentence.
 *
 * Which sentence states which figure depends on the section: "国有资本经营预算 0 万元" is income under
 * 二、部门预算收入预算情况说明 and expenditure under 三、…支出预算…; 2017 splits the expenditure section
 * by fund （一）一般公共预算 …（四）财政专户管理资金. A pattern only applies in its sections.
 */
import type { NarrativeFigure } from '../../model/types';
import { parseAmount, squash } from '../cells';
import type { DocumentReader } from '../facts';
import { warn } from '../messages';
import { ok } from '../../model/result';
import type { SourceLine } from '../segment';
import { isPartHeading } from '../recognise';
import { CLASS_NAMES, classCode } from './functionalClasses';

type Section = 'overall' | 'income' | 'expenditure' | 'transfer' | 'threePublic' | 'meeting' | 'adminCost' | 'procurement' | 'other' | 'skip';
/** Sub-sections of 2017's expenditure section, by fund; "lead" is the text before the first one. */
type Sub = 'lead' | 'generalPublic' | 'govFund' | 'stateCapital' | 'fiscalSpecial' | 'other';

function sectionOf(heading: string): Section {
  if (/名词解释/u.test(heading)) return 'skip';
  if (/重点项目|国有资产|绩效/u.test(heading)) return 'skip';
  if (/转移支付/u.test(heading)) return 'transfer';
  if (/三公/u.test(heading)) return 'threePublic';
  if (/会议费/u.test(heading)) return 'meeting';
  if (/机关运行经费|行政经费/u.test(heading)) return 'adminCost';
  if (/政府采购/u.test(heading)) return 'procurement';
  if (/收入预算/u.test(heading)) return 'income';
  if (/支出预算/u.test(heading)) return 'expenditure';
  if (/收支/u.test(heading)) return 'overall';
  return 'other';
}

function subOf(heading: string): Sub {
  if (/一般公共预算/u.test(heading)) return 'generalPublic';
  if (/政府性基金/u.test(heading)) return 'govFund';
  if (/国有资本经营/u.test(heading)) return 'stateCapital';
  if (/财政专户/u.test(heading)) return 'fiscalSpecial';
  return 'other';
}

// An amount as the prose prints it: "1,309.71", "4,417.5", "0", "8,000.00" (spaces already removed).
const NUM = String.raw`(?<num>-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)`;
// Not inside a longer word: the term starts after punctuation, a digit or the start of the text.
const START = String.raw`(?<![\u4e00-\u9fff])`;
const OPEN = '[（(]';
const CLOSE = '[）)]';
const QUOTE = `["“”'‘’]?`;

interface Rule {
  key: string;
  sections: readonly Section[];
  /** For the expenditure section: which parts of it (default: all). */
  subs?: readonly Sub[];
  /** The term (with its optional words) followed by the amount and 万元. */
  term: string;
}

const TOTALS: readonly Section[] = ['overall', 'income', 'expenditure'];

const RULES: readonly Rule[] = [
  { key: 'total', sections: TOTALS, term: '收支总预算' },
  { key: 'income.total', sections: TOTALS, term: '收入预算' },
  // Not 基本支出预算 / 项目支出预算 / 政府性基金支出预算 / 国有资本经营预算支出预算.
  { key: 'expenditure.total', sections: TOTALS, subs: ['lead'], term: '(?<![本目金算])支出预算' },
  { key: 'income.thisYear', sections: TOTALS, term: '本年收入(?:合计)?' },
  { key: 'expenditure.thisYear', sections: TOTALS, term: '本年支出(?:合计)?' },

  { key: 'income.fiscal', sections: ['income'], term: `财政拨款收入(?:${OPEN}财政补助收入${CLOSE})?` },
  { key: 'income.generalPublic', sections: ['income'], term: '一般公共预算(?:收入|拨款)?' },
  { key: 'income.govFund', sections: ['income'], term: '政府性基金(?:预算)?(?:收入|拨款)?' },
  { key: 'income.stateCapital', sections: ['income'], term: '国有资本经营预算(?:收入|拨款)?' },
  { key: 'income.fiscalSpecial', sections: ['income'], term: '财政专户(?:管理资金|拨款)(?:收入)?' },
  { key: 'income.business', sections: ['income'], term: '事业收入' },
  { key: 'income.operating', sections: ['income'], term: '经营收入' },
  { key: 'income.otherFunds', sections: ['income'], term: '其他资金' },
  { key: 'income.otherIncome', sections: ['income'], term: '其他收入' },
  { key: 'income.carryover', sections: ['income'], term: '上年(?:预)?结转' },

  // By fund, under the keys of the fund tables (一般公共预算支出表: generalPublic.total / .basic / .project,
  // 政府性基金: govFund.total, 国有资本经营: stateCapital.total).
  { key: 'expenditure.basic', sections: ['expenditure'], subs: ['lead'], term: `${START}基本支出` },
  { key: 'expenditure.project', sections: ['expenditure'], subs: ['lead'], term: `${START}项目支出` },
  { key: 'generalPublic.total', sections: ['expenditure'], subs: ['lead', 'generalPublic'], term: '一般公共预算(?:支出|安排基本支出和项目支出)' },
  { key: 'generalPublic.basic', sections: ['expenditure'], subs: ['generalPublic'], term: `${START}基本支出` },
  { key: 'generalPublic.project', sections: ['expenditure'], subs: ['generalPublic'], term: `${START}项目支出` },
  { key: 'govFund.total', sections: ['expenditure'], subs: ['lead', 'govFund'], term: '政府性基金(?:预算)?支出(?:预算)?' },
  { key: 'stateCapital.total', sections: ['expenditure'], subs: ['lead', 'stateCapital'], term: '国有资本经营预算(?:支出)?(?:预算)?' },
  { key: 'expenditure.fiscalSpecial', sections: ['expenditure'], subs: ['lead', 'fiscalSpecial'], term: '财政专户管理资金(?:预算)?(?:支出)?(?:预算)?' },
  { key: 'expenditure.otherFunds', sections: ['expenditure'], subs: ['lead'], term: '其他资金' },
  { key: 'expenditure.carryover', sections: ['expenditure'], subs: ['lead'], term: '上年(?:预)?结转' },

  // As the 部门预算转移支付项目预算表 prints its 合计.
  { key: 'transfer.total', sections: ['transfer'], term: '转移支付(?:预算)?(?:安排)?' },

  // Keys as reconcile.ts names the 三公 table's figures (threePublic.<part>), so that they are compared.
  { key: 'threePublic.total', sections: ['threePublic'], term: `${QUOTE}三公${QUOTE}经费(?:预算)?(?:合计)?` },
  { key: 'threePublic.outbound', sections: ['threePublic'], term: `因公出国${OPEN}境${CLOSE}(?:经费|费用|费)(?:预算)?` },
  { key: 'threePublic.vehicle', sections: ['threePublic'], term: '公务用车购置及运行(?:维护)?费(?:预算)?' },
  { key: 'threePublic.vehiclePurchase', sections: ['threePublic'], term: '公务用车购置费(?:预算)?' },
  { key: 'threePublic.vehicleOperation', sections: ['threePublic'], term: '公务用车运行(?:维护)?费(?:预算)?' },
  { key: 'threePublic.reception', sections: ['threePublic'], term: '公务接待费(?:预算)?' },
  { key: 'threePublic.meeting', sections: ['meeting', 'threePublic'], term: '会议费(?:预算)?' },
  { key: 'threePublic.adminCost', sections: ['adminCost'], term: `机关运行经费(?:${OPEN}行政经费${CLOSE})?(?:预算)?(?:安排)?(?:预算)?` },

  { key: 'procurement.total', sections: ['procurement'], term: '政府采购(?:预算)?(?:安排)?(?:预算)?' },
  { key: 'procurement.goods', sections: ['procurement'], term: '货物类?采购(?:预算)?' },
  { key: 'procurement.works', sections: ['procurement'], term: '工程类?采购(?:预算)?' },
  { key: 'procurement.services', sections: ['procurement'], term: '服务类?采购(?:预算)?' },
  { key: 'procurement.generalPublic', sections: ['procurement'], term: '一般公共预算安排' },

  // The 类 of 功能分类 by name, as in the expenditure table (functional.<code>); 2017 also states them per fund.
  ...CLASS_NAMES.flatMap((name): Rule[] => {
    const code = classCode(name) ?? '';
    return [
      { key: `functional.${code}`, sections: ['expenditure'], subs: ['lead'], term: `${START}${name}` },
      { key: `generalPublic.functional.${code}`, sections: ['expenditure'], subs: ['generalPublic'], term: `${START}${name}` },
    ];
  }),
];

/** Figures whose absence is worth a warning: every layout states them. */
const EXPECTED = ['threePublic.total', 'threePublic.adminCost', 'procurement.total'];

/** A run of joined text with, for each character, the source line it came from. */
interface Flow {
  text: string;
  lineAt: number[];
}

interface Block {
  section: Section;
  sub: Sub;
  flow: Flow;
}

const TOP_HEADING = /^[一二三四五六七八九十]+、/u;
const SUB_HEADING = /^[（(][一二三四五六七八九十]+[）)]/u;
// Page footers printed inside the text: "- 7 -", "7".
const PAGE_NUMBER = /^-?\d{1,3}-?$/u;

// Headings end "…情况", "…说明", "…解释"; a sentence that happens to start a line with "二、" does not.
function isHeading(s: string, re: RegExp): boolean {
  return re.test(s) && s.length <= 40 && !s.includes('万元') && /(?:情况|说明|解释)$/u.test(s);
}

/** The lines of the part that states the budget in prose, or [] where the document has none. */
export function narrativeLines(lines: readonly SourceLine[]): SourceLine[] {
  let best: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const s = squash(lines[i]?.text ?? '');
    if (!isPartHeading(s) || !/情况说明/u.test(s)) continue;
    const body: SourceLine[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j];
      if (!line) break;
      if (isPartHeading(squash(line.text))) break;
      if (squash(line.text) !== '') body.push(line);
    }
    // The table of contents repeats the heading with nothing (or only "- 一、…" entries) under it.
    if (body.length > best.length) best = body;
  }
  return best;
}

function blocksOf(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let current: Block = { section: 'other', sub: 'lead', flow: { text: '', lineAt: [] } };
  blocks.push(current);
  for (const line of lines) {
    const s = squash(line.text);
    if (s === '' || PAGE_NUMBER.test(s)) continue;
    if (isHeading(s, TOP_HEADING)) {
      current = { section: sectionOf(s), sub: 'lead', flow: { text: '', lineAt: [] } };
      blocks.push(current);
      continue;
    }
    if (current.section === 'expenditure' && isHeading(s, SUB_HEADING)) {
      current = { section: 'expenditure', sub: subOf(s), flow: { text: '', lineAt: [] } };
      blocks.push(current);
      continue;
    }
    current.flow.text += s;
    for (let k = 0; k < s.length; k++) current.flow.lineAt.push(line.n);
  }
  return blocks;
}

/** The source lines of the sentence around [start, end) of a flow (sentences end at 。；;). */
function sentenceLines(flow: Flow, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !/[。；;]/u.test(flow.text[a - 1] ?? '')) a--;
  let b = end;
  while (b < flow.text.length && !/[。；;]/u.test(flow.text[b] ?? '')) b++;
  const first = flow.lineAt[a] ?? flow.lineAt[start] ?? 0;
  const last = flow.lineAt[Math.min(b, flow.text.length - 1)] ?? first;
  return [first, last];
}

export const readNarrative: DocumentReader = (ctx) => {
  const lines = narrativeLines(ctx.doc.lines);
  const figures: NarrativeFigure[] = [];
  const found = new Set<string>();
  for (const block of blocksOf(lines)) {
    for (const rule of RULES) {
      if (found.has(rule.key) || !rule.sections.includes(block.section)) continue;
      if (rule.subs && block.section === 'expenditure' && !rule.subs.includes(block.sub)) continue;
      const re = new RegExp(`(?<label>${rule.term})${NUM}万元`, 'u');
      const m = re.exec(block.flow.text);
      const num = m?.groups?.num;
      const label = m?.groups?.label;
      if (!m || num === undefined || label === undefined) continue;
      const amount = parseAmount(num);
      if (!amount.ok) continue;
      found.add(rule.key);
      figures.push({
        key: rule.key,
        label,
        amount: amount.value,
        src: { table: 'narrative', lines: sentenceLines(block.flow, m.index, m.index + m[0].length) },
      });
    }
  }
  if (lines.length > 0) {
    for (const key of EXPECTED) if (!found.has(key)) ctx.warn(warn.narrativeMissing(key));
  }
  // In reading order (the rules run pattern by pattern within a section).
  figures.sort((a, b) => a.src.lines[0] - b.src.lines[0]);
  return ok({ narrative: figures });
};
