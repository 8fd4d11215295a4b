/**
 * 目录首页 (catalog-head.json): the catalog's first page split from index.json. At 2,000 generated budgets
 * the head stays within 50 KB gzip while index.json is above it; the head's page, counts and related
 * entries are those the whole index gives; the file written by `npm run data` is the head of index.json;
 * and a head of the wrong shape is refused with the path of what is wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildCatalogHead, CATALOG_PAGE, headIsWhole } from '../../src/model/catalogHead';
import { FACET_KEYS, facetValues } from '../../src/model/catalogFacets';
import { validateCatalogHead } from '../../src/model/validate';
import type { BudgetIndex } from '../../src/model/types';
import { manyIndex } from '../../scripts/manyBudgets';

const dataDir = join(process.cwd(), 'public', 'data');
const index = JSON.parse(readFileSync(join(dataDir, 'index.json'), 'utf8')) as BudgetIndex;
const gzipKb = (o: unknown) => gzipSync(JSON.stringify(o)).length / 1024;

describe('catalog head', () => {
  it('at 2,000 budgets: ≤ 50 KB gzip, where index.json is above it', () => {
    const many = manyIndex(2000, index.crosswalk);
    const headKb = gzipKb(many.head);
    const indexKb = gzipKb(many.index);
    console.log(`2,000 budgets: catalog-head.json ${headKb.toFixed(1)} KB gzip, index.json ${indexKb.toFixed(1)} KB gzip`);
    expect(many.index.budgets).toHaveLength(2000);
    expect(headKb).toBeLessThanOrEqual(50);
    expect(indexKb).toBeGreaterThan(50);
    expect(many.head.count).toBe(2000);
    expect(headIsWhole(many.head)).toBe(false);
  });

  it('the first page, in index order, and the facet counts of the whole index', () => {
    const { index: big, head } = manyIndex(700, index.crosswalk);
    expect(head.first.map((e) => e.id)).toEqual(big.budgets.slice(0, CATALOG_PAGE).map((e) => e.id));
    for (const key of FACET_KEYS) expect(head.facets[key]).toEqual(facetValues(big.budgets, {}, key));
    // Counts add up to the whole list for every facet (each budget has exactly one value).
    for (const key of FACET_KEYS) expect(head.facets[key].reduce((n, v) => n + v.count, 0)).toBe(700);
    expect(validateCatalogHead(JSON.parse(JSON.stringify(head)))).toEqual({ ok: true, value: head });
  });

  it('a budget the first page names (part of, contains) but does not show comes along as related', () => {
    const { index: big } = manyIndex(200, index.crosswalk);
    const inner = big.budgets[150]!;
    const outer = big.budgets[3]!;
    const budgets = big.budgets.map((e) =>
      e.id === outer.id ? { ...e, contains: [inner.id] } : e.id === inner.id ? { ...e, partOf: { budget: outer.id, unitCode: '001' } } : e,
    );
    const head = buildCatalogHead({ ...big, budgets });
    expect(head.related.map((e) => e.id)).toEqual([inner.id]);
    // Without the relation, nothing beyond the first page is carried.
    expect(buildCatalogHead(big).related).toEqual([]);
  });

  it('the published catalog-head.json is the head of the published index.json', () => {
    const published = JSON.parse(readFileSync(join(dataDir, 'catalog-head.json'), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(buildCatalogHead(index))));
    // Today's site is small: its head is the whole list, so the catalog never waits for index.json.
    expect(headIsWhole(published)).toBe(index.budgets.length <= CATALOG_PAGE);
  });

  it('refuses a head of the wrong shape, naming what is wrong', () => {
    const head = buildCatalogHead(index);
    const bad = (o: unknown) => validateCatalogHead(o);
    expect(bad({ ...head, schemaVersion: 2 })).toMatchObject({ ok: false, reason: expect.stringContaining('head.schemaVersion') });
    expect(bad({ ...head, count: head.first.length - 1 })).toMatchObject({ ok: false, reason: expect.stringContaining('head.count') });
    expect(bad({ ...head, facets: { ...head.facets, year: [{ value: '2021' }] } })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('head.facets.year[0]'),
    });
    expect(bad({ ...head, first: [{ ...head.first[0], total: '1,234' }] })).toMatchObject({ ok: false, reason: expect.stringContaining('head.first[0]') });
  });
});
