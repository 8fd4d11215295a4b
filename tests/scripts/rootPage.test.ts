/**
 * The catalog, department and region pages (scripts/routePages.ts, manyPages.ts, pageShell.ts): a hostile
 * name is escaped wherever it goes, each page climbs back to the site root through <base> and names its route
 * for the app, a department or region page carries the app's render in #root with its route for hydration,
 * in its language, the root keeps the app's loading line and puts the catalog into <noscript> (old #/ links
 * must not flash it), canonical only with SITE_URL, and a template it cannot fill stops the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashGuard, HASH_ROUTE_MARK } from '../../scripts/rootPage';
import { EARLY_CLICKS } from '../../src/ui/earlyClicks';
import { departmentPagePath, regionPagePath } from '../../src/state/pagePath';
import { linkedComparisons } from '../../scripts/comparePages';
import { comparePagePath } from '../../src/state/pagePath';
import { departmentHead, regionHead } from '../../scripts/manyPages';
import { compareHead, compareTables } from '../../scripts/compareMarkup';
import { en } from '../../src/app/i18n/en';
import { zh } from '../../src/app/i18n/zh';
import Decimal from 'decimal.js';
import { formatAmount } from '../../src/model/format';
import { pageFolder, shellHtml } from '../../scripts/pageShell';
import type { DepartmentFile } from '../../src/model/departmentFile';
import type { Budget, BudgetIndex } from '../../src/model/types';
import { compareWords } from '../../src/app/i18n/compareLang';

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
  it('escape a hostile department name in the department and region pages’ heads', () => {
    const hostileIndex: BudgetIndex = {
      ...index,
      budgets: index.budgets.map((e) => ({ ...e, department: HOSTILE, departmentEn: HOSTILE, region: HOSTILE, regionEn: HOSTILE })),
    };
    const hostileFile: DepartmentFile = { ...file, entries: file.entries.map((e) => ({ ...e, department: HOSTILE, departmentEn: HOSTILE })) };
    for (const head of [
      departmentHead(hostileFile, 'zh'),
      departmentHead(hostileFile, 'en'),
      regionHead(hostileIndex, HOSTILE, entry.year, 'zh'),
      regionHead(hostileIndex, HOSTILE, entry.year, 'en'),
    ]) {
      expect(head.title).toContain(HOSTILE);
      const html = shellHtml(template, {
        path: departmentPagePath(file.departmentId),
        route: '#/x',
        body: '<p>x</p>',

        noscript: 'n',
        siteName: 's',
        ...head,
      });
      expect(html.match(/<title>[^<]*<\/title>/)?.[0]).toContain('&lt;img');
      expect(html).not.toContain('<img');
    }
  });

  it('a department page climbs two folders back to the root, names its route, and is canonical only with SITE_URL', () => {
    const d = { ...departmentHead(file, 'zh'), body: '<article data-testid="department-page">…</article>' };
    const path = departmentPagePath(file.departmentId);
    const html = shellHtml(template, { path, route: `#/department/${file.departmentId}`, noscript: 'n', siteName: 's', ...d });
    expect(html).toContain('<base href="../../" />');
    expect(html.indexOf('<base ')).toBeLessThan(html.indexOf('src="/src/main.tsx"'));
    expect(html).toContain(`<meta name="yusuan-route" content="#/department/${file.departmentId}" />`);
    // Not the app's render (no `hydrate`): the app replaces it.
    expect(html).toContain('<div id="root"><article data-testid="department-page">');
    expect(html).toContain('<html lang="zh-CN"');
    expect(html).not.toContain('rel="canonical"');
    const abs = shellHtml(template, { path, noscript: 'n', siteName: 's', ...d }, 'https://example.org/b/');
    expect(abs).toContain(`<link rel="canonical" href="https://example.org/b/${path}" />`);
    expect(regionPagePath('海珠区', 2021)).toBe(`region/${encodeURIComponent('海珠区')}/2021/`);
  });

  it('the English page of an app render names its route for hydration, its language, the Chinese page and its own stylesheets', () => {
    const path = departmentPagePath(file.departmentId, 'en');
    expect(path).toBe(`en/department/${file.departmentId}/`);
    const route = `#/department/${file.departmentId}?lang=en`;
    const html = shellHtml(template, {
      path,
      route,
      ...departmentHead(file, 'en'),
      body: '<article data-testid="department-page">…</article>',

      hydrate: true,
      lang: 'en',
      noscript: 'n',
      siteName: 's',
      alternates: [{ hreflang: 'zh-CN', href: departmentPagePath(file.departmentId) }],
      assets: { css: ['assets/DepartmentPage-x.css'], modules: ['assets/DepartmentPage-x.js'] },
    });
    expect(html).toContain('<base href="../../../" />');
    expect(html).toContain(`<div id="root" data-route="${route}"><article`);
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<meta property="og:locale" content="en_US" />');
    expect(html).toContain(`<link rel="alternate" hreflang="zh-CN" href="department/${file.departmentId}/" />`);
    expect(html).toMatch(/<link rel="stylesheet" crossorigin href="\.\/assets\/DepartmentPage-x\.css">\s*<\/head>/);
    // No start module in this template (the dev index.html): its modules have no list to join.
    expect(html).not.toContain('DepartmentPage-x.js');
  });

  it('give each document’s total, as printed in Chinese and in million yuan converted exactly in English', () => {
    const zhHead = departmentHead(file, 'zh');
    const enHead = departmentHead(file, 'en');
    for (const e of file.entries) {
      expect(zhHead.description).toContain(`${e.year} `);
      expect(zhHead.description).toContain(`${formatAmount(e.total)} ${e.unit}`);
    }
    const last = file.entries.at(-1)!;
    // 万元 → 百万元 is a move of the point by two places: 1,234.56 万元 = 12.3456 million yuan.
    const million =
      last.unit === '万元' ? formatAmount(new Decimal(last.total).div(100).toString()) : formatAmount(new Decimal(last.total).div(1_000_000).toString());
    expect(enHead.description).toContain(`${million} million yuan`);
    const region = regionHead(index, entry.region, entry.year, 'zh');
    expect(region.description).toMatch(/万元/);
    expect(region.title).toContain(String(entry.year));
  });

  it('the root is the catalog as the app rendered it, its guard script before the first stylesheet, without a <base>', () => {
    const guard = hashGuard();
    const html = shellHtml(template, {
      path: '',
      route: '#/',
      hydrate: true,
      title: 't',
      description: 'd',
      body: '<table data-testid="catalog-table"></table>',
      noscript: 'n',
      siteName: 's',
      headScript: guard.path,
    });
    expect(html).not.toContain('<base ');
    expect(html).toContain('<div id="root" data-route="#/"><table data-testid="catalog-table">');
    const script = html.indexOf(`<script src="./${guard.path}"></script>`);
    expect(script).toBeGreaterThan(0);
    expect(script).toBeLessThan(html.indexOf('<link rel="stylesheet"') === -1 ? html.indexOf('</head>') : html.indexOf('<link rel="stylesheet"'));
    expect(guard.path).toMatch(/^assets\/hash-guard-[0-9a-f]{8}\.js$/);
  });

  it('the guard marks the document only when the hash names another route than the catalog', () => {
    const marked = (hash: string) => {
      const attrs = new Map<string, string>();
      const document = { documentElement: { setAttribute: (k: string, v: string) => attrs.set(k, v) }, addEventListener: () => {} };
      new Function('location', 'document', 'window', hashGuard().code)({ hash }, document, {});
      return attrs.has(HASH_ROUTE_MARK);
    };
    for (const h of ['', '#', '#/', '#main']) expect(marked(h), h).toBe(false);
    for (const h of ['#/budget/x/treemap', '#/embed/x/sankey', '#/?lang=en', '#/compare?ids=a,b']) expect(marked(h), h).toBe(true);
  });

  it('the guard keeps the buttons of #root pressed before the app takes the list, enabled ones only, none after', () => {
    type Listener = { type: string; fn: (e: { target: unknown }) => void; capture: boolean };
    let listener: Listener | undefined;
    const document = {
      documentElement: { setAttribute: () => {} },
      addEventListener: (type: string, fn: Listener['fn'], capture: boolean) => {
        listener = { type, fn, capture };
      },
    };
    const window: Record<string, { open: boolean; buttons: unknown[] }> = {};
    const asked: string[] = [];
    class Element {
      constructor(readonly button: object | null) {}
      closest(selector: string) {
        asked.push(selector);
        return this.button;
      }
    }
    new Function('location', 'document', 'window', 'Element', hashGuard().code)({ hash: '' }, document, window, Element);
    expect(listener?.type).toBe('click');
    // Capture: a handler that stops the click cannot hide it.
    expect(listener?.capture).toBe(true);
    const sort = { disabled: false };
    for (const target of [new Element(sort), new Element({ disabled: true }), new Element(null), { closest: () => sort }]) listener?.fn({ target });
    const early = window[EARLY_CLICKS];
    expect(early?.buttons).toEqual([sort]);
    expect(new Set(asked)).toEqual(new Set(['#root button']));
    // The app has taken the list (takeEarlyClicks): React answers clicks from then on.
    if (early) early.open = false;
    listener?.fn({ target: new Element(sort) });
    expect(early?.buttons).toEqual([sort]);
  });

  it('stops on a template it cannot fill, naming the page', () => {
    const d = { ...departmentHead(file, 'zh'), body: '<article data-testid="department-page">…</article>' };
    expect(() => shellHtml('<html><body>nothing</body></html>', { path: 'department/x/', noscript: 'n', siteName: 's', ...d })).toThrow(
      /no place for .*page \/department\/x\//,
    );
  });
});

describe('a "$&" in a printed name', () => {
  it('stays text in every page (replacement patterns are not applied)', () => {
    const odd: DepartmentFile = { ...file, entries: file.entries.map((e) => ({ ...e, department: 'A$&B$1C' })) };
    const d = departmentHead(odd, 'zh');
    const html = shellHtml(template, { path: 'department/x/', body: '<p>x</p>', noscript: 'n', siteName: 's', ...d });
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
    const hostile = budgets.map((b) => ({ ...b, department: HOSTILE }));
    for (const t of [zh, en]) {
      const tables = compareTables(hostile, index.crosswalk, t);
      expect(tables).not.toContain('<img');
      expect(tables).toContain(compareWords(t.lang).sections.functional);
    }
    // Every budget's figures are in the tables, and its 支出总计 in the description, in the page's unit.
    const tables = compareTables(budgets, index.crosswalk, zh);
    for (const b of budgets.filter((x) => x.unit === budgets[0]!.unit)) expect(tables).toContain(formatAmount(b.expenditure.total));
    const head = compareHead(budgets, index.crosswalk, 'zh');
    expect(head.title).toMatch(/^比较预算 · .* · 预算透视$/);
    for (const b of budgets.filter((x) => x.unit === budgets[0]!.unit)) expect(head.description).toContain(formatAmount(b.expenditure.total));
    expect(compareHead(budgets, index.crosswalk, 'en').description).toMatch(/million yuan/);
  });
});

describe('page folders', () => {
  it('decode a Chinese region name and refuse a name that would leave its folder', () => {
    expect(pageFolder(regionPagePath('海珠区', 2021))).toBe('region/海珠区/2021');
    for (const bad of ['..', '.', 'a/b', '../../x', 'a\\b']) expect(() => pageFolder(regionPagePath(bad, 2024))).toThrow(/cannot be a folder/);
  });
});
