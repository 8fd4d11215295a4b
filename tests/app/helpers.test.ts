import { describe, expect, it } from 'vitest';
import { sortEntries } from '../../src/model/catalog';
import { describeSrc, tableName } from '../../src/app/describeSrc';
import { uniqueKeys } from '../../src/app/uniqueKeys';
import { nodeName } from '../../src/charts/Treemap/nodeName';
import { buildFunctionalTree } from '../../src/model/functionalTree';
import { findNode } from '../../src/model/tree';
import { zh } from '../../src/app/i18n/zh';
import { en } from '../../src/app/i18n/en';
import { a, sampleBudget, sampleIndex } from '../fixtures/sampleBudget';

describe('sortEntries (catalog)', () => {
  const idx = sampleIndex();
  idx.budgets.push({
    ...idx.budgets[1]!,
    id: '003',
    department: '广州市人民政府政务管理办公室',
    region: '广州市',
    year: 2017,
    total: a('15947.98'),
    contains: [],
  });

  it('keeps the index order without a sort', () => {
    expect(sortEntries(idx.budgets, null).map((b) => b.id)).toEqual(['000', '001', '003']);
  });
  it('sorts totals exactly as decimals, not as strings', () => {
    expect(sortEntries(idx.budgets, { key: 'total', dir: 'desc' }).map((b) => b.id)).toEqual(['003', '001', '000']);
    expect(sortEntries(idx.budgets, { key: 'total', dir: 'asc' }).map((b) => b.id)).toEqual(['000', '001', '003']);
  });
  it('sorts totals across units by the money (1 万元 = 10,000 元), not by the printed digits', () => {
    const base = idx.budgets[1]!;
    const mixed = [
      { ...base, id: 'yuan-big-digits', unit: '元' as const, total: a('100000.00') }, // 10 万元
      { ...base, id: 'wan-eleven', unit: '万元' as const, total: a('11.00') },
      { ...base, id: 'yuan-equal', unit: '元' as const, total: a('110000.00') }, // 11 万元, tie → by id
      { ...base, id: 'wan-nine', unit: '万元' as const, total: a('9.99') },
    ];
    expect(sortEntries(mixed, { key: 'total', dir: 'desc' }).map((b) => b.id)).toEqual(['wan-eleven', 'yuan-equal', 'yuan-big-digits', 'wan-nine']);
    expect(sortEntries(mixed, { key: 'total', dir: 'asc' }).map((b) => b.id)).toEqual(['wan-nine', 'yuan-big-digits', 'wan-eleven', 'yuan-equal']);
  });
  it('sorts by year and breaks ties by id', () => {
    expect(sortEntries(idx.budgets, { key: 'year', dir: 'asc' }).map((b) => b.id)).toEqual(['003', '000', '001']);
  });
  it('does not mutate its input', () => {
    const before = idx.budgets.map((b) => b.id);
    sortEntries(idx.budgets, { key: 'department', dir: 'desc' });
    expect(idx.budgets.map((b) => b.id)).toEqual(before);
  });
});

describe('describeSrc', () => {
  const b = sampleBudget();
  it('names the table by its printed number and title, and the lines', () => {
    expect(tableName(b, 't06', zh)).toBe('表六 一般公共预算支出预算表(按功能分类科目)');
    expect(describeSrc(b, { table: 't06', lines: [566, 568] }, zh)).toBe('表六 一般公共预算支出预算表(按功能分类科目) · 原文第 566–568 行');
    expect(describeSrc(b, { table: 't03', lines: [470, 470] }, en)).toBe('表三 支出总体情况表 · line 470 of the document');
  });
  it('keeps a number printed with 表 and omits a missing one', () => {
    const t = b.tables[0];
    if (!t) throw new Error('fixture');
    t.number = '表2';
    expect(tableName(b, 't02', zh)).toBe('表2 收入总体情况表');
    t.number = '';
    expect(tableName(b, 't02', zh)).toBe('收入总体情况表');
  });
  it('says so for a table key the budget does not have', () => {
    expect(tableName(b, 't99', en)).toBe('table t99');
  });
});

describe('uniqueKeys', () => {
  it('suffixes repeats and leaves the first as is', () => {
    expect(uniqueKeys(['a', 'b', 'a', 'a'], (x) => x)).toEqual(['a', 'b', 'a#2', 'a#3']);
  });
});

describe('nodeName', () => {
  const b = sampleBudget();
  const { root } = buildFunctionalTree(b);
  const lei = findNode(root, '206');
  const kuan = findNode(root, '20601');
  if (!lei || !kuan) throw new Error('fixture');

  it('keeps printed names in Chinese; in English shows nameEn (data/names-en.json) with the printed name beside it', () => {
    expect(nodeName(lei, zh)).toEqual({ label: '科学技术支出', printed: null });
    expect(nodeName({ ...lei, nameEn: 'Science and technology' }, zh)).toEqual({ label: '科学技术支出', printed: null });
    expect(nodeName({ ...lei, nameEn: 'Science and technology' }, en)).toEqual({ label: 'Science and technology', printed: '科学技术支出' });
    expect(nodeName({ ...kuan, nameEn: 'Science and technology administration' }, en)).toEqual({
      label: 'Science and technology administration',
      printed: '科学技术管理事务',
    });
  });

  it('keeps a printed name without English (a misprint) as printed in English, never its code’s standard name', () => {
    expect(nodeName({ ...lei, code: '208', name: '社会保障和就业出' }, en)).toEqual({ label: '社会保障和就业出', printed: null });
    expect(nodeName(kuan, en)).toEqual({ label: '科学技术管理事务', printed: null });
  });

  it('marks a standard 类 name used where the document prints none, and a missing 款 name', () => {
    b.functional = b.functional.filter((r) => r.code !== '206' && r.code !== '20601');
    const t = buildFunctionalTree(b).root;
    expect(nodeName(findNode(t, '206')!, zh).label).toBe('科学技术支出（标准科目名称）');
    expect(nodeName(findNode(t, '20601')!, zh).label).toBe('20601 （未印出名称）');
  });

  it('names the root after the tree', () => {
    expect(nodeName(root, zh).label).toBe('全部支出');
    expect(nodeName(root, en, en.breadcrumbRootProjects).label).toBe('All project spending');
  });
});
