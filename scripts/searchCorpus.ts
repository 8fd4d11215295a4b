/**
 * A generated corpus for search benchmarks and tests: the committed budgets, copied `size` times, each copy
 * renamed (its department, units and projects get a district and a number), so every copy is a distinct
 * budget with its own names while its 功能分类/经济分类 lines repeat, as they do across real budgets.
 */
import type { Budget } from '../src/model/types';

const DISTRICTS = ['越秀', '荔湾', '天河', '白云', '黄埔', '番禺', '花都', '南沙', '从化', '增城', '海珠'];

export function generatedCorpus(base: readonly Budget[], size: number): Budget[] {
  const out: Budget[] = [];
  for (let i = 0; i < size; i++) {
    const b = base[i % base.length] as Budget;
    const tag = `${DISTRICTS[i % DISTRICTS.length] ?? ''}${i + 1}`;
    // Shallow copies: the big arrays (tables, checks) are shared, only what is renamed is new.
    out.push({
      ...b,
      id: `${b.id}-${i + 1}`,
      department: `${b.department}（${tag}分部）`,
      units: b.units.map((u) => ({ ...u, name: `${u.name}（${tag}）` })),
      projects: b.projects.map((p) => ({ ...p, name: `${p.name}（${tag}号）` })),
    });
  }
  return out;
}
