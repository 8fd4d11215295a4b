import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { solveSplit, type SplitNode } from '../../../src/normalizer/grid/solveSplit';

const cent = new Decimal('0.01');

describe('solveSplit: 基本支出 or 项目支出 for a figure printed alone', () => {
  it('puts the children of a parent without 项目支出 in 基本支出, and a parent follows its decided child', () => {
    const nodes: SplitNode[] = [
      { key: '', parent: null, total: '400.00', basic: '370.37', project: '29.63' },
      { key: '210', parent: '', total: '370.37', single: '370.37' },
      { key: '21011', parent: '210', total: '370.37', single: '370.37' },
      { key: '2101101', parent: '21011', total: '370.37', single: '370.37' },
      { key: '221', parent: '', total: '29.63', single: '29.63' },
    ];
    const d = solveSplit(nodes, cent);
    expect(Object.fromEntries(d)).toEqual({ '210': 'basic', '21011': 'basic', '2101101': 'basic', '221': 'project' });
  });

  it('finds the one subset of children adding up to the parent 项目支出 (wenlvju 20701), within a 0.01 rounding gap', () => {
    const nodes: SplitNode[] = [
      { key: '20701', parent: null, total: '14758.06', basic: '7374.19', project: '7383.87' },
      { key: '2070101', parent: '20701', total: '457.86', basic: '454.06', project: '3.79' },
      { key: '2070104', parent: '20701', total: '3070.63', basic: '2362.21', project: '708.42' },
      { key: '2070105', parent: '20701', total: '1700.57', single: '1700.57' },
      { key: '2070108', parent: '20701', total: '1605.19', single: '1605.19' },
      { key: '2070109', parent: '20701', total: '4540.23', basic: '1787.30', project: '2752.92' },
      { key: '2070110', parent: '20701', total: '38.39', single: '38.39' },
      { key: '2070112', parent: '20701', total: '841.30', basic: '819.92', project: '21.38' },
      { key: '2070114', parent: '20701', total: '2047.66', basic: '1950.69', project: '96.97' },
      { key: '2070199', parent: '20701', total: '423.29', single: '423.29' },
    ];
    const d = solveSplit(nodes, cent);
    expect([...d.values()].every((s) => s === 'project')).toBe(true);
    expect(d.size).toBe(4);
  });

  it('leaves a figure undecided where two subsets fit (never a guess)', () => {
    const nodes: SplitNode[] = [
      { key: '', parent: null, total: '30', basic: '10', project: '20' },
      { key: '201', parent: '', total: '10', single: '10' },
      { key: '204', parent: '', total: '10', single: '10' },
      { key: '205', parent: '', total: '10', single: '10' },
    ];
    expect(solveSplit(nodes, cent).size).toBe(0);
  });

  it('uses 项目支出 where the printed 基本支出 is a contradiction (shiquan 21201: 1,066.51 for 10,661.51)', () => {
    const nodes: SplitNode[] = [
      { key: '21201', parent: null, total: '12029.15', basic: '1066.51', project: '1367.64' },
      { key: '2120101', parent: '21201', total: '1715.05', basic: '1690.05', project: '25.00' },
      { key: '2120102', parent: '21201', total: '1342.64', single: '1342.64' },
      { key: '2120104', parent: '21201', total: '1289.35', single: '1289.35' },
      { key: '2120199', parent: '21201', total: '7682.11', single: '7682.11' },
    ];
    expect(Object.fromEntries(solveSplit(nodes, cent))).toEqual({ '2120102': 'project', '2120104': 'basic', '2120199': 'basic' });
  });
});
