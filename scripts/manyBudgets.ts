/**
 * A generated catalog of many budgets (issue 14: "a generated set of 2,000 budgets — mixed kinds, units,
 * regions, years"), for the catalog's e2e test at scale and for `npm run bench:catalog`. Deterministic
 * (seeded): the same list on every run. Entries only — index.json and catalog-head.json — whose budget
 * files do not exist: test data, never figures from any document; every department name says 生成数据.
 * Departments recur over the years (one departmentId, one entry per year), as in a real site.
 */
import { buildCatalogHead, type CatalogHead } from '../src/model/catalogHead';
import type { Amount, BudgetIndex, BudgetIndexEntry, DocumentKind, MoneyUnit } from '../src/model/types';
import { rng } from './seededRandom';

const REGIONS: readonly [string, string][] = [
  ['越秀区', 'Yuexiu District'],
  ['荔湾区', 'Liwan District'],
  ['天河区', 'Tianhe District'],
  ['白云区', 'Baiyun District'],
  ['黄埔区', 'Huangpu District'],
  ['番禺区', 'Panyu District'],
  ['花都区', 'Huadu District'],
  ['南沙区', 'Nansha District'],
  ['海珠区', 'Haizhu District'],
  ['普陀区', 'Putuo District'],
  ['静安区', 'Jing’an District'],
  ['徐汇区', 'Xuhui District'],
  ['浦东新区', 'Pudong New Area'],
  ['长宁区', 'Changning District'],
  ['虹口区', 'Hongkou District'],
  ['杨浦区', 'Yangpu District'],
];
const BUREAUS: readonly [string, string][] = [
  ['教育局', 'Education Bureau'],
  ['卫生健康局', 'Health Commission'],
  ['民政局', 'Civil Affairs Bureau'],
  ['财政局', 'Finance Bureau'],
  ['住房和城乡建设局', 'Housing and Urban-Rural Development Bureau'],
  ['文化广电旅游局', 'Culture, Radio, Television and Tourism Bureau'],
  ['市场监督管理局', 'Market Regulation Administration'],
  ['政务服务数据管理局', 'Government Services and Data Administration'],
  ['人力资源和社会保障局', 'Human Resources and Social Security Bureau'],
  ['生态环境分局', 'Ecology and Environment Sub-bureau'],
  ['街道办事处', 'Sub-district Office'],
  ['城市管理和综合执法局', 'Urban Management and Law Enforcement Bureau'],
];
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

/** 分 (integer) → "1234.56", built from integers so no float ever becomes a figure. */
function amount(fen: number): Amount {
  const s = String(Math.floor(fen)).padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}` as Amount;
}

/** `size` entries: departments (region × bureau × a number) over the years, kinds and units mixed. */
export function manyEntries(size: number, seed = 20261204): BudgetIndexEntry[] {
  const next = rng(seed);
  const out: BudgetIndexEntry[] = [];
  for (let d = 0; out.length < size; d++) {
    const [region, regionEn] = REGIONS[d % REGIONS.length]!;
    const [bureau, bureauEn] = BUREAUS[Math.floor(d / REGIONS.length) % BUREAUS.length]!;
    const n = Math.floor(d / (REGIONS.length * BUREAUS.length)) + 1;
    const departmentId = `gen-${d + 1}`;
    // Shanghai districts publish in 元, Guangzhou's in 万元 (as the real documents do).
    const unit: MoneyUnit = d % REGIONS.length >= 9 ? '元' : '万元';
    for (const year of YEARS) {
      if (out.length >= size) break;
      for (const kind of ['budget', 'final'] as DocumentKind[]) {
        if (out.length >= size) break;
        if (kind === 'final' && next() < 0.5) continue;
        const id = `${departmentId}-${year}${kind === 'final' ? '-final' : ''}`;
        const wan = 100 + Math.floor(next() * 500_000);
        const fen = unit === '元' ? wan * 10_000 * 100 + Math.floor(next() * 100) : wan * 100 + Math.floor(next() * 100);
        out.push({
          id,
          departmentId,
          source: `${id}.txt`,
          department: `${region}${bureau}第${n}单位（生成数据）`,
          departmentEn: `${regionEn} ${bureauEn} no. ${n} (generated data)`,
          region,
          regionEn,
          year,
          kind,
          unit,
          total: amount(fen),
          file: `budgets/${id}.json`,
          checks: { passed: 100 + Math.floor(next() * 200), failed: next() < 0.1 ? 1 + Math.floor(next() * 4) : 0, rounding: Math.floor(next() * 3) },
          sourceIssues: 0,
        });
      }
    }
  }
  return out;
}

/** index.json and catalog-head.json for `size` generated budgets, with the real crosswalk. */
export function manyIndex(size: number, crosswalk: BudgetIndex['crosswalk']): { index: BudgetIndex; head: CatalogHead } {
  const index: BudgetIndex = { schemaVersion: 1, budgets: manyEntries(size), crosswalk };
  return { index, head: buildCatalogHead(index) };
}
