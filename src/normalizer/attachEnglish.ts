/**
 * Emit step — English names beside the printed Chinese (data/names-en.json, the only source of them):
 * departmentEn and regionEn on the budget (and so on its catalog entry), nameEn on every 功能分类 and
 * 经济分类 row (per-fund tables too) and on each unit (单位), unitNameEn where a row names its unit.
 * The printed `name` is never touched: a misprint (社会保障和就业出) has no entry and so no English, and
 * the interface shows it as printed.
 */
import type { Budget, EconomicRow, FunctionalRow } from '../model/types';
import { stripOrdinal } from '../model/searchText';
import type { EnglishLookup } from './englishNames';

/** A functional name may carry a list ordinal ("一、一般公共服务支出"): look up the name without it. */
function functionalEn(lookup: EnglishLookup, name: string): { nameEn?: string } {
  return lookup.field('functional', stripOrdinal(name));
}

function withFunctional(lookup: EnglishLookup, rows: readonly FunctionalRow[]): FunctionalRow[] {
  return rows.map((r) => ({ ...r, ...functionalEn(lookup, r.name) }));
}

function withEconomic(lookup: EnglishLookup, rows: readonly EconomicRow[]): EconomicRow[] {
  return rows.map((r) => ({ ...r, ...lookup.field('economic', r.name) }));
}

function unitNameEn(lookup: EnglishLookup, name: string | undefined): { unitNameEn?: string } {
  const en = name === undefined ? undefined : lookup.get('organisations', name);
  return en === undefined ? {} : { unitNameEn: en };
}

/** The budget with English names added beside the printed ones; a new object, the input is unchanged. */
export function attachEnglish(budget: Budget, lookup: EnglishLookup): Budget {
  const departmentEn = lookup.get('organisations', budget.department);
  const regionEn = lookup.get('regions', budget.region);
  return {
    ...budget,
    ...(departmentEn === undefined ? {} : { departmentEn }),
    ...(regionEn === undefined ? {} : { regionEn }),
    units: budget.units.map((u) => ({ ...u, ...lookup.field('organisations', u.name) })),
    functional: withFunctional(lookup, budget.functional),
    functionalByFund: budget.functionalByFund.map((f) => ({ ...f, rows: withFunctional(lookup, f.rows) })),
    economic: withEconomic(lookup, budget.economic),
    basicByUnit: budget.basicByUnit.map((r) => ({ ...r, ...unitNameEn(lookup, r.unitName) })),
    projects: budget.projects.map((p) => ({ ...p, ...unitNameEn(lookup, p.unitName) })),
  };
}
