import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facetValues, filterEntries, foldText, isEmptyFilter } from '../../src/model/catalogFacets';
import type { BudgetIndex, BudgetIndexEntry } from '../../src/model/types';

const index = JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', 'index.json'), 'utf8')) as BudgetIndex;
const all = index.budgets;
// A generated catalog beside the real one: 3 regions × 4 years × 3 kinds, one missing cell.
const gen: BudgetIndexEntry[] = [];
for (const region of ['甲区', '乙区', '丙区'])
  for (const year of [2021, 2022, 2023, 2024])
    for (const kind of ['budget', 'unitBudget', 'final'] as const)
      if (!(region === '丙区' && year === 2024 && kind === 'final'))
        gen.push({ ...all[0]!, id: `${region}-${year}-${kind}`, region, year, kind, unit: kind === 'final' ? '万元' : '元' });

describe('catalog facets', () => {
  it('filters by each facet and by text, and an empty filter keeps everything in order', () => {
    expect(filterEntries(all, {})).toEqual(all);
    expect(isEmptyFilter({ text: '' })).toBe(true);
    expect(filterEntries(gen, { region: '乙区' })).toHaveLength(12);
    expect(filterEntries(gen, { region: '丙区', year: 2024 })).toHaveLength(2);
    expect(filterEntries(gen, { kind: 'final', unit: '元' })).toEqual([]);
    const real = all[0]!;
    expect(filterEntries(all, { text: real.region }).every((e) => e.region === real.region || e.department.includes(real.region))).toBe(true);
    expect(filterEntries(all, { text: ` ${real.department.slice(-4)} ` })).toContain(real);
  });

  it('counts each facet over what the other facets leave (a click shows that many), a chosen value stays listed', () => {
    const f = { region: '丙区', kind: 'final' as const };
    // Years with 丙区 finals: 2021–2023 one each, 2024 none.
    expect(facetValues(gen, f, 'year')).toEqual([
      { value: '2024', count: 0 },
      { value: '2023', count: 1 },
      { value: '2022', count: 1 },
      { value: '2021', count: 1 },
    ]);
    // Regions ignore the region facet itself: finals per region, ties in pinyin order (甲 jiǎ before 乙 yǐ).
    expect(facetValues(gen, f, 'region')).toEqual([
      { value: '甲区', count: 4 },
      { value: '乙区', count: 4 },
      { value: '丙区', count: 3 },
    ]);
    for (const v of facetValues(all, {}, 'region')) expect(filterEntries(all, { region: v.value })).toHaveLength(v.count);
  });

  it('folds full-width forms and spaces in the text filter', () => {
    expect(foldText('ＨＡＩ ＺＨＵ　２０２１')).toBe('haizhu2021');
  });
});
