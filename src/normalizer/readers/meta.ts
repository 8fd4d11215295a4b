/**
 * The identity of a document: department (部门), budget year and region (区 or 广州市 for a city-level
 * department).
 *
 * Department: every table page prints "部门名称：…" or "单位名称：…" (sometimes after "单位：万元" on the
 * same line, sometimes without the colon); per-unit tables also print sub-unit names under 单位名称, so the
 * name printed most often wins. Where no table page prints it, the document title ("2021 年 广州市…局部
 * 门预算") gives it. Year: the part headings and title ("2021 年部门预算报表", "2017 年部门预算安排情况说明").
 */
import { squash } from '../cells';
import { fail, ok, type Result } from '../result';
import type { Document } from '../segment';

export interface DocumentMeta {
  department: string;
  year: number;
  region: string;
}

// "部门名称：广州市…局", "单位名称：广州市…", "部门名称 广州市…局 单位" — the name runs to the next
// white space or to "单位：万元".
const NAME_LINE = /(?:部门名称|单位名称)\s*[:：]?\s*([^\s:：]+?)(?=\s|单位[:：]|$)/u;
// A department name is a proper name, not a column header ("单位名称（功能科目）", "单位名称 总计").
const NOT_A_NAME = /[（(]|编码|名称|科目|项目|总计|合计|资金来|^\d/u;
const YEAR = /(20\d{2})年(?:度)?部门预算/u;
const TITLE = /^(20\d{2})年(.+?)(?:部门)?预算$/u;

function mostFrequent<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) {
    if (c > n) {
      best = v;
      n = c;
    }
  }
  return best;
}

/** 区 of a Guangzhou department name ("广州市海珠区…" → "海珠区"); "广州市" for a city-level one. */
export function regionOf(department: string): string {
  const district = /^广州市([\u4e00-\u9fff]{2}区)/u.exec(department);
  return district?.[1] ?? '广州市';
}

/** The document title in its first lines, joined (it is often broken: "…局部" / "门预算"). */
function titleOf(doc: Document): { year: number; department: string } | null {
  const head = doc.lines
    .slice(0, 12)
    .map((l) => squash(l.text))
    .filter((s) => s !== '');
  for (let i = 0; i < head.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(head.length, i + 4); j++) {
      joined += head[j] ?? '';
      const m = TITLE.exec(joined);
      if (m?.[1] && m[2]) return { year: Number(m[1]), department: m[2].replace(/部门$/u, '') };
    }
  }
  return null;
}

export function readMeta(doc: Document): Result<DocumentMeta> {
  const names: string[] = [];
  const years: number[] = [];
  for (const line of doc.lines) {
    const m = NAME_LINE.exec(line.text);
    const name = m?.[1] ? squash(m[1]) : '';
    if (name.length >= 4 && !NOT_A_NAME.test(name)) names.push(name);
    const y = YEAR.exec(squash(line.text));
    if (y?.[1]) years.push(Number(y[1]));
  }
  const title = titleOf(doc);
  const department = mostFrequent(names) ?? title?.department;
  const year = mostFrequent(years) ?? title?.year;
  if (!department) return fail('department name not found: no "部门名称：…" / "单位名称：…" line and no title "YYYY 年 …部门预算"');
  if (!year) return fail('budget year not found: no "YYYY 年部门预算…" heading or title');
  return ok({ department, year, region: regionOf(department) });
}
