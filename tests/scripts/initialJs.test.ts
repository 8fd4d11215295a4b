import { describe, expect, it } from 'vitest';
import { chunkNamed, firstRenderChunks, initialChunks, pageScripts, staticImports } from '../../scripts/initialJs';

// The head of a built page as Vite writes it, and as scripts/pageStart.ts writes a budget page (a <base>,
// the modules named in a meta and fetched by a page-start module after the first paint).
const INDEX = `<head>
    <script type="module" crossorigin src="./assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/react-B.js">
    <link rel="stylesheet" crossorigin href="./assets/index-C.css">
    <link rel="modulepreload" crossorigin href="./assets/data-D.js">
    <script src="./not-a-module.js"></script>
    <link rel="preload" href="./data/index.json" as="fetch">
  </head>`;
const BUDGET = `<head>
    <base href="../../../" />
    <meta name="yusuan-modules" content="./assets/index-A.js ./assets/react-B.js" />
    <script type="module" crossorigin src="./assets/page-start-E.js"></script>
    <meta name="description" content="./assets/not-a-module.js" />
  </head>`;

describe('pageScripts', () => {
  it('finds the module scripts and the modulepreload links, not stylesheets, classic scripts, other preloads or other metas', () => {
    expect(pageScripts(INDEX)).toEqual({ base: null, scripts: ['./assets/index-A.js'], preloads: ['./assets/react-B.js', './assets/data-D.js'] });
  });
  it('reads the <base href> and attributes in any order and quoting', () => {
    expect(pageScripts(BUDGET)).toEqual({ base: '../../../', scripts: ['./assets/page-start-E.js'], preloads: ['./assets/index-A.js', './assets/react-B.js'] });
    expect(pageScripts(`<script src='/a.js' type=module></script><LINK HREF=b.js REL=modulepreload>`)).toEqual({
      base: null,
      scripts: ['/a.js'],
      preloads: ['b.js'],
    });
  });
});

describe('staticImports', () => {
  it('finds static imports as minified and as written, not dynamic import()', () => {
    const code = `import{a as b}from"./react-B.js";import"./side-F.js";import { c } from './util-G.js';const x=()=>import("./lazy-H.js");export{d}from"./data-D.js";`;
    expect(staticImports(code)).toEqual(['./react-B.js', './side-F.js', './util-G.js', './data-D.js']);
  });
  it('ignores bare specifiers and repeats', () => {
    expect(staticImports(`import"react";import"./a.js";import"./a.js"`)).toEqual(['./a.js']);
  });
});

describe('initialChunks', () => {
  const files: Record<string, string> = {
    'assets/index-A.js': 'import{r}from"./react-B.js";import{d}from"./data-D.js";import{x}from"./extra-X.js";const l=()=>import("./lazy-H.js");',
    'assets/react-B.js': '',
    'assets/data-D.js': 'import{r}from"./react-B.js";',
    'assets/extra-X.js': 'import"./deep-Y.js";',
    'assets/deep-Y.js': '',
    'assets/page-start-E.js': 'const start=()=>import("./index-A.js");',
  };
  const read = (p: string) => {
    const text = files[p];
    if (text === undefined) throw new Error(`no ${p}`);
    return text;
  };

  it('follows the static imports the HTML does not preload, to the end, each once; never a dynamic import', () => {
    expect(initialChunks(INDEX, '', read)).toEqual([
      { path: 'assets/index-A.js', via: 'script' },
      { path: 'assets/react-B.js', via: 'preload' },
      { path: 'assets/data-D.js', via: 'preload' },
      { path: 'assets/extra-X.js', via: 'import' },
      { path: 'assets/deep-Y.js', via: 'import' },
    ]);
  });

  it("resolves a page's URLs against its <base>", () => {
    expect(initialChunks(BUDGET, 'budget/x/treemap', read).map((c) => c.path)).toEqual([
      'assets/page-start-E.js',
      'assets/index-A.js',
      'assets/react-B.js',
      'assets/data-D.js',
      'assets/extra-X.js',
      'assets/deep-Y.js',
    ]);
  });

  it('resolves against the page folder without a <base>, and rooted URLs from dist', () => {
    const html = '<script type="module" src="../../assets/deep-Y.js"></script><link rel="modulepreload" href="/assets/react-B.js">';
    expect(initialChunks(html, 'a/b', read).map((c) => c.path)).toEqual(['assets/deep-Y.js', 'assets/react-B.js']);
  });
});

describe('firstRenderChunks', () => {
  const files: Record<string, string> = {
    'assets/index-A.js': 'const p=()=>import("./CatalogPage-Zz9_abcd.js");',
    'assets/CatalogPage-Zz9_abcd.js': 'import{i}from"./index-A.js";import{g}from"./Glossary-B.js";',
    'assets/Glossary-B.js': '',
  };
  const read = (p: string) => files[p] ?? '';
  const assets = ['index-A.js', 'CatalogPage-Zz9_abcd.js', 'CatalogPage-Zz9_abcd.css', 'Glossary-B.js', 'CatalogPageX-12345678.js'];

  it("adds the page's chunk and its static imports, not what is already counted", () => {
    expect(chunkNamed(assets, 'CatalogPage')).toBe('assets/CatalogPage-Zz9_abcd.js');
    expect(firstRenderChunks('<script type="module" src="./assets/index-A.js"></script>', '', assets, 'CatalogPage', read)).toEqual([
      { path: 'assets/index-A.js', via: 'script' },
      { path: 'assets/CatalogPage-Zz9_abcd.js', via: 'page' },
      { path: 'assets/Glossary-B.js', via: 'import' },
    ]);
  });

  it('is the initial chunks alone where the build has no such page chunk', () => {
    expect(chunkNamed(assets, 'BudgetPage')).toBeNull();
    expect(firstRenderChunks('<script type="module" src="./assets/index-A.js"></script>', '', assets, 'BudgetPage', read)).toEqual([
      { path: 'assets/index-A.js', via: 'script' },
    ]);
  });
});
