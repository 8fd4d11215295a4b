/**
 * The identity of a document: department (部门) and year. Its place (city, district) is in the profile
 * (profile.ts placeOf), read from the department name, never a default.
 *
 * Department: every table page prints "部门名称：…" or "单位名称：…" (sometimes after "单位：万元" on the
 * same line, sometimes without the colon); per-unit tables also print sub-unit names under 单位名称, so the
 * name printed most often wins. Where no table page prints it, the document title ("2021 年 广州市…局部
 * 门预算") gives it. Year: the part headings and title ("2021 年部门预算报表", "2017 年部门预算安排情况说明").
 */
import { squash } from '../cells';
import { fail, ok, type Result } from '../../model/result';
import type { Document } from '../segment';

export interface DocumentMeta {
  department: string;
  year: number;
}

// "部门名称：广州市…局", "单位名称：广州市…", "部门名称 广州市…局 单位" — the name runs to the next
// white space or to "单位：万元".
const NAME_LINE = /(?:(?:部门名称|单位名称)\s*[:：]?|(?:编制部门|编制单位|预算主管部门|预算单位)\s*[:：])\s*([^\s:：]+?)(?=\s|单位[:：]|$)/u;
// A department name is a proper name, not a column header ("单位名称（功能科目）", "单位名称 总计").
const NOT_A_NAME = /[（(](?!本级[)）]$)|编码|名称|科目|项目|总计|合计|资金来|^\d/u;
const YEAR = /(20\d{2})年(?:度)?(?:区级|市级)?(?:部门|单位)(?:预算|决算)/u;
const TITLE = /^(20\d{2})年(.+?)(?:部门)?预算$/u;
// "中共上海市普陀区委社会工作部2024年度部门决算", "上海市普陀区社会福利院2024年单位预算": name first.
const TITLE_NAME_FIRST = /^(.+?[局委会部办处院所中心站队馆室])(20\d{2})年度?(?:部门|单位)(?:预算|决算)(?:表)?$/u;

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

/** The document title in its first lines, joined (it is often broken: "…局部" / "门预算"). */
function titleOf(doc: Document): { year: number; department: string } | null {
  const head = doc.lines
    .slice(0, 80)
    .map((l) => squash(l.text))
    .filter((s) => s !== '');
  for (let i = 0; i < head.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(head.length, i + 4); j++) {
      joined += head[j] ?? '';
      const m = TITLE.exec(joined);
      if (m?.[1] && m[2]) return { year: Number(m[1]), department: m[2].replace(/部门$/u, '') };
      const n = TITLE_NAME_FIRST.exec(joined.replace(/^第[一二三四五六七八九十]部分/u, ''));
      if (n?.[1] && n[2]) return { year: Number(n[2]), department: n[1] };
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
  return ok({ department, year });
}
