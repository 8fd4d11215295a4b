/**
 * search(): ranking, folding, fragments, filters — on the index of the five committed budgets and on
 * small fixtures where the ranking tiers are spelled out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/normalizer/searchIndex';
import { foldText, search, stripOrdinal, textGrams } from '../../src/model/search';
import { SEARCH_MATCH_ORDER, type SearchHit } from '../../src/model/searchTypes';
import type { Budget, BudgetIndex, Project } from '../../src/model/types';
import { a, sampleBudget } from '../fixtures/sampleBudget';

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));
const index = readJson('public/data/index.json') as BudgetIndex;
const budgets = index.budgets.map((e) => readJson(`public/data/${e.file}`) as Budget);
const real = buildSearchIndex(budgets);
const brief = (h: SearchHit): string => `${h.budget} ${h.kind} ${h.key} ${h.match}`;

function fixture(projects: { name: string; content?: string }[], id = 'fx'): Budget {
  const b = sampleBudget();
  b.id = id;
  b.functional = [];
  b.economic = [];
  b.units = [];
  b.glossary = [];
  b.projects = projects.map(
    (p, i): Project => ({
      id: `p${String(i + 1).padStart(2, '0')}`,
      name: p.name,
      amount: a('1.00'),
      ...(p.content ? { content: p.content } : {}),
      src: { table: 't10', lines: [i + 1, i + 1] },
    }),
  );
  return b;
}

describe('text folding', () => {
  it('folds fullwidth to halfwidth, Latin to lower case, and drops punctuation and spaces', () => {
    expect(foldText('ＯＡ系统（二期） 2021')).toBe('oa系统二期2021');
    expect(foldText('政府办公厅(室)')).toBe(foldText('政府办公厅（室）'));
    expect(foldText('“三公”经费')).toBe('三公经费');
  });

  it('cuts bigrams, a single character standing for itself', () => {
    expect(textGrams('琶洲政务')).toEqual(['琶洲', '洲政', '政务']);
    expect(textGrams('云')).toEqual(['云']);
    expect(textGrams('')).toEqual([]);
    expect(textGrams('经费经费')).toEqual(['经费', '费经']);
  });

  it('drops a list ordinal', () => {
    expect(stripOrdinal('十四、资源勘探信息等支出')).toBe('资源勘探信息等支出');
    expect(stripOrdinal('行政运行')).toBe('行政运行');
  });
});

describe('search over the five budgets', () => {
  it('finds a project by a two-character fragment of its name (琶洲)', () => {
    const hits = search(real, '琶洲');
    expect(hits.map(brief)).toEqual([
      'haizhu-data-bureau-2021 project p03 prefix',
      'haizhu-data-bureau-2025 project p02 prefix',
      'haizhu-data-bureau-2021 project p06 substring',
      'guangzhou-gov-affairs-office-2017 project p09 substring',
      // 002 p11's description mentions 琶洲; its name does not.
      'haizhu-data-bureau-2025 project p11 description',
    ]);
    expect(hits[0]).toMatchObject({ label: '琶洲政务分中心运营经费', amount: '493.05' });
    expect(hits[0]?.snippet).toBeTruthy();
  });

  it('finds a fragment from the middle of a name and a single character', () => {
    expect(search(real, '洲政').map((h) => h.label)).toContain('琶洲政务分中心运营经费');
    const one = search(real, '琶', { limit: 50 });
    expect(one.filter((h) => h.match !== 'description').map(brief)).toEqual(
      search(real, '琶洲')
        .filter((h) => h.match !== 'description')
        .map(brief),
    );
  });

  it('ranks exact names first and matches codes exactly or by prefix', () => {
    const admin = search(real, '行政运行');
    expect(admin.length).toBeGreaterThanOrEqual(4);
    expect(admin.slice(0, 4).every((h) => h.match === 'exact' && h.kind === 'functional')).toBe(true);
    const code = search(real, '206', { limit: 100 });
    const exact = code.filter((h) => h.match === 'exact');
    expect(exact.every((h) => h.key === '206')).toBe(true);
    // One exact hit per budget that prints 类 206 (科学技术支出) in any of its 功能分类 tables.
    const with206 = budgets.filter((b) => [...b.functional, ...b.functionalByFund.flatMap((f) => f.rows)].some((r) => r.code === '206')).map((b) => b.id);
    expect(exact.map((h) => h.budget).sort()).toEqual(with206.sort());
    expect(code.filter((h) => h.match === 'prefix').every((h) => h.key.startsWith('206'))).toBe(true);
    expect(search(real, '2060101').map(brief)).toEqual([
      'haizhu-data-bureau-2021 functional 2060101 exact',
      'haizhu-data-bureau-2025 functional 2060101 exact',
    ]);
    expect(search(real, '550004').map(brief)).toEqual(['haizhu-data-bureau-2021 department 550004 exact']);
  });

  it('ignores fullwidth/halfwidth and punctuation differences', () => {
    const half = search(real, '政府办公厅(室)').map(brief);
    expect(half.length).toBeGreaterThan(0);
    expect(search(real, '政府办公厅（室）').map(brief)).toEqual(half);
    expect(search(real, '政府办公厅室').map(brief)).toEqual(half);
    expect(search(real, '１２３４５热线').map(brief)).toEqual(search(real, '12345热线').map(brief));
  });

  it('finds glossary terms and departments', () => {
    const terms = budgets.flatMap((b) => b.glossary.filter((g) => foldText(g.term).includes('三公')));
    expect(terms.length).toBeGreaterThanOrEqual(5);
    expect(search(real, '三公', { kinds: ['glossary'], limit: 100 }).length).toBe(terms.length);
    expect(search(real, '网格化', { kinds: ['department'] }).map(brief)).toEqual([
      'haizhu-grid-centre-2021 department  substring',
      'haizhu-data-bureau-2021 department 550004 substring',
    ]);
  });

  it('filters by budget and kind, and respects the limit', () => {
    const hits = search(real, '经费', { budgets: ['baiyun-data-bureau-2023'], kinds: ['project'], limit: 5 });
    expect(hits).toHaveLength(5);
    expect(hits.every((h) => h.budget === 'baiyun-data-bureau-2023' && h.kind === 'project')).toBe(true);
    expect(search(real, '经费', { limit: 0 })).toEqual([]);
  });

  it('returns nothing for an empty or punctuation-only query, or text nowhere printed', () => {
    expect(search(real, '')).toEqual([]);
    expect(search(real, ' ，、（）')).toEqual([]);
    expect(search(real, '火星基地')).toEqual([]);
  });

  it('is ordered by tier, then document number, and stable', () => {
    const hits = search(real, '政务', { limit: 200 });
    const rank = (h: SearchHit): number => SEARCH_MATCH_ORDER.indexOf(h.match);
    for (let i = 1; i < hits.length; i++) {
      const [p, h] = [hits[i - 1] as SearchHit, hits[i] as SearchHit];
      expect(rank(p) < rank(h) || (rank(p) === rank(h) && p.doc < h.doc)).toBe(true);
    }
    expect(search(real, '政务', { limit: 200 })).toEqual(hits);
  });
});

describe('search ranking tiers (fixture)', () => {
  const idx = buildSearchIndex([
    fixture([
      { name: '区数据中心建设' },
      { name: '大数据与据中心' },
      { name: '城市管理经费', content: '建设数据中心机房，配套停车诱导系统' },
      { name: '数据中心运维' },
      { name: '数据中心' },
      { name: 'OA系统升级' },
    ]),
  ]);

  it('exact → prefix → substring → all bigrams in the name → description', () => {
    expect(search(idx, '数据中心').map((h) => `${h.label}:${h.match}`)).toEqual([
      '数据中心:exact',
      '数据中心运维:prefix',
      '区数据中心建设:substring',
      '大数据与据中心:allGrams',
      '城市管理经费:description',
    ]);
  });

  it('finds description-only text and gives the snippet', () => {
    const hits = search(idx, '停车诱导');
    expect(hits.map((h) => `${h.key}:${h.match}`)).toEqual(['p03:description']);
    expect(hits[0]?.snippet).toBe('建设数据中心机房，配套停车诱导系统');
  });

  it('is case-insensitive for Latin, fullwidth or not', () => {
    for (const q of ['oa', 'OA', 'ＯＡ', 'ｏａ系统'])
      expect(
        search(idx, q).map((h) => h.key),
        q,
      ).toEqual(['p06']);
  });
});
