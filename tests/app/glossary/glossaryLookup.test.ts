import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budgetsWithout, definitionsIn, findEntry, keysOf, lenders } from '../../../src/app/glossary/glossaryLookup';
import { TERMS, TERM_KEYS } from '../../../src/app/glossary/terms';
import { GLOSSARY_EN } from '../../../src/app/i18n/glossaryText';
import { parseGlossaryFile, parseManifest } from '../../../src/model/searchShards/parseShards';
import { decode } from '../../../src/model/searchShards/sortedSets';
import type { Budget, BudgetIndex } from '../../../src/model/types';

const index = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as BudgetIndex;
const budgets = index.budgets.map((e) => JSON.parse(readFileSync(`public/data/${e.file}`, 'utf8')) as Budget);
const byId = (id: string) => budgets.find((b) => b.id === id)!;
// The published search index's manifest and glossary file, as the popover reads them.
const manifest = parseManifest(JSON.parse(readFileSync('public/data/search/manifest.json', 'utf8')));
if (!manifest.ok) throw new Error(manifest.reason);
const glossary = parseGlossaryFile(JSON.parse(readFileSync('public/data/search/glossary.json', 'utf8')), manifest.value);
if (!glossary.ok) throw new Error(glossary.reason);
const refs = manifest.value.budgets;
const have = (info: (typeof TERMS)[keyof typeof TERMS]): Set<number> => new Set([...keysOf(info)].flatMap((k) => Array.from(decode(glossary.value.terms[k]))));
const departmentIds = new Map(index.budgets.map((e) => [e.id, e.departmentId] as const));

describe('findEntry: a term in a document’s 名词解释', () => {
  it('matches “三公”经费 and "三公"经费 (quote styles) in every budget that explains it', () => {
    for (const b of budgets) {
      const printed = b.glossary.find((g) => g.term.includes('三公'));
      expect(findEntry(b.glossary, TERMS.threePublic)?.term ?? null).toBe(printed?.term ?? null);
    }
  });
  it('finds 机关运行经费 also where it is printed 行政经费（机关运行经费）', () => {
    const printed = budgets.flatMap((b) => b.glossary.filter((g) => g.term.includes('机关运行经费')).map((g) => ({ b, g })));
    expect(printed.length).toBeGreaterThan(1);
    for (const { b, g } of printed) expect(findEntry(b.glossary, TERMS.adminCost)).toBe(g);
  });
  it('does not take a longer term for a shorter one', () => {
    for (const b of budgets) expect(findEntry(b.glossary, TERMS.project)?.term).not.toBe('市级财政专项资金');
  });
});

describe('definitionsIn', () => {
  it('quotes each budget’s own text, merging only identical ones', () => {
    const grid = budgets.find((b) => b.partOf)!;
    const whole = byId(grid.partOf!.budget);
    const defs = definitionsIn([grid, whole], TERMS.basic);
    expect(defs.flatMap((d) => d.citations.map((c) => c.budgetId)).sort()).toEqual([grid.id, whole.id].sort());
    for (const d of defs) for (const c of d.citations) expect(byId(c.budgetId).glossary.some((g) => g.definition === d.text && g.src === c.src)).toBe(true);
    const twice = definitionsIn([grid, grid], TERMS.basic);
    expect(twice).toHaveLength(1);
    expect(twice[0]!.citations).toHaveLength(1);
  });
  it('lists the budgets on screen that lack a term', () => {
    const lacking = budgets.filter((b) => findEntry(b.glossary, TERMS.departmentBudget) === null);
    expect(budgetsWithout(budgets, TERMS.departmentBudget).map((b) => b.id)).toEqual(lacking.map((b) => b.id));
  });
});

describe('lenders: who else explains a term (from the search index, before any budget loads)', () => {
  it('lists exactly the other budgets whose glossary has it, the same department first', () => {
    const lacking = budgets.find((b) => findEntry(b.glossary, TERMS.departmentBudget) === null)!;
    const ids = lenders(refs, have(TERMS.departmentBudget), [lacking], departmentIds);
    const expected = budgets.filter((b) => b.id !== lacking.id && findEntry(b.glossary, TERMS.departmentBudget) !== null).map((b) => b.id);
    expect([...ids].sort()).toEqual([...expected].sort());
    // Where the same department explains it in another year (002 → 001), that budget comes first.
    const sameDept = expected.filter((id) => byId(id).departmentId === lacking.departmentId);
    if (sameDept.length > 0) expect(sameDept).toContain(ids[0]);
  });
  it('finds no one for a term no document explains', () => {
    expect(lenders(refs, have(TERMS.procurement), [], departmentIds)).toEqual([]);
    expect(budgets.some((b) => findEntry(b.glossary, TERMS.procurement))).toBe(false);
  });
});

describe('English renderings', () => {
  it('exist for every term', () => {
    for (const k of TERM_KEYS) {
      expect(GLOSSARY_EN[k].term.length).toBeGreaterThan(2);
      expect(GLOSSARY_EN[k].text.length).toBeGreaterThan(30);
    }
  });
});
