import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet, EMBED_SANDBOX, embedScriptUrl, embedUrl, escapeAttr, fullViewUrl, siteBase } from '../../../src/app/embed/embedSnippet';
import { pymChildId, resizeMessages } from '../../../src/app/embed/resizeMessages';
import { EMBED_HEIGHT_MESSAGE, frameHeight, heightMessage, isHeightMessage, PHONE_FRAME_WIDTH, PHONE_MAX_HEIGHT } from '../../../src/app/embed/embedMessage';
import type { Route } from '../../../src/state/route';

const route: Extract<Route, { page: 'budget' }> = {
  page: 'budget',
  lang: 'en',
  budgetId: 'haizhu-data-bureau-2021',
  view: 'treemap',
  path: ['206'],
  measure: 'total',
  group: 'function',
};

describe('embed URLs, computed from the page address', () => {
  it.each([
    ['https://example.org/budgets/#/budget/haizhu-data-bureau-2021/treemap?path=206&lang=en', 'https://example.org/budgets/', 'https://example.org/budgets/'],
    ['https://example.org/budgets/index.html#/', 'https://example.org/budgets/index.html', 'https://example.org/budgets/'],
    ['http://127.0.0.1:4173/', 'http://127.0.0.1:4173/', 'http://127.0.0.1:4173/'],
    ['file:///home/me/dist/index.html#/budget/x', 'file:///home/me/dist/index.html', 'file:///home/me/dist/'],
  ])('%s lives at %s', (href, base, folder) => {
    expect(siteBase(href)).toBe(base);
    // A budget view's embed: its pre-rendered page in the site's folder, the route in the hash.
    // In English: the English page (en/embed/…), written in English.
    expect(embedUrl(href, route)).toBe(`${folder}en/embed/haizhu-data-bureau-2021/treemap/#/embed/haizhu-data-bureau-2021/treemap?path=206&lang=en`);
    expect(embedUrl(href, { ...route, lang: 'zh' })).toBe(`${folder}embed/haizhu-data-bureau-2021/treemap/#/embed/haizhu-data-bureau-2021/treemap?path=206`);
    // A comparison has no pre-rendered embed page: the site's page, the route in the hash.
    expect(embedUrl(href, { page: 'compare', lang: 'zh', ids: ['a-2021', 'a-2025'], measure: 'total' })).toBe(`${base}#/embed/compare?ids=a-2021,a-2025`);
  });

  it('finds embed.js next to index.html, in a sub-folder or at the root', () => {
    expect(embedScriptUrl('https://example.org/budgets/#/budget/x/treemap')).toBe('https://example.org/budgets/embed.js');
    expect(embedScriptUrl('https://example.org/budgets/index.html?x=1#/')).toBe('https://example.org/budgets/embed.js');
    expect(embedScriptUrl('https://example.org/')).toBe('https://example.org/embed.js');
  });

  it('links an embed back to the full view: its own page where it has one (it reads without a script), the route in the hash', () => {
    const site = 'https://example.org/b/#/embed/x/sankey';
    expect(fullViewUrl(site, { page: 'catalog', lang: 'en' })).toBe('https://example.org/b/en/#/?lang=en');
    expect(fullViewUrl(site, { page: 'catalog', lang: 'zh' })).toBe('https://example.org/b/#/');
    // A drilled treemap: the budget view's page, the drill in the hash.
    expect(fullViewUrl(site, route)).toBe(
      'https://example.org/b/en/budget/haizhu-data-bureau-2021/treemap/#/budget/haizhu-data-bureau-2021/treemap?path=206&lang=en',
    );
    expect(fullViewUrl(site, { ...route, lang: 'zh' })).toBe(
      'https://example.org/b/budget/haizhu-data-bureau-2021/treemap/#/budget/haizhu-data-bureau-2021/treemap?path=206',
    );
    // A comparison may have no page of its own: the site's root and the hash.
    expect(fullViewUrl(site, { page: 'compare', lang: 'zh', ids: ['a-2021', 'b-2021'], measure: 'total' })).toBe(
      'https://example.org/b/#/compare?ids=a-2021,b-2021',
    );
  });
});

describe('buildEmbedSnippet', () => {
  it('writes an iframe with every attribute the article needs, and the script when asked', () => {
    const s = buildEmbedSnippet({
      src: 'https://example.org/b/#/embed/x/treemap?path=206&lang=en',
      title: '某局 2021 · 矩形树图',
      height: 720,
      scriptSrc: 'https://example.org/b/embed.js',
    });
    const [frame, script, ...rest] = s.split('\n');
    expect(rest).toEqual([]);
    expect(frame).toBe(
      '<iframe src="https://example.org/b/#/embed/x/treemap?path=206&amp;lang=en" title="某局 2021 · 矩形树图" loading="lazy" ' +
        'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads" referrerpolicy="strict-origin-when-cross-origin" ' +
        'width="100%" height="720" style="width:100%;border:0;"></iframe>',
    );
    expect(script).toBe('<script src="https://example.org/b/embed.js" async></script>');
  });

  it('leaves the script out for a fixed-height frame', () => {
    const s = buildEmbedSnippet({ src: 'https://e.org/#/embed/x/tables', title: 't', height: 680.4, scriptSrc: null });
    expect(s).not.toContain('<script');
    expect(s).toContain('height="680"');
  });

  it('escapes names from the data: a hostile department name cannot break out of the attribute', () => {
    const hostile = '"><img src=x onerror=window.__pwned=1>\'&';
    const s = buildEmbedSnippet({ src: 'https://e.org/#/embed/x/tables', title: hostile, height: 600, scriptSrc: null });
    expect(s).toContain('title="&quot;&gt;&lt;img src=x onerror=window.__pwned=1&gt;&#39;&amp;"');
    expect(s).not.toContain('<img');
    expect(escapeAttr('a&b"c\'d<e>f')).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
  });
});

describe('the height message', () => {
  it('has exactly a type and a whole, bounded height', () => {
    expect(heightMessage(512.2)).toEqual({ type: EMBED_HEIGHT_MESSAGE, height: 513 });
    expect(heightMessage(1e9).height).toBe(20000);
    expect(isHeightMessage(heightMessage(300))).toBe(true);
  });

  it.each([
    null,
    'yusuan-toushi:embed-height',
    { type: EMBED_HEIGHT_MESSAGE },
    { type: EMBED_HEIGHT_MESSAGE, height: '300' },
    { type: EMBED_HEIGHT_MESSAGE, height: 300.5 },
    { type: EMBED_HEIGHT_MESSAGE, height: 0 },
    { type: EMBED_HEIGHT_MESSAGE, height: 20001 },
    { type: EMBED_HEIGHT_MESSAGE, height: 300, extra: 1 },
    { type: 'other', height: 300 },
  ])('refuses %j', (data) => {
    expect(isHeightMessage(data)).toBe(false);
  });
});

describe('the snippet’s text link and sandbox', () => {
  it('puts a plain link to the full view under the frame, escaped, before the script', () => {
    const s = buildEmbedSnippet({
      src: 'https://e.org/#/embed/x/tables',
      title: 't',
      height: 680,
      scriptSrc: 'https://e.org/embed.js',
      link: { href: 'https://e.org/#/budget/x/tables?a=1&b=2', text: '<b>某局</b> & 2021' },
    });
    const [, link, script] = s.split('\n');
    expect(link).toBe('<p><a href="https://e.org/#/budget/x/tables?a=1&amp;b=2">&lt;b&gt;某局&lt;/b&gt; &amp; 2021</a></p>');
    expect(script).toBe('<script src="https://e.org/embed.js" async></script>');
  });
  it('never lets the frame navigate the article', () => {
    expect(EMBED_SANDBOX.split(' ')).not.toContain('allow-top-navigation');
    expect(EMBED_SANDBOX.split(' ')).not.toContain('allow-top-navigation-by-user-activation');
    expect(EMBED_SANDBOX.split(' ')).toContain('allow-scripts');
  });
});

describe('resize messages', () => {
  it('says one height in our shape, AMP’s and Embedly’s', () => {
    expect(resizeMessages(812.2, 'https://e.org/#/embed/x/treemap', null)).toEqual([
      { type: EMBED_HEIGHT_MESSAGE, height: 813 },
      { sentinel: 'amp', type: 'embed-size', height: 813 },
      JSON.stringify({ src: 'https://e.org/#/embed/x/treemap', context: 'iframe.resize', height: 813 }),
    ]);
  });
  it('adds Pym’s string only when Pym placed the frame, with a plain child id', () => {
    expect(resizeMessages(500, 'u', pymChildId('?initialWidth=640&childId=chart-1')).at(-1)).toBe('pymxPYMxchart-1xPYMxheightxPYMx500');
    expect(pymChildId('?childId=<script>')).toBeNull();
    expect(pymChildId('')).toBeNull();
  });
});

describe('frameHeight', () => {
  it('asks for the content height, capped at 1,200 px on a phone-wide screen only', () => {
    expect(frameHeight(900, 375)).toBe(900);
    expect(frameHeight(1718, 375)).toBe(PHONE_MAX_HEIGHT);
    expect(frameHeight(1718, PHONE_FRAME_WIDTH - 1)).toBe(1200);
    expect(frameHeight(1718, PHONE_FRAME_WIDTH)).toBe(1718);
    expect(frameHeight(4531, 1280)).toBe(4531);
  });
});
