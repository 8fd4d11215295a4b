/**
 * 数据核对 sentences from code + params + figures, in each language (src/app/i18n/checkSentences*.ts):
 * every CheckCode has a builder in both catalogs, real checks of public/data are worded exactly, every
 * check of every budget gets a sentence (no fallback to the Chinese Check.message), and an English
 * sentence holds no Chinese but the printed names it quotes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zh } from '../../src/app/i18n/zh';
import { en } from '../../src/app/i18n/en';
import { CHECK_SENTENCES_ZH } from '../../src/app/i18n/checkSentencesZh';
import { CHECK_SENTENCES_EN, arabicNumber } from '../../src/app/i18n/checkSentencesEn';
import { budgetLookup, checkSentence, sentenceFigures } from '../../src/app/i18n/checkSentences';
import type { Dict } from '../../src/app/i18n/dict';
import { checkUnit } from '../../src/model/units';
import type { Budget, Check, CheckParams } from '../../src/model/types';
import { a } from '../fixtures/sampleBudget';

const DATA = join(__dirname, '..', '..', 'public', 'data', 'budgets');
const budgetOf = (id: string) => JSON.parse(readFileSync(join(DATA, `${id}.json`), 'utf8')) as Budget;
const ALL = readdirSync(DATA).map((f) => budgetOf(f.replace(/\.json$/u, '')));

/** The members of `CheckCode` as written in src/model/types.ts (the source of truth, not a copy). */
function checkCodes(): string[] {
  const src = readFileSync(join(__dirname, '..', '..', 'src', 'model', 'types.ts'), 'utf8');
  const union = /export type CheckCode =([^;]+);/u.exec(src)?.[1] ?? '';
  return [...union.matchAll(/'([A-Z_]+)'/gu)].map((m) => m[1] as string);
}

function sentence(t: Dict, budget: Budget, c: Check): string | null {
  return checkSentence(t.checkSentences, c, t.unit(checkUnit(budget, c)), budgetLookup(budget));
}

/** The sentence without its no-break spaces and word joiners (a figure and its unit kept together), for reading. */
const plain = (s: string | null) => s?.replace(/\u00a0/gu, ' ').replace(/\u2060/gu, '') ?? null;

/** The one check of the budget with this code, these params (a subset) and, where given, this status. */
function find(budget: Budget, code: Check['code'], params: CheckParams, status?: Check['status']): Check {
  const hits = budget.checks.filter(
    (c) => c.code === code && (status === undefined || c.status === status) && Object.entries(params).every(([k, v]) => c.params[k as keyof CheckParams] === v),
  );
  expect(hits.length, `${budget.id} ${code} ${JSON.stringify(params)}`).toBeGreaterThan(0);
  return hits[0] as Check;
}

describe('check sentence catalogs', () => {
  it('has a zh and an en builder for every CheckCode of src/model/types.ts', () => {
    const codes = checkCodes();
    expect(codes.length).toBeGreaterThanOrEqual(20);
    for (const code of codes) {
      expect(typeof (CHECK_SENTENCES_ZH as Record<string, unknown>)[code], `zh ${code}`).toBe('function');
      expect(typeof (CHECK_SENTENCES_EN as Record<string, unknown>)[code], `en ${code}`).toBe('function');
    }
    // …and the dictionaries carry them (the app reads t.checkSentences).
    expect(zh.checkSentences).toBe(CHECK_SENTENCES_ZH);
    expect(en.checkSentences).toBe(CHECK_SENTENCES_EN);
    expect(Object.keys(CHECK_SENTENCES_ZH).sort()).toEqual([...codes].sort());
    expect(Object.keys(CHECK_SENTENCES_EN).sort()).toEqual([...codes].sort());
  });

  it('words every check of every budget in both languages (Check.message is never needed today)', () => {
    for (const b of ALL) {
      for (const c of b.checks) {
        expect(sentence(zh, b, c), `${b.id} zh ${c.code} ${JSON.stringify(c.params)}`).not.toBeNull();
        expect(sentence(en, b, c), `${b.id} en ${c.code} ${JSON.stringify(c.params)}`).not.toBeNull();
      }
    }
  });

  it('has no Chinese in an English sentence but the printed names, labels and titles it quotes', () => {
    const han = /\p{Script=Han}/u;
    for (const b of ALL) {
      const printed = [
        ...b.tables.map((t) => t.title),
        ...b.sections.map((s) => s.title),
        ...b.functional.map((r) => r.name),
        ...b.checks.flatMap((c) => [c.params.name, c.params.economicName, c.params.label, c.params.unit, c.params.category]),
      ]
        .filter((x): x is string => !!x)
        .sort((x, y) => y.length - x.length);
      for (const c of b.checks) {
        let s = sentence(en, b, c) ?? '';
        for (const name of printed) s = s.split(name).join('');
        expect(s, `${b.id} ${c.code} ${sentence(en, b, c)}`).not.toMatch(han);
        expect(s).not.toMatch(/应为|相差|印为|之和/u);
      }
    }
  });

  it('falls back (null) for a code the catalog lacks or params a builder cannot word', () => {
    const b = budgetOf('haizhu-data-bureau-2021');
    const c = find(b, 'FUND_MATCHES_INCOME', { fund: 'generalPublic' });
    expect(sentence(en, b, { ...c, code: 'NEW_RULE' as Check['code'] })).toBeNull();
    expect(sentence(zh, b, { ...c, params: {} })).toBeNull();
    expect(sentence(en, b, { ...c, code: 'FUNCTIONAL_CHILDREN_SUM', params: { table: 't03' } })).toBeNull();
  });
});

describe('sentences of real checks, exactly', () => {
  const haizhu = budgetOf('haizhu-data-bureau-2021');
  const putuo = budgetOf('putuo-renminzhengfushiquanlujiedaobanshichu-f7b1fe-2025-final');
  const baiyun = budgetOf('baiyun-data-bureau-2023');
  const jianshe = budgetOf('putuo-jiansheheguanliweiyuanhui-ee9982-2026');

  const cases: [string, Budget, Check['code'], CheckParams, Check['status'] | undefined, string, string][] = [
    [
      'a 功能分类 line against its sub-lines (basic spending)',
      haizhu,
      'FUNCTIONAL_CHILDREN_SUM',
      { table: 't03', code: '20805', column: 'basic' },
      undefined,
      '《支出总体情况表》20805 行政事业单位养老支出 的基本支出：各下级科目之和为 243.58 万元，而该科目印为 243.57 万元，相差 0.01 万元。',
      'The table 支出总体情况表, 20805 行政事业单位养老支出, basic spending: the sub-lines add up to 243.58 ×10,000 yuan, but the line itself is printed as 243.57 ×10,000 yuan (a difference of 0.01).',
    ],
    [
      'the text against the table',
      haizhu,
      'NARRATIVE_MATCHES_TABLE',
      { key: 'generalPublic.total' },
      'fail',
      '情况说明中的“一般公共预算支出”印为 5,911.03 万元，而《一般公共预算支出预算表（按功能分类科目）》印为 5,921.56 万元，相差 10.53 万元。',
      'The text gives “一般公共预算支出” as 5,911.03 ×10,000 yuan, but the table 一般公共预算支出预算表（按功能分类科目） prints 5,921.56 ×10,000 yuan (a difference of 10.53).',
    ],
    [
      'a project’s procurement over its budget',
      haizhu,
      'PROCUREMENT_WITHIN_BUDGET',
      { scope: 'project', name: '琶洲政务分中心运营经费' },
      undefined,
      '项目“琶洲政务分中心运营经费”的政府采购印为 536.75 万元，超过了该项目预算 493.05 万元，超出 43.70 万元。',
      'Procurement for the project “琶洲政务分中心运营经费” is printed as 536.75 ×10,000 yuan, more than the project’s budget of 493.05 ×10,000 yuan (over by 43.70).',
    ],
    [
      'the procurement table over the whole budget',
      haizhu,
      'PROCUREMENT_WITHIN_BUDGET',
      { scope: 'budget', source: 'table' },
      undefined,
      '报表中的政府采购预算印为 10,362.15 万元，超过了支出总计 5,921.56 万元，超出 4,440.59 万元。',
      'The procurement budget in the tables is printed as 10,362.15 ×10,000 yuan, more than total spending of 5,921.56 ×10,000 yuan (over by 4,440.59).',
    ],
    [
      'a fund’s spending against its income',
      haizhu,
      'FUND_MATCHES_INCOME',
      { fund: 'generalPublic' },
      undefined,
      '一般公共预算：收入印为 5,911.03 万元，而支出合计印为 5,921.56 万元，相差 10.53 万元。',
      'General public budget: income is printed as 5,911.03 ×10,000 yuan, but spending as 5,921.56 ×10,000 yuan (a difference of 10.53).',
    ],
    [
      'a sub-unit’s basic-spending categories',
      haizhu,
      'UNITS_SUM',
      { scope: 'unitCategories', unit: '550002' },
      undefined,
      '单位 550002：基本支出各类之和为 429.61 万元，而该单位基本支出合计印为 429.60 万元，相差 0.01 万元。',
      'Sub-unit 550002: its basic-spending categories add up to 429.61 ×10,000 yuan, but its basic spending total is printed as 429.60 ×10,000 yuan (a difference of 0.01).',
    ],
    [
      'a basic-spending category against its economic class',
      haizhu,
      'ECONOMIC_MATCHES_BASIC',
      { scope: 'category', category: '人员支出' },
      undefined,
      '基本支出中的“人员支出”：经济分类 301 为 1,926.89 万元，而各单位该类之和为 1,926.90 万元，相差 0.01 万元。',
      'Basic spending “人员支出”: economic class 301 comes to 1,926.89 ×10,000 yuan, but the sub-units’ “人员支出” lines add up to 1,926.90 ×10,000 yuan (a difference of 0.01).',
    ],
    [
      '决算: the classes against the basic spending total',
      putuo,
      'FUNCTIONAL_TOTAL',
      { scope: 'expenditure', column: 'basic' },
      undefined,
      '《支出决算表》：各类功能科目的基本支出之和为 4,610.99 万元，而基本支出合计印为 14,206.00 万元，相差 9,595.01 万元。',
      'The table 支出决算表: the functional classes (basic spending column) add up to 4,610.99 ×10,000 yuan, but total basic spending is printed as 14,206.00 ×10,000 yuan (a difference of 9,595.01).',
    ],
    [
      '决算: a row’s basic + project against its total',
      putuo,
      'ROW_BASIC_PLUS_PROJECT',
      { table: 't03', code: '212' },
      undefined,
      '《支出决算表》212 城乡社区支出：基本支出与项目支出之和为 3,988.48 万元，而该行合计印为 13,583.48 万元，相差 9,595.00 万元。',
      'The table 支出决算表, 212 城乡社区支出: basic and project spending add up to 3,988.48 ×10,000 yuan, but the line’s total is printed as 13,583.48 ×10,000 yuan (a difference of 9,595.00).',
    ],
    [
      '决算: the summary table’s classes',
      putuo,
      'FUNCTIONAL_TOTAL',
      { scope: 'summary' },
      undefined,
      '《收入支出决算总表》：支出方各类之和为 18,946.04 万元，而本年支出合计印为 19,044.27 万元，相差 98.23 万元。',
      'The table 收入支出决算总表: the spending classes add up to 18,946.04 ×10,000 yuan, but the spending total for the year is printed as 19,044.27 ×10,000 yuan (a difference of 98.23).',
    ],
    [
      '决算 identity, passed',
      putuo,
      'FINAL_TOTALS',
      { side: 'income' },
      undefined,
      '收入方：本年收入合计、使用非财政拨款结余与年初结转和结余之和为 19,044.27 万元，与总计（19,044.27 万元）一致。',
      'Income side: income for the year, non-fiscal surplus used and balances brought forward add up to 19,044.27 ×10,000 yuan, the same as the grand total.',
    ],
    [
      'the same spending under 功能分类 and 经济分类',
      putuo,
      'FUNCTIONAL_MATCHES_ECONOMIC',
      { code: '2080505' },
      undefined,
      '同一笔支出：经济分类 30108 机关事业单位基本养老保险缴费印为 504.38 万元，而《一般公共预算财政拨款支出决算表》中功能分类 2080505 机关事业单位基本养老保险缴费支出 的基本支出印为 504.39 万元，相差 0.01 万元。',
      'The same spending: economic line 30108 机关事业单位基本养老保险缴费 is printed as 504.38 ×10,000 yuan, but the basic spending of functional line 2080505 机关事业单位基本养老保险缴费支出 in the table 一般公共预算财政拨款支出决算表 as 504.39 ×10,000 yuan (a difference of 0.01).',
    ],
    [
      'a numbered table (表1) and the same figure in two tables',
      baiyun,
      'TABLES_AGREE',
      { key: 'expenditure.total', table: 't03', otherTable: 't01' },
      undefined,
      '支出总计：《表1 收支总体情况表》与《支出总体情况表》都印为 14,416.56 万元。',
      'Total spending: Table 1 (收支总体情况表) and the table 支出总体情况表 both print 14,416.56 ×10,000 yuan.',
    ],
    [
      'a document in 元',
      jianshe,
      'ECONOMIC_MATCHES_BASIC',
      { scope: 'personnel' },
      undefined,
      '经济分类 301 + 303 之和为 74,220,229.00 元，与人员经费合计（74,220,229.00 元）一致。',
      'Economic classes 301 + 303 add up to 74,220,229.00 yuan, the same as the personnel costs total.',
    ],
  ];

  it.each(cases)('%s', (_, budget, code, params, status, zhText, enText) => {
    const c = find(budget, code, params, status);
    expect(plain(sentence(zh, budget, c))).toBe(zhText);
    expect(plain(sentence(en, budget, c))).toBe(enText);
  });
});

describe('helpers', () => {
  it('keeps every printed decimal of the difference and says which side is larger', () => {
    const f = sentenceFigures({ status: 'fail', expected: a('1066.51'), actual: a('10661.51'), difference: a('-9595.00') }, '万元');
    expect(f).toEqual({
      status: 'fail',
      expected: '1,066.51\u00a0万\u2060元',
      actual: '10,661.51\u00a0万\u2060元',
      gap: '9,595.00\u00a0万\u2060元',
      gapNumber: '9,595.00',
      over: true,
    });
    // A figure never parts from its unit at a line end.
    expect(sentenceFigures({ status: 'fail', expected: a('536.75'), actual: a('1'), difference: a('535.75') }, '×10,000 yuan').expected).toBe(
      '536.75\u00a0×10,000\u00a0yuan',
    );
    expect(sentenceFigures({ status: 'pass', expected: a('1'), actual: a('1'), difference: a('-0') }, 'yuan').over).toBe(false);
  });

  it('writes a table number printed in Chinese numerals in digits', () => {
    expect(['三', '十', '十二', '二十', '二十三', '3', '12', 'A1'].map(arabicNumber)).toEqual(['3', '10', '12', '20', '23', '3', '12', 'A1']);
  });
});
