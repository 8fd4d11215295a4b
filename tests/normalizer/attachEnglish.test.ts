/**
 * attachEnglish: English names beside the printed Chinese, from data/names-en.json only — never
 * replacing a printed name, nothing for a misprint, and the same names in the committed public/data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attachEnglish } from '../../src/normalizer/attachEnglish';
import { EnglishLookup, parseEnglishNames } from '../../src/normalizer/englishNames';
import type { Budget, BudgetIndex } from '../../src/model/types';
import { a, sampleBudget } from '../fixtures/sampleBudget';

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));
const parsed = parseEnglishNames({
  functional: { 一般公共服务支出: 'General public services', 行政运行: 'Administrative operations' },
  economic: { 基本工资: 'Basic salaries' },
  organisations: { 某某局: 'Some Bureau', '某某中心(本级)': 'Some Centre (itself)' },
  regions: { 海珠区: 'Haizhu District' },
});

function lookup(): EnglishLookup {
  if (!parsed.ok) throw new Error(parsed.reason);
  return new EnglishLookup(parsed.value);
}

describe('attachEnglish', () => {
  it('adds departmentEn, regionEn and nameEn beside the printed names, which stay as they were', () => {
    const b = sampleBudget();
    b.department = '某某局';
    b.region = '海珠区';
    b.functional = b.functional.slice(0, 2).map((r, i) => ({ ...r, name: ['一、一般公共服务支出', '社会保障和就业出'][i] as string }));
    b.economic = [{ code: '30101', name: '基本工资', amount: a('1.00'), spending: 'basic', src: { table: 't1', lines: [2, 2] } }];
    b.units = [{ code: '1', name: '某某中心（本级）', src: { table: 't1', lines: [1, 1] } }];
    const before = JSON.stringify(b);
    const l = lookup();
    const out = attachEnglish(b, l);
    expect(JSON.stringify(b)).toBe(before);
    expect(out.departmentEn).toBe('Some Bureau');
    expect(out.regionEn).toBe('Haizhu District');
    expect(out.functional.map((r) => [r.name, r.nameEn])).toEqual([
      ['一、一般公共服务支出', 'General public services'],
      ['社会保障和就业出', undefined],
    ]);
    expect(out.economic[0]?.nameEn).toBe('Basic salaries');
    expect(out.units[0]).toMatchObject({ name: '某某中心（本级）', nameEn: 'Some Centre (itself)' });
    expect([...l.missing.functional]).toEqual(['社会保障和就业出']);
  });

  it('emits nothing where there is no English (no empty strings)', () => {
    const b = sampleBudget();
    b.department = '未知部门';
    b.region = '未知区';
    const out = attachEnglish(b, lookup());
    expect('departmentEn' in out).toBe(false);
    expect('regionEn' in out).toBe(false);
  });
});

describe('committed public/data', () => {
  const index = readJson('public/data/index.json') as BudgetIndex;
  const names = readJson('data/names-en.json') as Record<'functional' | 'economic' | 'organisations' | 'regions', Record<string, string>>;

  it('names every budget and region in English, on the catalog entry and in the budget', () => {
    for (const e of index.budgets) {
      const b = readJson(`public/data/${e.file}`) as Budget;
      expect(e.departmentEn, e.id).toBe(names.organisations[e.department]);
      expect(e.regionEn, e.id).toBe(names.regions[e.region]);
      expect(b.departmentEn).toBe(e.departmentEn);
      expect(b.regionEn).toBe(e.regionEn);
    }
  });

  it('gives every 功能分类 and 经济分类 row its English name, except the misprint', () => {
    for (const e of index.budgets) {
      const b = readJson(`public/data/${e.file}`) as Budget;
      for (const r of b.economic) expect(r.nameEn, `${e.id} ${r.code} ${r.name}`).toBeDefined();
      for (const r of [...b.functional, ...b.functionalByFund.flatMap((f) => f.rows)].filter((x) => x.name !== '')) {
        if (r.name === '社会保障和就业出') expect(r.nameEn).toBeUndefined();
        else expect(r.nameEn, `${e.id} ${r.code} ${r.name}`).toBeDefined();
      }
    }
  });

  it('keeps departments.json free of English names (names-en.json is their one source)', () => {
    expect(readFileSync('data/departments.json', 'utf8')).not.toContain('nameEn');
  });
});
