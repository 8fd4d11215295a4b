/**
 * The sharded search gives the same hits, in the same order, as the unsharded one (src/model/search.ts)
 * on the committed budgets and on a generated corpus where entries repeat across many budgets — for
 * queries of every kind: one character, fragments, codes, English words, descriptions, nothing found.
 * Small files (few entries per file, few postings per term file) so the early stop and the file
 * boundaries are exercised.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/normalizer/searchIndex';
import { buildSearchShards } from '../../../src/normalizer/searchShards';
import { search } from '../../../src/model/search';
import { openShardedSearch, type ShardedSearch } from '../../../src/model/searchShards/shardedSearch';
import type { SearchKind } from '../../../src/model/searchTypes';
import type { Budget } from '../../../src/model/types';
import { committedBudgets, generatedBudgets, memoryLoader } from './corpus';

const QUERIES = [
  '云',
  '费',
  '支',
  'a',
  '2',
  '琶洲',
  '热线',
  '经费',
  '支出',
  '运行',
  'oa',
  '206',
  '2060101',
  '30101',
  '政务服',
  '12345',
  '行政运行',
  '信息化建设',
  '一般公共服务支出',
  'salary',
  'salaries',
  'grid',
  'Haizhu',
  'Basic salaries',
  'government',
  '项目',
  '绩效',
  '三公',
  '火星基地',
  '网格化服务管理中心',
];
const KINDS: (readonly SearchKind[] | undefined)[] = [undefined, ['department', 'functional', 'economic', 'project']];

async function open(budgets: readonly Budget[], entriesPerFile: number, postingsPerFile: number): Promise<ShardedSearch> {
  const files = buildSearchShards(budgets, { entriesPerFile, postingsPerFile, occurrencesKept: 20 });
  const r = await openShardedSearch(memoryLoader(files).load);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe.each([
  ['the committed budgets', committedBudgets()],
  ['200 generated budgets', generatedBudgets(200)],
])('sharded search = unsharded search on %s', (_name, budgets) => {
  const full = buildSearchIndex(budgets);
  it.each([
    [7, 500],
    [400, 12_000],
  ])('with %i entries per file and %i postings per term file', async (entriesPerFile, postingsPerFile) => {
    const sharded = await open(budgets, entriesPerFile, postingsPerFile);
    let compared = 0;
    for (const q of QUERIES) {
      for (const kinds of KINDS) {
        for (const limit of [1, 5, 20]) {
          const want = search(full, q, { limit, ...(kinds ? { kinds } : {}) });
          const got = await sharded.search(q, { limit, ...(kinds ? { kinds } : {}) });
          if (!got.ok) throw new Error(got.reason);
          expect(got.value, `${q} limit ${limit} kinds ${kinds?.join(',') ?? 'all'}`).toEqual(want);
          compared += want.length;
        }
      }
    }
    // Not vacuous: most queries find something.
    expect(compared).toBeGreaterThan(QUERIES.length * 10);
  });
});
