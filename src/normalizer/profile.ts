/**
 * Phase 0 — profile: what a document is and how its text was extracted, detected once from its own text
 * before any table is read (GUIDE: "a document is read once into a profile").
 *
 * - kind: 部门决算 / 单位预算 / 部门预算, from the document's own headings (never a default keyed to a city);
 * - unit: the unit line (单位：元 / 单位：万元) printed most often with the tables; each table keeps its own
 *   unit line too (three-public tables are often 万元 inside a 元 document);
 * - city and district: from the department's printed name ("上海市普陀区…" → 上海市, 普陀区);
 * - style: how table cells reach us (column-aligned by spaces/tabs, flowing with single spaces and blank
 *   cells dropped, or one cell per line).
 */
import type { DocumentKind, DocumentProfile, MoneyUnit } from '../model/types';
import { squash } from './cells';
import { fail, ok, type Result } from '../model/result';
import type { Document } from './segment';

/** Headings that name the document kind, most specific first; matched on squashed text. */
const KIND_WORDS: { kind: DocumentKind; pattern: RegExp }[] = [
  { kind: 'final', pattern: /(部门|单位)决算(表|报告|公开)?|收入支出决算总表|支出决算表/u },
  { kind: 'unitBudget', pattern: /单位预算(表|公开|编制说明)?|单位财务收支预算总表|单位支出预算总表/u },
  { kind: 'budget', pattern: /部门预算|收支(总体情况|预算总)表|部门财务收支预算总表/u },
];

/** A unit line: "单位：元", "单位:万元", "金额单位：万元" (with or without the colon, anywhere on the line). */
const UNIT_LINE = /(?:金额)?单位\s*[:：]\s*(万元|元)(?!(?!单位|部门)[\u4e00-\u9fff])/u;

export function unitOfLine(text: string): MoneyUnit | null {
  const m = UNIT_LINE.exec(text);
  return m?.[1] === '元' || m?.[1] === '万元' ? m[1] : null;
}

/** Kind: the first of 决算 / 单位预算 / 部门预算 whose words appear in the first headings or titles. */
export function kindOf(doc: Document): DocumentKind | null {
  const counts = new Map<DocumentKind, number>();
  for (const line of doc.lines) {
    const s = squash(line.text);
    if (s.length > 60) continue; // prose mentions other documents; headings and titles are short
    for (const { kind, pattern } of KIND_WORDS) {
      if (pattern.test(s)) {
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
        break;
      }
    }
  }
  // 决算 documents also say "预算" (年初预算数 …): any 决算 heading decides; 单位预算 beats 部门预算 only
  // where it is printed at least as often (a 部门预算 mentions its units' 单位预算 in passing).
  if ((counts.get('final') ?? 0) > 0) return 'final';
  const unit = counts.get('unitBudget') ?? 0;
  const dept = counts.get('budget') ?? 0;
  if (unit > 0 && unit >= dept) return 'unitBudget';
  if (dept > 0 || unit > 0) return dept >= unit ? 'budget' : 'unitBudget';
  return null;
}

/** The unit printed most often on unit lines; null where the document prints none. */
export function documentUnit(doc: Document): MoneyUnit | null {
  const counts: Record<MoneyUnit, number> = { 元: 0, 万元: 0 };
  for (const line of doc.lines) {
    const u = unitOfLine(line.text);
    if (u) counts[u]++;
  }
  if (counts.元 === 0 && counts.万元 === 0) return null;
  return counts.元 > counts.万元 ? '元' : '万元';
}

/**
 * City and district of a department name: "上海市普陀区建设和管理委员会" → 上海市 / 普陀区;
 * "广州市人民政府政务管理办公室" → 广州市 / ""; "中共上海市普陀区委社会工作部" → 上海市 / 普陀区.
 */
export function placeOf(department: string): { city: string; district: string } {
  const name = department.replace(/^中共/u, '');
  const m = /^([\u4e00-\u9fff]{2,3}?(?:省|市|自治区))?([\u4e00-\u9fff]{1,3}?(?:市|区|县|旗))?/u.exec(name);
  let city = m?.[1] ?? '';
  let district = m?.[2] ?? '';
  // "广州市人民政府…" has no district: a two-character "人民" is not a place.
  if (/^(人民|政府)/u.test(district)) district = '';
  if (city === '' && district !== '') {
    city = district;
    district = '';
  }
  return { city, district };
}

/**
 * Extraction style of the tables, from the lines that carry amounts: runs of 2+ spaces or tabs between
 * cells mean the columns were kept ('aligned'); lines that hold a lone amount more often than not mean
 * one cell per line; otherwise cells flow with single spaces and blank cells are dropped ('flow').
 */
export function styleOf(doc: Document): DocumentProfile['style'] {
  let aligned = 0;
  let flow = 0;
  let lone = 0;
  const amount = /\d[\d,]*(?:\.\d+)?/u;
  for (const line of doc.lines) {
    const t = line.text.trim();
    if (!amount.test(t) || !/\d,\d{3}|\d\.\d{2}(?!\d)/u.test(t)) continue;
    if (/^-?[\d,]+(?:\.\d+)?$/u.test(t)) lone++;
    else if (/\S(?:\t| {2,})\S/u.test(t)) aligned++;
    else flow++;
  }
  if (lone > aligned + flow) return 'cellPerLine';
  return aligned > flow ? 'aligned' : 'flow';
}

export function detectProfile(doc: Document, department: string, template: string): Result<DocumentProfile> {
  const kind = kindOf(doc);
  if (!kind) return fail('document kind not found: no heading names it a 部门预算, 单位预算 or 部门决算');
  const unit = documentUnit(doc);
  if (!unit) return fail('no unit line (单位：元 / 单位：万元) in any table: amounts cannot be read without their unit');
  return ok({ kind, unit, ...placeOf(department), style: styleOf(doc), template });
}
