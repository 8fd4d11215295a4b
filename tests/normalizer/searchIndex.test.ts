/**
 * buildSearchIndex over the five committed budgets: what it holds, where each document points, and
 * that it stays small enough to load on a phone (< 100 KB gzip).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/normalizer/searchIndex';
import { SNIPPET_CHARS } from '../../src/normalizer/searchDocs';
import type { SearchIndex, SearchKind } from '../../src/model/searchTypes';
import type { Budget, BudgetIndex } from '../../src/model/types';

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));
const index = readJson('public/data/index.json') as BudgetIndex;
const budgets = index.budgets.map((e) => readJson(`public/data/${e.file}`) as Budget);
const si = buildSearchIndex(budgets);

interface Doc {
  n: number;
  budget: string;
  kind: SearchKind;
  key: string;
  label: string;
  amount: string;
  snippet: string;
}
function docs(x: SearchIndex): Doc[] {
  return x.docs.label.map((label, n) => ({
    n,
    budget: x.budgets[x.docs.budget[n] ?? -1]?.id ?? '?',
    kind: x.kinds[x.docs.kind[n] ?? -1] ?? 'department',
    key: x.docs.key[n] ?? '',
    label,
    amount: x.docs.amount[n] ?? '',
    snippet: x.docs.snippet[n] ?? '',
  }));
}
const all = docs(si);
const find = (budget: string, kind: SearchKind, key: string): Doc | undefined => all.find((d) => d.budget === budget && d.kind === kind && d.key === key);

describe('buildSearchIndex over the five budgets', () => {
  it('is under 100 KB gzip', () => {
    const raw = JSON.stringify(si);
    const gz = gzipSync(raw).length;
    console.log(`search index: ${all.length} documents, ${Object.keys(si.grams).length} terms, ${Buffer.byteLength(raw)} bytes raw, ${gz} bytes gzip`);
    expect(gz).toBeLessThan(100 * 1024);
  });

  it('is plain JSON, and deterministic', () => {
    const json = JSON.stringify(si);
    expect(JSON.parse(json)).toEqual(si);
    expect(JSON.stringify(buildSearchIndex(budgets))).toBe(json);
    expect(si.budgets.map((b) => b.id)).toEqual(index.budgets.map((b) => b.id));
  });

  it('has one document per project, pointing to its budget and id, with the amount as printed', () => {
    for (const b of budgets) {
      for (const p of b.projects) expect(find(b.id, 'project', p.id), `${b.id} ${p.id}`).toMatchObject({ label: p.name, amount: p.amount });
    }
    expect(all.filter((d) => d.kind === 'project')).toHaveLength(budgets.reduce((n, b) => n + b.projects.length, 0));
  });

  it('has each functional and economic code once per budget; amount only where one figure is printed', () => {
    expect(find('haizhu-data-bureau-2021', 'functional', '206')).toMatchObject({ label: '科学技术支出', amount: '5411.72' });
    // 003 prints 2010301 for two units: no single printed amount.
    expect(find('guangzhou-gov-affairs-office-2017', 'functional', '2010301')).toMatchObject({ label: '行政运行', amount: '' });
    // 003's 类/款 appear only in its per-fund table, printed with a list ordinal ("一、一般公共服务支出").
    expect(find('guangzhou-gov-affairs-office-2017', 'functional', '201')).toMatchObject({ label: '一般公共服务支出', amount: '' });
    expect(find('guangzhou-gov-affairs-office-2017', 'functional', '20105')?.label).toBe('统计信息事务');
    // 001 prints 301 twice (机关 and 事业单位); 002 once.
    expect(find('haizhu-data-bureau-2021', 'economic', '301')).toMatchObject({ label: '工资福利支出', amount: '' });
    expect(find('haizhu-data-bureau-2025', 'economic', '301')).toMatchObject({ amount: '2345.80' });
    for (const b of budgets) {
      for (const kind of ['functional', 'economic'] as const) {
        const keys = all.filter((d) => d.budget === b.id && d.kind === kind).map((d) => d.key);
        expect(new Set(keys).size, `${b.id} ${kind}`).toBe(keys.length);
      }
    }
  });

  it('has the departments and their units, keyed by 单位编码 or, where none is printed, by name', () => {
    expect(find('haizhu-data-bureau-2021', 'department', '')).toMatchObject({ label: '广州市海珠区政务服务数据管理局', amount: '5921.56' });
    expect(find('haizhu-data-bureau-2021', 'department', '550004')?.label).toBe('广州市海珠区城市社区网格化服务管理中心');
    // 550001 is the bureau itself (本级): not a second document.
    expect(find('haizhu-data-bureau-2021', 'department', '550001')).toBeUndefined();
    expect(find('baiyun-data-bureau-2023', 'department', '广州市白云区智慧城市运行中心')?.label).toBe('广州市白云区智慧城市运行中心');
    expect(find('guangzhou-gov-affairs-office-2017', 'department', '190006')).toMatchObject({ label: '广州市市长专线电话受理中心', amount: '9251.49' });
  });

  it('keeps only a short snippet of descriptions and definitions', () => {
    const p = budgets[1]?.projects.find((x) => x.id === 'p02');
    const d = find('haizhu-data-bureau-2021', 'project', 'p02');
    expect(p?.content?.length).toBeGreaterThan(200);
    expect(d?.snippet.endsWith('…')).toBe(true);
    for (const x of all) expect(Array.from(x.snippet).length).toBeLessThanOrEqual(SNIPPET_CHARS + 1);
    expect(find('haizhu-data-bureau-2025', 'glossary', '基本支出')?.snippet).not.toBe('');
  });

  it('stores postings as increasing document numbers (first absolute, then gaps) reaching every document', () => {
    const reached = new Set<number>();
    for (const [g, deltas] of Object.entries(si.grams)) {
      let acc = 0;
      deltas.forEach((d, i) => {
        expect(i === 0 ? d >= 0 : d >= 1, g).toBe(true);
        acc += d;
        reached.add(acc);
      });
      expect(acc).toBeLessThan(all.length);
    }
    expect(reached.size).toBe(all.length);
  });

  it('indexes project descriptions: a bigram only in a description points to that project', () => {
    // 001 p02 政务中心运营经费: 项目内容 mentions 中央空调; its name does not.
    const p = budgets[1]?.projects.find((x) => x.id === 'p02');
    expect(p?.name.includes('空调')).toBe(false);
    expect(`${p?.content ?? ''}${p?.targets ?? ''}${p?.indicators ?? ''}`.includes('空调')).toBe(true);
    const doc = find('haizhu-data-bureau-2021', 'project', 'p02');
    const docsWith: number[] = [];
    for (const d of si.grams.空调 ?? []) docsWith.push((docsWith[docsWith.length - 1] ?? 0) + d);
    expect(docsWith).toContain(doc?.n);
    expect(docsWith.every((n) => all[n]?.kind === 'project' || all[n]?.kind === 'glossary')).toBe(true);
  });
});
