/**
 * The catalog, department and region pages (scripts/routePages.ts, scripts/pageShell.ts): a hostile name is
 * escaped wherever it goes, each page climbs back to the site root through <base> and names its route for
 * the app, the root keeps the app's loading line and puts the catalog into <noscript> (old #/ links must not
 * flash it), canonical only with SITE_URL, and a template it cannot fill stops the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogBody, comparePagePath, departmentBody, departmentPagePath, linkedComparisons, regionBody, regionPagePath } from '../../scripts/routePages';
import { compareBody } from '../../scripts/compareMarkup';
import { formatAmount } from '../../src/model/format';
import { pageFolder, shellHtml } from '../../scripts/pageShell';
import { buildCatalogHead } from '../../src/model/catalogHead';
import type { DepartmentFile } from '../../src/model/departmentFile';
import type { Budget, BudgetIndex } from '../../src/model/types';

const dir = join(process.cwd(), 'public', 'data');
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as BudgetIndex;
const template = readFileSync(join(process.cwd(), 'index.html'), 'utf8').replace(
  '<meta charset="UTF-8" />',
  '<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src \'self\'" />',
);
const HOSTILE = '<img src=x onerror=alert(1)>"\'';
const entry = index.budgets.find((e) => e.partOf) ?? index.budgets[0]!;
const file = JSON.parse(readFileSync(join(dir, 'departments', `${entry.departmentId}.json`), 'utf8')) as DepartmentFile;

describe('route pages', () => {
  it('escape a hostile department name in the catalog, the department page and the region page', () => {
    const hostileIndex: BudgetIndex = { ...index, budgets: index.budgets.map((e) => ({ ...e, department: HOSTILE })) };
    const hostileFile: DepartmentFile = { ...file, entries: file.entries.map((e) => ({ ...e, department: HOSTILE })) };
    const pages = [
      catalogBody(buildCatalogHead(hostileIndex)),
      departmentBody(hostileFile, hostileIndex).body,
      regionBody(hostileIndex, entry.region, entry.year).body,
    ];
    for (const html of pages) {
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
    const d = departmentBody(hostileFile, hostileIndex);
    const html = shellHtml(template, { path: departmentPagePath(file.departmentId), route: '#/x', bodyIn: 'root', noscript: 'n', siteName: 's', ...d });
    expect(html.match(/<title>[^<]*<\/title>/)?.[0]).toContain('&lt;img');
    expect(html).not.toContain('<img');
  });

  it('a department page climbs two folders back to the root, names its route, and is canonical only with SITE_URL', () => {
    const d = departmentBody(file, index);
    const path = departmentPagePath(file.departmentId);
    const html = shellHtml(template, { path, route: `#/department/${file.departmentId}`, bodyIn: 'root', noscript: 'n', siteName: 's', ...d });
    expect(html).toContain('<base href="../../" />');
    expect(html.indexOf('<base ')).toBeLessThan(html.indexOf('src="/src/main.tsx"'));
    expect(html).toContain(`<meta name="yusuan-route" content="#/department/${file.departmentId}" />`);
    expect(html).toContain('data-testid="prerendered-department"');
    expect(html).not.toContain('rel="canonical"');
    const abs = shellHtml(template, { path, bodyIn: 'root', noscript: 'n', siteName: 's', ...d }, 'https://example.org/b/');
    expect(abs).toContain(`<link rel="canonical" href="https://example.org/b/${path}" />`);
    expect(regionPagePath('海珠区', 2021)).toBe(`region/${encodeURIComponent('海珠区')}/2021/`);
  });

  it('the root keeps its loading line in #root and carries the catalog in <noscript>, without a <base>', () => {
    const html = shellHtml(template, {
      path: '',
      title: 't',
      description: 'd',
      body: catalogBody(buildCatalogHead(index)),
      bodyIn: 'noscript',
      noscript: 'n',
      siteName: 's',
    });
    expect(html).not.toContain('<base ');
    expect(html).not.toContain('yusuan-route');
    expect(html).toMatch(/<div id="root"><p class="boot">/);
    expect(html).toMatch(/<noscript><section class="prerendered" data-testid="prerendered-catalog">/);
    for (const e of index.budgets.slice(0, 50)) expect(html).toContain(`href="./budget/${e.id}/treemap/"`);
  });

  it('stops on a template it cannot fill, naming the page', () => {
    const d = departmentBody(file, index);
    expect(() => shellHtml('<html><body>nothing</body></html>', { path: 'department/x/', bodyIn: 'root', noscript: 'n', siteName: 's', ...d })).toThrow(
      /no place for .*page \/department\/x\//,
    );
  });
});

describe('a "$&" in a printed name', () => {
  it('stays text in every page (replacement patterns are not applied)', () => {
    const odd: DepartmentFile = { ...file, entries: file.entries.map((e) => ({ ...e, department: 'A$&B$1C' })) };
    const d = departmentBody(odd, index);
    const html = shellHtml(template, { path: 'department/x/', bodyIn: 'root', noscript: 'n', siteName: 's', ...d });
    expect(html).toContain('A$&amp;B$1C');
    expect(html.match(/<title>[^<]*<\/title>/)?.[0]).toContain('A$&amp;B$1C');
  });
});

describe('compare pages', () => {
  it('are the pairs the budget pages link to (a department’s two years, older first), each once', () => {
    const pairs = linkedComparisons(index);
    for (const ids of pairs) {
      const [a, b] = ids.map((id) => index.budgets.find((e) => e.id === id)!);
      expect(a!.departmentId).toBe(b!.departmentId);
      expect(a!.year).toBeLessThan(b!.year);
    }
    expect(new Set(pairs.map((p) => p.join(','))).size).toBe(pairs.length);
    expect(comparePagePath(['a-2021', 'a-2025'])).toBe('compare/a-2021/a-2025/');
  });

  it('escape a hostile name and give every budget’s total', () => {
    const [ids] = linkedComparisons(index);
    const budgets = ids!.map((id) => JSON.parse(readFileSync(join(dir, index.budgets.find((e) => e.id === id)!.file), 'utf8')) as Budget);
    const page = compareBody(
      budgets.map((b) => ({ ...b, department: HOSTILE })),
      index.crosswalk,
    );
    expect(page.body).not.toContain('<img');
    for (const b of budgets) expect(page.body).toContain(formatAmount(b.expenditure.total));
  });
});

describe('page folders', () => {
  it('decode a Chinese region name and refuse a name that would leave its folder', () => {
    expect(pageFolder(regionPagePath('海珠区', 2021))).toBe('region/海珠区/2021');
    for (const bad of ['..', '.', 'a/b', '../../x', 'a\\b']) expect(() => pageFolder(regionPagePath(bad, 2024))).toThrow(/cannot be a folder/);
  });
});
