/**
 * The preview pictures of the catalog, department, region and compare pages (scripts/routePreviews.ts) and
 * their link-card tags (scripts/pageShell.ts): each picture is exactly the preview's size in the export's
 * frame, draws the figures as printed with their unit, says what it leaves out (a region never adds a
 * budget inside another), draws fewer lines and says so where not all fit, escapes names from the data;
 * each page names its picture relative to its own address, or absolute under SITE_URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BARS } from '../../src/charts/Compare/compareBarsLayout';
import { fitBars } from '../../scripts/barsMarkup';
import { imageMeta, imageUrl, shellHtml } from '../../scripts/pageShell';
import { LAYOUT } from '../../scripts/previewImages';
import { catalogPreview, comparePreview, departmentPreview, regionPreview } from '../../scripts/routePreviews';
import { linkedComparisons } from '../../scripts/comparePages';
import { PREVIEW_SIZE } from '../../src/app/embed/imageEmbed';
import { buildCatalogHead } from '../../src/model/catalogHead';
import type { DepartmentFile } from '../../src/model/departmentFile';
import { formatAmount } from '../../src/model/format';
import { formatShown } from '../../src/model/displayAmount';
import { regionSummary, regionYears } from '../../src/model/region';
import type { Amount, Budget, BudgetIndex, BudgetIndexEntry } from '../../src/model/types';

const dir = join(process.cwd(), 'public', 'data');
const read = <T>(rel: string) => JSON.parse(readFileSync(join(dir, rel), 'utf8')) as T;
const index = read<BudgetIndex>('index.json');
const budgetOf = (id: string) => read<Budget>(index.budgets.find((e) => e.id === id)!.file);
const fileOf = (id: string) => read<DepartmentFile>(`departments/${id}.json`);
const SIZE = `width="${LAYOUT.width}" height="${LAYOUT.height}" viewBox="0 0 ${LAYOUT.width} ${LAYOUT.height}"`;
const printed = (e: Pick<BudgetIndexEntry, 'total' | 'unit'>) => `${formatAmount(e.total)} ${e.unit}`;
const HOSTILE = '<script>alert(1)</script>"';

describe('route preview pictures', () => {
  for (const id of new Set(index.budgets.map((e) => e.departmentId))) {
    it(`department ${id}: each document's totals as printed, with the unit, on one scale in 万元`, () => {
      const p = departmentPreview(fileOf(id), index.crosswalk);
      expect(p.path).toBe(`preview/department/${id}.png`);
      expect(p.svg).toContain(SIZE);
      for (const e of index.budgets.filter((x) => x.departmentId === id)) {
        expect(p.svg).toContain(printed(e));
        expect(p.alt).toContain(`支出总计 ${printed(e)}`);
        expect(p.svg).toContain(e.source);
      }
      expect(p.svg).toMatch(/刻度：每格 [\d,.]+ 万元/);
      expect(p.svg).toContain('预算透视');
    });
  }

  it('a department with years missing names them, never as 0', () => {
    const p = departmentPreview(fileOf('haizhu-data-bureau'), index.crosswalk);
    expect(p.svg).toContain('以下年份没有文件：2022, 2023, 2024。');
    expect(p.alt).toContain('以下年份没有文件：2022, 2023, 2024。');
  });

  it('a department printed in 元: its figures as printed in 元, the ruler saying they were converted for the bars', () => {
    const e = index.budgets.find((x) => x.unit === '元')!;
    const p = departmentPreview(fileOf(e.departmentId), index.crosswalk);
    expect(p.svg).toContain(`${formatAmount(e.total)} 元`);
    expect(p.svg).toContain('以元印出的文件按 1 万元 = 10,000 元精确换算');
  });

  it('a department of many documents draws the latest that fit, and says how many of how many', () => {
    const file = fileOf('haizhu-data-bureau');
    const years = Array.from({ length: 14 }, (_, i) => 2010 + i);
    const many: DepartmentFile = {
      ...file,
      entries: years.map((year) => ({ ...file.entries[0]!, id: `x-${year}`, year })),
      trend: years.map((year) => ({ ...file.trend[0]!, id: `x-${year}` })),
    };
    const p = departmentPreview(many, index.crosswalk);
    expect(p.svg).toContain(SIZE);
    const shown = /图中为最近 (\d+) 份（共 14 份）/.exec(p.svg);
    expect(shown).not.toBeNull();
    const k = Number(shown![1]);
    expect(k).toBeGreaterThan(1);
    expect(k).toBeLessThan(14);
    // The latest are drawn, the oldest left out.
    expect(p.svg).toContain('2023 部门预算');
    expect(p.svg).not.toContain('2010 部门预算');
    expect(p.alt).toContain(`图中为最近 ${k} 份（共 14 份）`);
  });

  for (const r of regionYears(index)) {
    it(`region ${r.region} ${r.year}: each kind's total in 万元, each budget it sums as printed`, () => {
      const p = regionPreview(index, r.region, r.year);
      expect(p.path).toBe(`preview/region/${encodeURIComponent(r.region)}/${r.year}.png`);
      expect(p.svg).toContain(SIZE);
      for (const g of regionSummary(index, r.region, r.year)!.groups) {
        expect(p.svg).toContain(`合计 ${formatAmount(g.totalWan)} 万元`);
        expect(p.alt).toContain(`合计 ${formatAmount(g.totalWan)} 万元`);
        for (const x of g.included) {
          expect(p.svg).toContain(printed(x.entry));
          expect(p.alt).toContain(`${x.entry.department} ${printed(x.entry)}`);
        }
      }
    });
  }

  it('a region never adds a budget that is inside another: it is named as left out, with why, and draws no bar', () => {
    const r = regionYears(index).find((x) => regionSummary(index, x.region, x.year)!.groups.some((g) => g.excluded.length > 0))!;
    const g = regionSummary(index, r.region, r.year)!.groups.find((x) => x.excluded.length > 0)!;
    const p = regionPreview(index, r.region, r.year);
    const left = g.excluded[0]!;
    expect(p.svg).toContain(`未计入：${left.member.entry.department}`);
    expect(p.svg).toContain(`单位编码 ${left.unitCode}`);
    expect(p.alt).toContain(`未计入：${left.member.entry.department}`);
    // Its figure is in no bar and in no total: only the included budgets' figures are drawn.
    expect(p.svg).not.toContain(printed(left.member.entry));
    expect(p.svg.match(/<rect [^>]*rx="1.5"/g)).toHaveLength(g.included.length);
  });

  it('a region of many budgets draws the largest that fit, its total still the sum of all', () => {
    const base = index.budgets.find((e) => e.region === '白云区')!;
    const budgets = Array.from({ length: 40 }, (_, i) => ({ ...base, id: `b-${i}`, department: `第 ${i + 1} 部门`, total: `${1000 + i * 10}.00` as Amount }));
    const big: BudgetIndex = { ...index, budgets };
    const p = regionPreview(big, '白云区', base.year);
    expect(p.svg).toContain(SIZE);
    expect(p.svg).toContain(`合计 ${formatAmount(regionSummary(big, '白云区', base.year)!.groups[0]!.totalWan)} 万元`);
    expect(p.svg).toMatch(/图中各组只画最大的 \d+ 份，合计仍为全部文件之和/);
    expect(p.svg).toContain('第 40 部门');
    expect(p.svg).not.toContain('第 1 部门<');
  });

  it('a region with a budget and a final account keeps them apart, each under its own heading and total', () => {
    const base = index.budgets.find((e) => e.region === '白云区')!;
    const both: BudgetIndex = {
      ...index,
      budgets: [
        { ...base, id: 'a', total: '100.00' as Amount },
        { ...base, id: 'b', kind: 'final', total: '90.00' as Amount },
      ],
    };
    const p = regionPreview(both, '白云区', base.year);
    expect(p.svg).toContain('部门预算 合计 100.00 万元');
    expect(p.svg).toContain('部门决算 合计 90.00 万元');
    expect(p.svg).not.toContain('190.00');
  });

  for (const ids of linkedComparisons(index)) {
    it(`compare ${ids.join(' / ')}: the compare page's totals bars, figures, shares and differences, and its legend`, () => {
      const p = comparePreview(
        ids.map((id) => budgetOf(id)),
        index.crosswalk,
      );
      expect(p.path).toBe(`preview/compare/${ids.join('/')}.png`);
      expect(p.svg).toContain(SIZE);
      expect(p.svg).toContain('单位：万元');
      for (const id of ids) {
        const e = index.budgets.find((x) => x.id === id)!;
        expect(p.svg).toContain(`${formatAmount(e.total)} · 100.0%`);
        expect(p.alt).toContain(formatAmount(e.total));
        expect(p.svg).toContain(e.source);
      }
      expect(p.svg).toContain('差额（');
      expect(p.alt).toContain('（万元）');
    });
  }

  it('the catalog: counts, its first documents with their totals as printed, and no grand total', () => {
    const head = buildCatalogHead(index);
    const p = catalogPreview(index, head);
    expect(p.path).toBe('preview/catalog/index.png');
    expect(p.svg).toContain(SIZE);
    expect(p.svg).toContain(`${index.budgets.length} 份文件`);
    for (const e of head.first) expect(p.svg).toContain(printed(e));
    expect(p.svg).toContain('这里不提供合计');
    expect(p.alt).toContain(printed(head.first[0]!));
  });

  it('the catalog at 50 documents lists those that fit and says how many', () => {
    const budgets = Array.from({ length: 60 }, (_, i) => ({ ...index.budgets[i % index.budgets.length]!, id: `x-${i}` }));
    const big: BudgetIndex = { ...index, budgets };
    const p = catalogPreview(big, buildCatalogHead(big));
    expect(p.svg).toContain(SIZE);
    expect(p.svg).toMatch(/共 60 份文件，此处列出前 \d 份/);
  });

  it('escapes a hostile name in every picture', () => {
    const hostile: BudgetIndex = { ...index, budgets: index.budgets.map((e) => ({ ...e, department: HOSTILE, region: e.region })) };
    const file = fileOf('haizhu-data-bureau');
    const pictures = [
      departmentPreview({ ...file, entries: file.entries.map((e) => ({ ...e, department: HOSTILE })) }, index.crosswalk),
      regionPreview(hostile, '海珠区', 2021),
      comparePreview(
        linkedComparisons(index)[0]!.map((id) => ({ ...budgetOf(id), department: HOSTILE })),
        index.crosswalk,
      ),
      catalogPreview(hostile, buildCatalogHead(hostile)),
    ];
    for (const p of pictures) {
      expect(p.svg).not.toContain('<script>');
      expect(p.svg).toContain('&lt;script&gt;');
    }
  });

  // The English pages' pictures: English words and names, 百万元 converted exactly as the English pages show them.
  const million = (e: Pick<BudgetIndexEntry, 'total' | 'unit'>) => `${formatShown(e.total, e.unit, 'million')} million yuan`;
  /** What is left of a text once the printed Chinese names (those with no English name) are taken out: no Chinese. */
  const noChinese = (text: string, names: readonly string[]) => {
    let rest = text;
    for (const n of [...names].sort((a, b) => b.length - a.length)) rest = rest.split(n).join('');
    expect(rest).not.toMatch(/[\u4e00-\u9fff]/);
  };
  const printedNames = index.budgets.flatMap((e) => [e.department, e.region]);

  for (const id of new Set(index.budgets.map((e) => e.departmentId))) {
    it(`department ${id} in English: each document's totals in million yuan, exactly, on one scale`, () => {
      const p = departmentPreview(fileOf(id), index.crosswalk, 'en');
      expect(p.path).toBe(`preview/department/${id}.en.png`);
      expect(p.svg).toContain(SIZE);
      for (const e of index.budgets.filter((x) => x.departmentId === id)) {
        expect(p.svg).toContain(million(e));
        expect(p.alt).toContain(`Total spending ${million(e)}`);
      }
      expect(p.svg).toMatch(/Scale: [\d,.]+ million yuan a division/);
      expect(p.svg).toContain('Budget Lens');
      noChinese(p.alt, printedNames);
    });
  }

  for (const r of regionYears(index)) {
    it(`region ${r.region} ${r.year} in English: its sum and each budget in million yuan`, () => {
      const p = regionPreview(index, r.region, r.year, 'en');
      expect(p.path).toBe(`preview/region/${encodeURIComponent(r.region)}/${r.year}.en.png`);
      expect(p.svg).toContain(SIZE);
      const summary = regionSummary(index, r.region, r.year)!;
      for (const g of summary.groups) expect(p.alt).toContain(`Total ${formatShown(g.totalWan, '万元', 'million')} million yuan`);
      noChinese(p.alt, printedNames);
    });
  }

  it('compare in English: the totals in million yuan, the English legend and words', () => {
    const ids = linkedComparisons(index)[0]!;
    const p = comparePreview(
      ids.map((id) => budgetOf(id)),
      index.crosswalk,
      'en',
    );
    expect(p.path).toBe(`preview/compare/${ids.join('/')}.en.png`);
    expect(p.svg).toContain(SIZE);
    for (const id of ids)
      expect(p.alt).toContain(formatShown(index.budgets.find((x) => x.id === id)!.total, index.budgets.find((x) => x.id === id)!.unit, 'million'));
    expect(p.alt).toContain('(million yuan)');
    noChinese(p.alt, printedNames);
  });

  it('the catalog in English: counts, the first documents in million yuan, no grand total', () => {
    const head = buildCatalogHead(index);
    const p = catalogPreview(index, head, 'en');
    expect(p.path).toBe('preview/catalog/index.en.png');
    expect(p.svg).toContain(`${index.budgets.length} documents`);
    // The English names are longer: fewer fit the card, and it says how many.
    const k = Number(/the first (\d+) are listed/.exec(p.svg)?.[1]);
    expect(k).toBeGreaterThan(0);
    for (const e of head.first.slice(0, k)) {
      expect(p.svg).toContain(million(e));
      expect(p.alt).toContain(million(e));
    }
    expect(p.svg).toContain('There is no grand total here');
    noChinese(p.alt.replace('预算透视', ''), printedNames);
  });

  it('bars too many for the box are refused, not cut off', () => {
    const lines = Array.from({ length: 40 }, (_, i) => ({ key: `${i}`, label: `${i}`, depth: 0, amounts: ['1'], texts: ['1'], diffs: [] }));
    expect(fitBars({ lines, caption: (s) => s, fill: () => '#000' }, { width: 700, height: 200 }, 't')).toBeNull();
    const one = fitBars({ lines: lines.slice(0, 1), caption: (s) => s, fill: () => '#000' }, { width: 700, height: 200 }, 't')!;
    expect(one).toContain('width="700" height="200"');
    // Larger type where it fits, but never the phone's layout (labels above the bars).
    const zoom = 700 / Number(/viewBox="0 0 (\d+)/.exec(one)![1]);
    expect(700 / zoom).toBeGreaterThanOrEqual(BARS.narrowBelow);
  });
});

describe('link card tags', () => {
  const template = readFileSync(join(process.cwd(), 'index.html'), 'utf8').replace(
    '<meta charset="UTF-8" />',
    '<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src \'self\'" />',
  );
  const image = { path: 'preview/region/%E6%B5%B7/2021.png', alt: `合计 1.00 万元 ${HOSTILE}`, ...PREVIEW_SIZE };
  const page = { path: 'region/%E6%B5%B7/2021/', title: 't', description: 'd', body: '<p>b</p>', noscript: 'n', siteName: 's', image } as const;

  it('name the picture relative to the page’s own address (a crawler reads no <base>), or absolute under SITE_URL', () => {
    expect(imageUrl('preview/x.png', 0)).toBe('preview/x.png');
    expect(imageUrl('preview/x.png', 3)).toBe('../../../preview/x.png');
    expect(imageUrl('preview/x.png', 3, 'https://e.org/b/')).toBe('https://e.org/b/preview/x.png');
    const html = shellHtml(template, page);
    expect(html).toContain('<meta property="og:image" content="../../../preview/region/%E6%B5%B7/2021.png" />');
    expect(html).toContain('<meta name="twitter:image" content="../../../preview/region/%E6%B5%B7/2021.png" />');
    expect(html).toContain('<meta property="og:image:width" content="1200" />');
    expect(html).toContain('<meta property="og:image:height" content="630" />');
    expect(html).toContain('<meta property="og:image:type" content="image/png" />');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html).not.toContain('content="summary"');
    const abs = shellHtml(template, page, 'https://e.org/b/');
    expect(abs).toContain('<meta property="og:image" content="https://e.org/b/preview/region/%E6%B5%B7/2021.png" />');
  });

  it('escape the alt text, and give a plain summary card without a picture', () => {
    const html = shellHtml(template, page);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<meta property="og:image:alt" content="合计 1.00 万元 &lt;script&gt;alert(1)&lt;/script&gt;&quot;" />');
    expect(imageMeta(undefined, 2)).toEqual(['<meta name="twitter:card" content="summary" />']);
    const { image: _, ...without } = page;
    expect(shellHtml(template, without)).not.toContain('og:image');
  });
});
