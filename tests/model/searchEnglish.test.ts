/**
 * Search over the English names (data/names-en.json, emitted beside the printed Chinese): the words a
 * reader of the English interface types — "salary", "grid", "Haizhu" — find the lines and budgets, in the
 * singular or plural, and a Chinese query still folds as before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/normalizer/searchIndex';
import { foldEnglish, foldText, search } from '../../src/model/search';
import type { Budget, BudgetIndex } from '../../src/model/types';

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));
const index = readJson('public/data/index.json') as BudgetIndex;
const budgets = index.budgets.map((e) => readJson(`public/data/${e.file}`) as Budget);
const real = buildSearchIndex(budgets);
const names = readJson('data/names-en.json') as Record<'functional' | 'economic' | 'organisations' | 'regions', Record<string, string>>;

describe('foldEnglish', () => {
  it.each([
    ['Basic salaries', 'basicsalary'],
    ['Wages, salaries and benefits', 'wagesalaryandbenefit'],
    ['Grids', 'grid'],
    ['Businesses', 'business'],
    ['Social security and employment', 'socialsecurityandemployment'],
    ['GPS units', 'gpsunit'],
    ['基本工资', '基本工资'],
  ])('%s → %s', (text, folded) => {
    expect(foldEnglish(text)).toBe(folded);
  });

  it('leaves Chinese exactly as foldText does', () => {
    expect(foldEnglish('政府办公厅（室）12345热线')).toBe(foldText('政府办公厅（室）12345热线'));
  });
});

describe('search over English names', () => {
  it('"salary" finds every line whose English name holds salaries (30101 基本工资, 301 工资福利支出), by name', () => {
    const hits = search(real, 'salary', { limit: 200 });
    const expected = new Set(
      Object.entries(names.economic)
        .filter(([, en]) => /salar/iu.test(en))
        .map(([zh]) => zh),
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.kind === 'economic' && expected.has(h.label) && h.match !== 'description')).toBe(true);
    expect(new Set(hits.map((h) => h.key))).toEqual(new Set(['301', '30101']));
    expect(search(real, 'salaries', { limit: 200 }).map((h) => h.doc)).toEqual(hits.map((h) => h.doc));
  });

  it('"grid" finds the grid centre: its own budget and its unit inside the data bureau', () => {
    const hits = search(real, 'grid');
    const centre = index.budgets.find((b) => b.departmentEn?.includes('Grid'));
    expect(centre).toBeDefined();
    expect(hits.map((h) => `${h.budget} ${h.kind}`)).toContain(`${centre?.id} department`);
    expect(hits.some((h) => h.budget === centre?.partOf?.budget && h.key === centre?.partOf?.unitCode)).toBe(true);
    expect(hits.every((h) => h.labelEn?.includes('Grid'))).toBe(true);
  });

  it('"Haizhu" finds every Haizhu budget by its department name, first', () => {
    const haizhu = index.budgets.filter((b) => b.regionEn === 'Haizhu District').map((b) => b.id);
    expect(haizhu.length).toBeGreaterThan(0);
    const hits = search(real, 'Haizhu', { limit: 50 });
    for (const id of haizhu) expect(hits.some((h) => h.budget === id && h.kind === 'department' && h.key === '' && h.match === 'prefix')).toBe(true);
    expect(hits.every((h) => h.labelEn?.startsWith('Haizhu'))).toBe(true);
  });

  it('gives the English label with a hit and nothing for a word in no name', () => {
    const [first] = search(real, 'basic salaries');
    expect(first?.label).toBe('基本工资');
    expect(first?.labelEn).toBe(names.economic['基本工资']);
    expect(search(real, 'xyzzy')).toEqual([]);
  });

  it('indexes no English for a misprint (社会保障和就业出 keeps its printed form only)', () => {
    const n = real.docs.label.indexOf('社会保障和就业出');
    if (n >= 0) expect(real.docs.labelEn[n]).toBe('');
  });
});
