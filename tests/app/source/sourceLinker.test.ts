/**
 * The one builder of links to the source view: every figure's popover, check reference, table note, CSV
 * row, image credit and embed credit goes through it, so these cases are the whole trail's addresses.
 */
import { describe, expect, it } from 'vitest';
import { absoluteUrl, sourceLinker } from '../../../src/app/source/sourceLinker';
import { parseHash } from '../../../src/state/route';

describe('sourceLinker', () => {
  // 001's 表3 支出总体情况表, line 474 (README: the popover's 原文第 474 行).
  const zh = sourceLinker('haizhu-data-bureau-2021', 'zh', 'https://example.org/yusuan/index.html#/budget/haizhu-data-bureau-2021');
  const en = sourceLinker('haizhu-data-bureau-2021', 'en', 'https://example.org/yusuan/?x=1#/budget/x?lang=en');

  it('links a cited place: lines and table in the hash, Chinese without a lang parameter', () => {
    expect(zh.href({ table: 't03', lines: [474, 474] })).toBe('#/source/haizhu-data-bureau-2021?lines=474-474&table=t03');
    expect(zh.href({ table: 't09', lines: [677, 733] })).toBe('#/source/haizhu-data-bureau-2021?lines=677-733&table=t09');
  });

  it('keeps the language of the page', () => {
    expect(en.href({ table: 't03', lines: [474, 474] })).toBe('#/source/haizhu-data-bureau-2021?lines=474-474&table=t03&lang=en');
  });

  it('links the document alone when nothing is cited, and drops a table key the route would refuse', () => {
    expect(zh.href()).toBe('#/source/haizhu-data-bureau-2021');
    expect(zh.href({ table: '', lines: [12, 12] })).toBe('#/source/haizhu-data-bureau-2021?lines=12-12');
    expect(zh.href({ table: '<img onerror=x>', lines: [3, 4] })).toBe('#/source/haizhu-data-bureau-2021?lines=3-4');
  });

  it('never writes a reversed range (a last line before the first becomes the first)', () => {
    expect(zh.href({ table: 't03', lines: [474, 470] })).toBe('#/source/haizhu-data-bureau-2021?lines=474-474&table=t03');
  });

  it('gives absolute addresses for what leaves the site: the page address with its hash replaced', () => {
    expect(zh.url({ table: 't03', lines: [474, 474] })).toBe('https://example.org/yusuan/index.html#/source/haizhu-data-bureau-2021?lines=474-474&table=t03');
    expect(en.url({ table: 't03', lines: [1, 2] })).toBe('https://example.org/yusuan/?x=1#/source/haizhu-data-bureau-2021?lines=1-2&table=t03&lang=en');
    expect(absoluteUrl('#/source/a-2021', 'http://127.0.0.1:4173/#/embed/a-2021/treemap')).toBe('http://127.0.0.1:4173/#/source/a-2021');
  });

  it('every link reads back as the same source route (the parser is the other half)', () => {
    const src = { table: 't05', lines: [295, 301] as [number, number] };
    const back = parseHash(en.href(src));
    expect(back.problems).toEqual([]);
    expect(back.route).toEqual({ page: 'source', lang: 'en', budgetId: 'haizhu-data-bureau-2021', lines: [295, 301], table: 't05' });
    const url = new URL(en.url(src));
    expect(parseHash(url.hash).route).toEqual(back.route);
  });

  it('encodes an id that would break the hash (ids are plain today; the builder does not rely on it)', () => {
    expect(zh.href({ table: 't01', lines: [1, 1] }).startsWith('#/source/haizhu-data-bureau-2021?')).toBe(true);
    expect(sourceLinker('a b', 'zh', 'https://x.org/').href()).toBe('#/source/a%20b');
  });
});
