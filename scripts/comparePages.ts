/**
 * 对比 pages (issue 11): every comparison the budget pages link to (与其他年度比较: a department's two years,
 * older first) at compare/<id>/<id>/, in Chinese and in English (en/…) — the app's compare page rendered at
 * build time and hydrated (appPages.ts), its bars drawn at the two fixed widths until they measure, with its
 * own title, description and picture (routePreviews.ts, drawn by the caller), and every section's lines in
 * <noscript> (compareMarkup.ts): the app's tables open their deeper lines with the script.
 */
import { resolve } from 'node:path';
import { otherYears } from '../src/model/compare/departments';
import type { Budget, BudgetIndex } from '../src/model/types';
import { comparePagePath } from '../src/state/pagePath';
import { compareRoute } from '../src/state/route';
import { appPageWriter, type AssetsOf } from './appPages';
import { compareHead, compareTables } from './compareMarkup';
import type { RenderRoute } from './prerender';
import type { PreviewJob } from './previewImages';
import { readJson } from './readJson';
import { wordsOf } from './pageWords';
import { comparePreview, picturesOf } from './routePreviews';

/** Every pair the budget pages link to (OtherYearsLink: each budget with each other year of its department, older first). */
export function linkedComparisons(index: BudgetIndex): string[][] {
  const pairs = new Map<string, string[]>();
  for (const e of index.budgets) {
    for (const o of otherYears(e, index.budgets)) {
      const ids = o.year < e.year ? [o.id, e.id] : [e.id, o.id];
      pairs.set(ids.join(','), ids);
    }
  }
  return [...pairs.values()];
}

/** Writes every linked comparison's page in each language; gives how many comparisons and pages, and their pictures. */
export async function writeComparePages(
  outDir: string,
  template: string,
  render: RenderRoute,
  assetsOf: AssetsOf,
  siteUrl?: string,
): Promise<{ comparisons: number; pages: number; previews: PreviewJob[] }> {
  const index = readJson(resolve(outDir, 'data', 'index.json')) as BudgetIndex;
  const write = appPageWriter(outDir, template, render, assetsOf, siteUrl);
  const previews: PreviewJob[] = [];
  const comparisons = linkedComparisons(index);
  let pages = 0;
  for (const ids of comparisons) {
    const budgets = ids.map((id) => {
      const entry = index.budgets.find((e) => e.id === id);
      if (!entry) throw new Error(`compare pages: data/index.json has no budget ${id}`);
      return readJson(resolve(outDir, 'data', entry.file)) as Budget;
    });
    const pictures = picturesOf((lang) => comparePreview(budgets, index.crosswalk, lang));
    previews.push(...pictures.jobs);
    pages += await write({
      routeOf: (lang) => compareRoute(ids, lang),
      pathOf: (lang) => comparePagePath(ids, lang),
      headOf: (lang) => compareHead(budgets, index.crosswalk, lang),
      imageOf: pictures.imageOf,
      noscriptOf: (lang) => compareTables(budgets, index.crosswalk, wordsOf(lang)),
    });
  }
  return { comparisons: comparisons.length, pages, previews };
}
