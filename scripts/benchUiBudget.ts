/**
 * A generated budget for `npm run bench:ui`: one department with many 功能分类 rows (类 × 款 × 项),
 * to see how the treemap behaves on a budget far larger than any printed one (the largest real budget
 * has a few dozen rows). Deterministic (seeded), valid for src/model/types.ts, the JSON Schema and the
 * app's validator, and internally consistent: every 款 and 类 is printed as the exact sum of its
 * children and every row's 基本支出 + 项目支出 equals its 合计, so no difference cells appear.
 * Amounts are built in 分 (integers) and written as decimal strings; they are test data, not figures
 * from any document — the department name says so.
 */
import type { Amount, Budget, BudgetIndexEntry, FunctionalRow, RawRow } from '../src/model/types';
import { rng } from './seededRandom';

export interface SyntheticShape {
  lei: number;
  kuanPerLei: number;
  xiangPerKuan: number;
}

/** 分 (integer) → "1234.56". */
function yuanString(fen: number): Amount {
  const neg = fen < 0;
  const abs = Math.abs(fen);
  const s = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return (neg ? `-${s}` : s) as Amount;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

// Name stems of realistic length (8–14 characters), so label fitting does as much work as on real data.
const STEMS = ['行政运行', '一般行政管理事务', '机关服务', '信息化建设', '事业运行', '其他政务服务支出', '专项业务及机关事务管理', '网格化服务管理'];

export const SYNTHETIC_ID = 'bench-synthetic-5000';

export function syntheticBudget(
  shape: SyntheticShape = { lei: 20, kuanPerLei: 10, xiangPerKuan: 25 },
  id = SYNTHETIC_ID,
): {
  budget: Budget;
  entry: BudgetIndexEntry;
  leaves: number;
} {
  const random = rng(20240601);
  const functional: FunctionalRow[] = [];
  const rawRows: RawRow[] = [];
  const rawByLine = new Map<number, RawRow>();
  let line = 20;
  let rootBasic = 0;
  let rootProject = 0;

  const push = (code: string, name: string, level: FunctionalRow['level'], basic: number, project: number): FunctionalRow => {
    line += 1;
    const src = { table: 't01', lines: [line, line] as [number, number] };
    const total = yuanString(basic + project);
    const row: FunctionalRow = { code, name, level, total, basic: yuanString(basic), project: yuanString(project), src };
    const raw: RawRow = {
      lines: [line, line],
      text: [`${code} ${name}`],
      values: [row.total, row.basic, row.project],
      printed: [row.total, row.basic, row.project],
    };
    rawRows.push(raw);
    rawByLine.set(line, raw);
    return row;
  };

  for (let l = 0; l < shape.lei; l++) {
    const leiCode = String(201 + l);
    const leiIndex = functional.length;
    functional.push(push(leiCode, '', 'lei', 0, 0)); // placeholder; figures set once the children are known
    let leiBasic = 0;
    let leiProject = 0;
    for (let k = 1; k <= shape.kuanPerLei; k++) {
      const kuanCode = `${leiCode}${pad2(k)}`;
      const kuanIndex = functional.length;
      functional.push(push(kuanCode, '', 'kuan', 0, 0));
      let kuanBasic = 0;
      let kuanProject = 0;
      for (let x = 1; x <= shape.xiangPerKuan; x++) {
        const code = `${kuanCode}${pad2(x)}`;
        // Skewed sizes (a few large lines, many small ones), as in printed budgets.
        const size = Math.floor(random() ** 3 * 500_000) + 100;
        const basic = Math.floor(size * random());
        const project = size - basic;
        kuanBasic += basic;
        kuanProject += project;
        functional.push(push(code, `${STEMS[(l + k + x) % STEMS.length] ?? '事务'}（合成${code}）`, 'xiang', basic, project));
      }
      functional[kuanIndex] = { ...rowFigures(functional[kuanIndex], kuanBasic, kuanProject), name: `合成款${kuanCode}${STEMS[k % STEMS.length] ?? ''}` };
      leiBasic += kuanBasic;
      leiProject += kuanProject;
    }
    functional[leiIndex] = { ...rowFigures(functional[leiIndex], leiBasic, leiProject), name: `合成类${leiCode}支出` };
    rootBasic += leiBasic;
    rootProject += leiProject;
  }
  // The raw table rows mirror the final figures.
  for (const r of functional) {
    const raw = rawByLine.get(r.src.lines[0]);
    if (raw) {
      raw.text = [`${r.code} ${r.name}`];
      raw.values = [r.total, r.basic, r.project];
      raw.printed = [r.total, r.basic, r.project];
    }
  }

  const total = yuanString(rootBasic + rootProject);
  const expSrc = { table: 't01', lines: [20, 20] as [number, number] };
  const budget: Budget = {
    schemaVersion: 1,
    id,
    departmentId: 'test-department',
    source: `${id}.txt`,
    department: `基准测试用合成部门（${functional.filter((r) => r.level === 'xiang').length} 项，非真实数据）`,
    region: '基准测试',
    year: 2024,
    kind: 'budget',
    profile: { kind: 'budget', unit: '万元', city: '广州市', district: '', style: 'aligned', template: 'local' },
    unit: '万元',
    units: [],
    income: [{ key: 'generalPublic', name: '一般公共预算', amount: total, src: expSrc }],
    incomeTotal: total,
    expenditure: { total, basic: yuanString(rootBasic), project: yuanString(rootProject), src: expSrc },
    functional,
    functionalByFund: [],
    economic: [],
    basicByUnit: [],
    projects: [],
    narrative: [],
    glossary: [],
    printedTotals: [],
    checks: [],
    sections: [],
    corrections: [],
    sourceIssues: [],
    tables: [{ key: 't01', kind: 'expenditure', unit: '万元', number: '表1', title: '支出总体情况表（合成）', lines: [19, line], rows: rawRows }],
  };
  const entry: BudgetIndexEntry = {
    id,
    source: budget.source,
    departmentId: 'test-department',
    kind: 'budget',
    unit: '万元',
    department: budget.department,
    region: budget.region,
    year: budget.year,
    total,
    file: `budgets/${id}.json`,
    checks: { passed: 0, failed: 0, rounding: 0 },
    sourceIssues: 0,
  };
  return { budget, entry, leaves: shape.lei * shape.kuanPerLei * shape.xiangPerKuan };
}

function rowFigures(row: FunctionalRow | undefined, basic: number, project: number): FunctionalRow {
  if (!row) throw new Error('syntheticBudget: missing placeholder row');
  const total = yuanString(basic + project);
  return { ...row, total, basic: yuanString(basic), project: yuanString(project) };
}
