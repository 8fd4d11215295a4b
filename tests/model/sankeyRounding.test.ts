/**
 * Issue 12: a gap within the printing precision (舍入差异) is not drawn as a node but recorded for the text under
 * the chart, by the checks' own rule (src/model/rounding.ts); a real gap is still a node. 004 is read from
 * public/data (index order), never hard-coded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSankeyGraph, roundingCheckOf } from '../../src/model/sankeyGraph';
import { checkBalance } from '../../src/layout/sankeyLayout';
import { dec, sum, toAmount } from '../../src/model/decimal';
import { statusOf } from '../../src/model/rounding';
import { equality } from '../../src/normalizer/checkBuild';
import type { Budget, BudgetIndex } from '../../src/model/types';
import { amt, budget004, ref } from '../fixtures/sankeyBudgets';

const DATA = 'public/data';
const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as BudgetIndex;
const real = (i: number): Budget => JSON.parse(readFileSync(join(DATA, index.budgets[i]!.file), 'utf8')) as Budget;

describe('Sankey rounding gaps (舍入差异)', () => {
  it('004: no 差额 or 来源未细分 node for 0.01; both gaps are said, each with its check', () => {
    const b = real(4);
    for (const kuan of [false, true]) {
      const g = buildSankeyGraph(b, { kuan });
      expect(g.nodes.filter((n) => n.kind === 'gap' || n.kind === 'unitemised').map((n) => n.id)).toEqual([]);
      expect(g.issues).toEqual([]);
      // Basic spending as printed and its 类 added up (department-level rows, as the economic tree reads them).
      const classes = b.economic.filter((r) => r.spending === 'basic' && r.code.length === 3 && r.unit === undefined);
      const basic = g.roundings.find((r) => r.kind === 'economic');
      expect(basic).toMatchObject({
        node: 'spending_basic',
        subject: 'basic',
        expected: b.expenditure.basic,
        actual: toAmount(sum(classes.map((c) => c.amount))),
      });
      expect(dec(basic!.difference).abs().toString()).toBe('0.01');
      expect(roundingCheckOf(b.checks, basic!)?.check).toMatchObject({ code: 'ECONOMIC_SUM_BASIC', status: 'rounding' });
      // The layout accepts exactly these differences: nothing flagged as unbalanced.
      expect(checkBalance(g).imbalances).toEqual([]);
    }
    const kuan = buildSankeyGraph(b, { kuan: true }).roundings.filter((r) => r.kind === 'kuan');
    expect(kuan.length).toBeGreaterThan(0);
    for (const r of kuan) expect(roundingCheckOf(b.checks, r)?.check.status).toBe('rounding');
  });

  it('every budget: no drawn gap or remainder is within the printing precision', () => {
    for (const [i] of index.budgets.entries()) {
      const b = real(i);
      for (const kuan of [false, true]) {
        const g = buildSankeyGraph(b, { kuan });
        for (const n of g.nodes.filter((x) => x.kind === 'gap' || x.kind === 'unitemised')) {
          expect(dec(n.amount).greaterThan('0.01'), `${b.id} ${n.id} ${n.amount}`).toBe(true);
        }
        for (const r of g.roundings) expect(statusOf(r.difference, [r.expected, r.actual], 1), `${b.id} ${r.node}`).toBe('rounding');
      }
    }
  });

  it('a real gap stays a node: classes 5.00 short of basic go to 来源未细分, 5.00 over to 差额', () => {
    const short = budget004();
    short.economic = short.economic.map((r) => (r.code === '302' && r.spending === 'basic' ? { ...r, amount: amt('411.56') } : r));
    const g1 = buildSankeyGraph(short);
    expect(g1.nodes.find((n) => n.id === 'unitemised_econ')?.amount).toBe('5.00');
    expect(g1.roundings).toEqual([]);

    const over = budget004();
    over.economic = over.economic.map((r) => (r.code === '302' && r.spending === 'basic' ? { ...r, amount: amt('421.56') } : r));
    const g2 = buildSankeyGraph(over);
    expect(g2.nodes.find((n) => n.id === 'gap_econ_basic')?.amount).toBe('5.00');
    expect(g2.issues.map((i) => i.code)).toEqual(['ECONOMIC_EXCEEDS_SPENDING']);
  });

  it('0.01 short at 类 level: recorded, not drawn, and the chart rule is the checks’ rule', () => {
    const b = budget004();
    b.economic = b.economic.map((r) => (r.code === '302' && r.spending === 'basic' ? { ...r, amount: amt('416.55') } : r));
    const g = buildSankeyGraph(b);
    expect(g.nodes.some((n) => n.kind === 'unitemised')).toBe(false);
    expect(g.roundings).toEqual([
      { kind: 'economic', node: 'spending_basic', subject: 'basic', expected: '4416.56', actual: '4416.55', difference: '0.01', refs: expect.any(Array) },
    ]);
    // The normalizer's check of the same figures calls it rounding too (one shared rule, src/model/rounding.ts).
    const check = equality(
      'ECONOMIC_SUM_BASIC',
      { amount: amt('4416.56'), src: ref('t06', 1) },
      [
        { amount: amt('4000.00'), src: ref('t06', 2) },
        { amount: amt('416.55'), src: ref('t06', 3) },
      ],
      '',
      '',
    );
    expect(check.status).toBe('rounding');
  });
});
