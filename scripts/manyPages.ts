/**
 * 部门 and 地区 pages (issue 11): every department (department/<id>/) and every region and year
 * (region/<region>/<year>/), in Chinese and in English (en/…) — the app's own DepartmentPage and RegionPage
 * rendered at build time (scripts/prerender.ts), their charts drawn at the two fixed widths, hydrated by the
 * browser (src/main.tsx). Each has its own title (the one the page then sets), description, link card with
 * its picture (scripts/routePreviews.ts, drawn by the caller), and links to the budgets' pages that work
 * without a script (state/pagePath.ts: pageLink).
 */
import { resolve } from 'node:path';
import { deptName, regionNameOf } from '../src/app/names';
import { amountView } from '../src/app/amounts/amountView';
import { effectiveAmountMode } from '../src/model/displayAmount';
import { departmentFile, type DepartmentFile } from '../src/model/departmentFile';
import type { Lang } from '../src/model/lang';
import { regionSummary, regionYears } from '../src/model/region';
import type { BudgetIndex } from '../src/model/types';
import { departmentPagePath, regionPagePath } from '../src/state/pagePath';
import type { RenderRoute } from './prerender';
import { type AppPage, appPageWriter, type AssetsOf, type PageHead } from './appPages';
import type { PreviewJob } from './previewImages';
import { readJson } from './readJson';
import { wordsOf } from './pageWords';
import { departmentPreview, picturesOf, regionPreview, type RoutePreview } from './routePreviews';

/** 部门: the title DepartmentPage sets, and each document's total (English: in million yuan, exact, as the page shows). */
export function departmentHead(file: DepartmentFile, lang: Lang): PageHead {
  const t = wordsOf(lang);
  const latest = file.entries.at(-1);
  if (!latest) throw new Error(`department pages: data/${departmentFile(file.departmentId)} lists no documents`);
  const av = amountView(t, effectiveAmountMode(lang, undefined));
  const name = deptName(latest, t);
  const docs = file.entries.map((e) => `${e.year}${lang === 'en' ? ' ' : ' 年'}${t.kinds[e.kind]} ${av.text(e.total, e.unit)} ${av.unit(e.unit)}`);
  return {
    title: `${t.many.departmentTitle(name)} · ${t.appName}`,
    description: lang === 'en' ? `${name}: ${docs.join('; ')}.` : `${name}：${docs.join('；')}。`,
  };
}

/** 地区: the title RegionPage sets, and each kind's total (summed in 万元; English in million yuan, exact). */
export function regionHead(index: BudgetIndex, region: string, year: number, lang: Lang): PageHead {
  const t = wordsOf(lang);
  const summary = regionSummary(index, region, year);
  if (!summary) throw new Error(`region pages: data/index.json has no budget of ${region} ${year}`);
  const regionEn = index.budgets.find((b) => b.region === region)?.regionEn;
  const heading = t.many.regionTitle(regionNameOf({ region, ...(regionEn ? { regionEn } : {}) }, t), year);
  const av = amountView(t, effectiveAmountMode(lang, undefined));
  const groups = summary.groups.map(
    (g) => `${t.kinds[g.kind]} ${g.included.length + g.excluded.length}: ${t.many.regionTotal(av.text(g.totalWan, '万元'), av.unit('万元'))}`,
  );
  return {
    title: `${heading} · ${t.appName}`,
    description: lang === 'en' ? `${heading}. ${groups.join('; ')}.` : `${heading}：${groups.join('；')}。`,
  };
}

export interface ManyPagesReport {
  departments: number;
  regions: number;
  pages: number;
  /** The pictures the pages name, for renderPreviews to draw. */
  previews: PreviewJob[];
}

/**
 * Writes every department's and every region-year's page in each language into the built site. `template`:
 * the built index.html as the budget pages start it (staticPages.pageStart).
 */
export async function writeManyPages(outDir: string, template: string, render: RenderRoute, assetsOf: AssetsOf, siteUrl?: string): Promise<ManyPagesReport> {
  const index = readJson(resolve(outDir, 'data', 'index.json')) as BudgetIndex;
  const previews: PreviewJob[] = [];
  let pages = 0;
  const writePage = appPageWriter(outDir, template, render, assetsOf, siteUrl);
  const write = async (routeOf: AppPage['routeOf'], pathOf: AppPage['pathOf'], headOf: AppPage['headOf'], pictureOf: (lang: Lang) => RoutePreview) => {
    const pictures = picturesOf(pictureOf);
    previews.push(...pictures.jobs);
    pages += await writePage({ routeOf, pathOf, headOf, imageOf: pictures.imageOf });
  };
  const departments = [...new Set(index.budgets.map((e) => e.departmentId))];
  for (const id of departments) {
    const file = readJson(resolve(outDir, 'data', departmentFile(id))) as DepartmentFile;
    await write(
      (lang) => ({ page: 'department', departmentId: id, lang }),
      (lang) => departmentPagePath(id, lang),
      (lang) => departmentHead(file, lang),
      (lang) => departmentPreview(file, index.crosswalk, lang),
    );
  }
  const regions = regionYears(index);
  for (const r of regions) {
    await write(
      (lang) => ({ page: 'region', region: r.region, year: r.year, lang }),
      (lang) => regionPagePath(r.region, r.year, lang),
      (lang) => regionHead(index, r.region, r.year, lang),
      (lang) => regionPreview(index, r.region, r.year, lang),
    );
  }
  return { departments: departments.length, regions: regions.length, pages, previews };
}
