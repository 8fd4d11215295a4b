/**
 * English names in the model: which name is shown (English where data/names-en.json has one, the
 * printed name otherwise — a misprint stays as printed), and the trees, table rows and Sankey nodes
 * carrying nameEn beside the printed name, from the committed public/data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { departmentName, englishByPrinted, printedBeside, regionName, shownName } from '../../src/model/englishName';
import { buildFunctionalTree } from '../../src/model/functionalTree';
import { buildEconomicTree } from '../../src/model/economicTree';
import { buildProjectTree } from '../../src/model/projectTree';
import { buildSankeyGraph } from '../../src/model/sankeyGraph';
import type { TreeNode } from '../../src/model/tree';
import type { Budget, BudgetIndex } from '../../src/model/types';

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));
const index = readJson('public/data/index.json') as BudgetIndex;
const budgets = index.budgets.map((e) => readJson(`public/data/${e.file}`) as Budget);
const walk = (n: TreeNode): TreeNode[] => [n, ...n.children.flatMap(walk)];

describe('shownName', () => {
  it.each([
    ['基本工资', 'Basic salaries', true, 'Basic salaries'],
    ['基本工资', 'Basic salaries', false, '基本工资'],
    ['社会保障和就业出', undefined, true, '社会保障和就业出'],
    ['某名', '', true, '某名'],
  ])('%s / %s (english %s) → %s', (printed, en, english, shown) => {
    expect(shownName(printed, en, english)).toBe(shown);
  });

  it('gives the printed name beside an English one, never beside itself', () => {
    expect(printedBeside('基本工资', 'Basic salaries', true)).toBe('基本工资');
    expect(printedBeside('基本工资', 'Basic salaries', false)).toBeNull();
    expect(printedBeside('社会保障和就业出', undefined, true)).toBeNull();
  });

  it('names departments and regions of the catalog in the language asked', () => {
    for (const e of index.budgets) {
      expect(departmentName(e, 'zh')).toBe(e.department);
      expect(departmentName(e, 'en')).toBe(e.departmentEn ?? e.department);
      expect(regionName(e, 'en')).toBe(e.regionEn ?? e.region);
    }
  });

  it('maps printed names to English, first one wins', () => {
    expect(englishByPrinted([{ name: 'a', nameEn: 'A' }, { name: 'a', nameEn: 'B' }, { name: 'b' }])).toEqual(new Map([['a', 'A']]));
  });
});

describe('trees, rows and flows carry nameEn beside the printed name', () => {
  it.each(budgets.map((b) => [b.id, b] as const))('%s', (_id, b) => {
    const functional = walk(buildFunctionalTree(b).root).filter((n) => n.level !== 'root');
    for (const n of functional.filter((x) => x.name !== '')) {
      const row = [...b.functional, ...b.functionalByFund.flatMap((f) => f.rows)].find((r) => r.name === n.name);
      expect(n.nameEn, `${n.code} ${n.name}`).toBe(row?.nameEn);
    }
    expect(buildFunctionalTree(b).root.nameEn).toBe(b.departmentEn);
    const economic = buildEconomicTree(b);
    for (const c of [...economic.bySpending.basic, ...economic.bySpending.project]) {
      if (c.name === '') continue;
      expect(c.nameEn, `${c.code} ${c.name}`).toBe(b.economic.find((r) => r.name === c.name)?.nameEn);
    }
    for (const u of buildProjectTree(b).root.children.filter((n) => n.level === 'unit')) {
      const en = b.projects.find((p) => (p.unit ?? p.unitName) === u.key.slice('unit:'.length))?.unitNameEn ?? b.units.find((x) => x.name === u.name)?.nameEn;
      expect(u.nameEn, u.name).toBe(en);
    }
    const graph = buildSankeyGraph(b);
    for (const n of graph.nodes.filter((x) => x.kind === 'economicClass' && x.name !== '')) {
      expect(n.nameEn, `${n.code} ${n.name}`).toBe(b.economic.find((r) => r.name === n.name)?.nameEn);
    }
  });

  it('leaves the misprint 社会保障和就业出 without English wherever it is printed', () => {
    const nodes = budgets.flatMap((b) => walk(buildFunctionalTree(b).root)).filter((n) => n.name === '社会保障和就业出');
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.nameEn === undefined)).toBe(true);
  });
});
