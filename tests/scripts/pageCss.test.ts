import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { chunksOfCss, cssLoadOrder, definedClasses, moduleClasses, stylesheetsFor } from '../../scripts/pageCss';

const chunk = (file: string, o: { entry?: boolean; imports?: string[]; dynamic?: string[]; css?: string[] }) => ({
  type: 'chunk' as const,
  fileName: file,
  isEntry: o.entry ?? false,
  imports: o.imports ?? [],
  dynamicImports: o.dynamic ?? [],
  viteMetadata: { importedCss: new Set(o.css ?? []), importedAssets: new Set<string>() },
});

describe('pageCss', () => {
  it('reads the CSS-module classes of markup, not global ones', () => {
    const html = '<div class="_header_6q2t2_13 prerendered-wide"><span class="_brand_6q2t2_22 _x_AbC-9_1">a</span></div><p class="boot">';
    expect([...moduleClasses(html)].sort()).toEqual(['_brand_6q2t2_22', '_header_6q2t2_13', '_x_AbC-9_1']);
  });

  it('reads the classes a stylesheet defines, in compound and descendant selectors', () => {
    const css = '._a_12345_1{color:red}._b_12345_2 ._c_12345_3:hover,.plain>._d_12345_4{x:y}@media (min-width:1.5px){._e_12345_5{}}';
    const got = definedClasses(css);
    for (const c of ['_a_12345_1', '_b_12345_2', '_c_12345_3', '_d_12345_4', '_e_12345_5', 'plain']) expect(got.has(c)).toBe(true);
  });

  it('orders CSS as the app loads it: imports first, the entry before lazy chunks', () => {
    const bundle = {
      'assets/index.js': chunk('assets/index.js', { entry: true, imports: ['assets/shared.js'], dynamic: ['assets/Page.js'], css: ['assets/index.css'] }),
      'assets/shared.js': chunk('assets/shared.js', { css: ['assets/shared.css'] }),
      'assets/Page.js': chunk('assets/Page.js', { imports: ['assets/shared.js', 'assets/ui.js'], dynamic: ['assets/View.js'], css: ['assets/Page.css'] }),
      'assets/ui.js': chunk('assets/ui.js', { css: ['assets/ui.css'] }),
      'assets/View.js': chunk('assets/View.js', { css: ['assets/View.css'] }),
      'assets/index.css': { type: 'asset' as const, fileName: 'assets/index.css' },
    } as unknown as Rollup.OutputBundle;
    expect(cssLoadOrder(bundle)).toEqual(['assets/shared.css', 'assets/index.css', 'assets/ui.css', 'assets/Page.css', 'assets/View.css']);
    // The modules behind a page's stylesheets, with their imports, less what the template loads already.
    const loaded = new Set(['assets/index.js', 'assets/shared.js']);
    expect(chunksOfCss(bundle, ['assets/Page.css'], loaded)).toEqual(['assets/Page.js', 'assets/ui.js']);
    expect(chunksOfCss(bundle, ['assets/Page.css', 'assets/View.css'], loaded).sort()).toEqual(['assets/Page.js', 'assets/View.js', 'assets/ui.js']);
    expect(chunksOfCss(bundle, [], loaded)).toEqual([]);
  });

  const sheets = [
    { file: 'assets/index.css', css: '._app_aaaaa_1{}' },
    { file: 'assets/ui.css', css: '._btn_bbbbb_1{}' },
    { file: 'assets/Page.css', css: '._page_ccccc_1{} ._btn_bbbbb_1{}' },
    { file: 'assets/View.css', css: '._view_ddddd_1{}' },
  ];
  const linked = new Set(['assets/index.css']);

  it('adds the stylesheets whose classes the page uses, in load order, and no others', () => {
    const html = '<main class="_app_aaaaa_1"><section class="_page_ccccc_1"><button class="_btn_bbbbb_1"></button></section></main>';
    // _btn is defined by ui.css first (load order): Page.css is still needed for _page.
    expect(stylesheetsFor(html, sheets, linked, 'budget/x/treemap/')).toEqual(['assets/ui.css', 'assets/Page.css']);
    expect(stylesheetsFor('<p class="_app_aaaaa_1">', sheets, linked, 'p')).toEqual([]);
  });

  it('stops the build on a class no stylesheet defines, naming the page and the class', () => {
    expect(() => stylesheetsFor('<p class="_gone_eeeee_9">', sheets, linked, 'en/budget/x/tables/')).toThrow(
      'static pages: en/budget/x/tables/ uses the class _gone_eeeee_9, which no built stylesheet defines',
    );
  });
});
