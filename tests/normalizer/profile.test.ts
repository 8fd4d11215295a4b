import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectProfile, kindOf, styleOf, unitOfLine } from '../../src/normalizer/profile';
import { toDocument } from '../../src/normalizer/segment';
import { derivedDepartmentId } from '../../src/normalizer/identity';

const doc = (file: string) => toDocument(file, readFileSync(`data/sources/${file}`, 'utf8'));

describe('document profile', () => {
  it.each([
    ['001_bd808bb9d23333dc.txt', 'budget', '万元', '广州市', '海珠区'],
    ['003_0d6200e57f68ae87.txt', 'budget', '万元', '广州市', ''],
    ['005_sh-putuo-jianguanwei-budget-2026.txt', 'budget', '元', '上海市', '普陀区'],
    ['006_sh-putuo-wenlvju-final-2025.txt', 'final', '万元', '上海市', '普陀区'],
    ['007_sh-putuo-shiquan-final-2025.txt', 'final', '万元', '上海市', '普陀区'],
  ])('%s: %s in %s, %s %s', (file, kind, unit, city, district) => {
    const d = doc(file);
    const name =
      { '001_bd808bb9d23333dc.txt': '广州市海珠区政务服务数据管理局', '003_0d6200e57f68ae87.txt': '广州市人民政府政务管理办公室' }[file] ?? '上海市普陀区某局';
    const p = detectProfile(d, name, 'national');
    expect(p.ok && [p.value.kind, p.value.unit, p.value.city, p.value.district]).toEqual([kind, unit, city, district]);
  });

  it('reads unit lines in their printed forms', () => {
    expect(
      ['单位：元', '编制部门：上海市普陀区财政局   单位：元', '单位:万元', '金额单位：万元', '单位：万元单位名称：x', '单位名称：x'].map(unitOfLine),
    ).toEqual(['元', '元', '万元', '万元', '万元', null]);
  });

  it("tells 单位预算 from 部门预算 by the document's own headings", () => {
    expect(kindOf(toDocument('u', '上海市普陀区社会福利院2024年单位预算\n2024年预算单位财务收支预算总表\n单位：元'))).toBe('unitBudget');
    expect(kindOf(toDocument('f', '2025 年度部门决算\n收入支出决算总表\n单位：万元'))).toBe('final');
    expect(kindOf(toDocument('n', '第一部分 概况'))).toBeNull();
  });

  it('tells the extraction style from the lines with figures', () => {
    expect(styleOf(toDocument('a', '201    06     01             16,231,840.80   16,231,840.80\n合计          31,214,205.80   25,121,091.00'))).toBe('aligned');
    expect(styleOf(toDocument('f', '208 社会保障和就业支出 16,067,196.24 15,777,676.24 289,520.00\n合计 3,286,618,082.20 82,527,880.20'))).toBe('flow');
  });

  it('refuses a document with no unit line', () => {
    expect(detectProfile(toDocument('x', '2026年部门预算\n2026年部门支出预算总表\n合计 1,000.00'), '上海市普陀区某局', 'national')).toEqual({
      ok: false,
      reason: 'no unit line (单位：元 / 单位：万元) in any table: amounts cannot be read without their unit',
    });
  });
});

describe('derived department ids (no config needed)', () => {
  it('are readable pinyin of the place and name, with a hash of the exact name', () => {
    expect(derivedDepartmentId('上海市普陀区文化和旅游局')).toMatch(/^putuo-wenhuahelvyouju-[0-9a-f]{6}$/u);
  });

  it('never collide for two different names, and are stable', () => {
    const a = derivedDepartmentId('上海市普陀区财政局');
    expect(derivedDepartmentId('上海市普陀区财政局')).toBe(a);
    expect(derivedDepartmentId('上海市普陀区财证局')).not.toBe(a); // reads alike in pinyin
  });
});
