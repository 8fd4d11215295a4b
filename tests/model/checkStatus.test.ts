import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_FIGURE_KIND, countChecks, figureKindOf, figureSources, groupChecks, largestFirst } from '../../src/model/checkStatus';
import type { Amount, Budget, BudgetIndex, Check, CheckCode } from '../../src/model/types';

const a = (s: string) => s as Amount;

function check(code: CheckCode, status: Check['status'], difference: string, refs: Check['refs'] = [{ table: 't01', lines: [1, 1] }]): Check {
  return { code, status, message: `${code} ${difference}`, expected: a('0'), actual: a('0'), difference: a(difference), refs, params: {} };
}

describe('countChecks', () => {
  it('counts contradictions, rounding notes and passes apart', () => {
    const checks = [
      check('FUNCTIONAL_TOTAL', 'rounding', '0.01'),
      check('PROCUREMENT_WITHIN_BUDGET', 'fail', '-4440.59'),
      check('TABLES_AGREE', 'pass', '0.00'),
      check('PROJECTS_SUM', 'rounding', '-0.01'),
      check('UNITS_SUM', 'pass', '0'),
    ];
    expect(countChecks(checks)).toEqual({ passed: 2, failed: 1, rounding: 2 });
  });

  it('counts nothing in an empty list', () => {
    expect(countChecks([])).toEqual({ passed: 0, failed: 0, rounding: 0 });
  });

  // index.json carries the same counts the budget files give (the catalog shows the one, the page the other).
  it('gives the counts index.json carries, for every committed budget', () => {
    const dir = join(process.cwd(), 'public', 'data');
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as BudgetIndex;
    expect(index.budgets.length).toBe(readdirSync(join(dir, 'budgets')).length);
    for (const e of index.budgets) {
      const b = JSON.parse(readFileSync(join(dir, e.file), 'utf8')) as Budget;
      expect(countChecks(b.checks), e.id).toEqual(e.checks);
    }
  });
});

describe('largestFirst', () => {
  it('sorts by absolute difference, exactly, keeping printed order for ties', () => {
    const cs = [
      check('FUNCTIONAL_TOTAL', 'fail', '10.53'),
      check('PROJECTS_SUM', 'fail', '-7200.00'),
      check('UNITS_SUM', 'fail', '10.53'),
      check('TABLES_AGREE', 'fail', '-10.54'),
      check('INCOME_LINES_SUM', 'fail', '0.1'),
    ];
    expect(largestFirst(cs).map((c) => `${c.code} ${c.difference}`)).toEqual([
      'PROJECTS_SUM -7200.00',
      'TABLES_AGREE -10.54',
      'FUNCTIONAL_TOTAL 10.53',
      'UNITS_SUM 10.53',
      'INCOME_LINES_SUM 0.1',
    ]);
  });

  it('compares long decimals without float rounding', () => {
    const cs = [check('FUNCTIONAL_TOTAL', 'fail', '9007199254740993.01'), check('UNITS_SUM', 'fail', '9007199254740993.02')];
    expect(largestFirst(cs).map((c) => c.code)).toEqual(['UNITS_SUM', 'FUNCTIONAL_TOTAL']);
  });
});

describe('groupChecks', () => {
  it('puts contradictions and rounding differences in two lists, each largest first; passes only counted', () => {
    const cs = [
      check('FUNCTIONAL_TOTAL', 'rounding', '0.01'),
      check('ROW_BASIC_PLUS_PROJECT', 'fail', '9595.00'),
      check('PROJECTS_SUM', 'rounding', '-0.02'),
      check('TABLES_AGREE', 'pass', '0.00'),
      check('FUNCTIONAL_TOTAL', 'fail', '98.23'),
    ];
    const g = groupChecks(cs);
    expect(g.contradictions.map((c) => c.difference)).toEqual(['9595.00', '98.23']);
    expect(g.rounding.map((c) => c.difference)).toEqual(['-0.02', '0.01']);
    expect(g.passed).toBe(1);
    expect(g.total).toBe(5);
  });
});

describe('figure kinds', () => {
  it.each([
    ['PROCUREMENT_WITHIN_BUDGET', 'limit'],
    ['TABLES_AGREE', 'tables'],
    ['NARRATIVE_MATCHES_TABLE', 'narrative'],
    ['FUND_MATCHES_INCOME', 'pair'],
    ['INCOME_EQUALS_EXPENDITURE', 'pair'],
    ['FUNCTIONAL_MATCHES_ECONOMIC', 'classes'],
    ['FUNCTIONAL_CHILDREN_SUM', 'sum'],
    ['FINAL_TOTALS', 'sum'],
    ['ECONOMIC_MATCHES_BASIC', 'sum'],
  ] as const)('%s → %s', (code, kind) => {
    expect(CHECK_FIGURE_KIND[code]).toBe(kind);
    expect(figureKindOf(code)).toBe(kind);
  });

  it('words a code it does not know as a sum', () => {
    expect(figureKindOf('SOME_NEW_RULE')).toBe('sum');
  });
});

describe('figureSources', () => {
  const table = { table: 't03', lines: [12, 12] as [number, number] };
  const text = { table: 'narrative', lines: [40, 41] as [number, number] };

  it('names the line of each of two printed figures (the whole first)', () => {
    expect(figureSources(check('NARRATIVE_MATCHES_TABLE', 'fail', '10.53', [table, text]))).toEqual({ expected: table, actual: text });
    expect(figureSources(check('PROCUREMENT_WITHIN_BUDGET', 'fail', '-43.70', [table, text]))).toEqual({ expected: table, actual: text });
  });

  it('names none for a sum, or where both figures share a line', () => {
    expect(figureSources(check('PROJECTS_SUM', 'rounding', '-0.01', [table, text]))).toBeNull();
    expect(figureSources(check('TABLES_AGREE', 'fail', '1.00', [table]))).toBeNull();
    expect(figureSources(check('TABLES_AGREE', 'fail', '1.00', [table, text, table]))).toBeNull();
  });
});
