/**
 * The contradictions an audit found printed in the sources with no check (issue 9) are now checked, and
 * each is a rounding difference of 0.01 — shown apart, never as a contradiction — and a document whose
 * unit lines say 元 is read as 元, never silently as 万元.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Budget } from '../../src/model/types';
import { normalizeDocument } from '../../src/normalizer/document';

const budget = (id: string) => JSON.parse(readFileSync(`public/data/budgets/${id}.json`, 'utf8')) as Budget;
const brief = (b: Budget, code: string, subject: string) => {
  const c = b.checks.find((x) => x.code === code && x.subject === subject);
  return c && [c.status, c.expected, c.actual];
};

describe('contradictions printed in the Guangzhou sources', () => {
  it('001: 2080506 is 124.05 but its 经济分类 lines [30109] give 31.47 + 92.57 = 124.04', () => {
    expect(brief(budget('haizhu-data-bureau-2021'), 'FUNCTIONAL_MATCHES_ECONOMIC', '2080506:30109')).toEqual(['rounding', '124.05', '124.04']);
  });

  it('001: 表8 人员支出 1,926.90 against 表9 [301] 590.19 + 1,336.70 = 1,926.89, 对个人和家庭 50.92 against [303] 50.91', () => {
    const b = budget('haizhu-data-bureau-2021');
    expect(brief(b, 'ECONOMIC_MATCHES_BASIC', 'category:人员支出')).toEqual(['rounding', '1926.90', '1926.89']);
    expect(brief(b, 'ECONOMIC_MATCHES_BASIC', 'category:对个人和家庭的补助支出')).toEqual(['rounding', '50.92', '50.91']);
  });

  it('004: 基本支出 1,252.08 + 94.05 + 76.70 = 1,422.83 against its 合计 1,422.84', () => {
    expect(brief(budget('baiyun-data-bureau-2023'), 'UNITS_SUM', 'basic:all')).toEqual(['rounding', '1422.84', '1422.83']);
  });
});

describe('the printed unit', () => {
  it('is read, never assumed: 000 with every 单位：万元 line printed as 单位：元 is a budget in 元', () => {
    const file = '000_30403416ceb52c30.txt';
    const text = readFileSync(`data/sources/${file}`, 'utf8').replace(/单位\s*[:：]\s*万元/gu, '单位：元');
    const { budget: b } = normalizeDocument(file, text, [], []);
    expect(b.unit).toBe('元');
    expect(b.tables.every((t) => t.unit === '元')).toBe(true);
  });
});
