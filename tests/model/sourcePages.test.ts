/**
 * 第 N 页 in the source view: the page of each line, from the PDF's page breaks the text keeps (form
 * feeds), and the address of the department's own publication opened at a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linePages, publicationHref, sourceLines } from '../../src/model/sourceView';

describe('linePages', () => {
  it('is null for a text without page breaks (the page is never guessed)', () => {
    expect(linePages('a\nb\nc\n')).toBeNull();
  });
  it('starts a page on a line beginning with a form feed', () => {
    expect(linePages('a\nb\n\fc\nd\n\f\fe\n')).toEqual([1, 1, 2, 2, 4]);
    expect(linePages('a\r\n\fb\r\n')).toEqual([1, 2]);
  });
  it('numbers as many lines as the source view shows', () => {
    const text = readFileSync(join(process.cwd(), 'data/sources/005_sh-putuo-jianguanwei-budget-2026.txt'), 'utf8');
    const pages = linePages(text);
    expect(pages).toHaveLength(sourceLines(text).length);
    // The text's 23 form feeds: 24 pages, the first line on page 1, the last on page 24.
    const breaks = (text.match(/\f/gu) ?? []).length;
    expect(pages?.[0]).toBe(1);
    expect(pages?.at(-1)).toBe(breaks + 1);
    // A line that starts with a form feed is the first line of its page.
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.startsWith('\f'));
    expect(pages?.[first]).toBe(2);
    expect(pages?.[first - 1]).toBe(1);
  });
});

describe('publicationHref', () => {
  it('opens an http(s) address at a page where one is known', () => {
    expect(publicationHref('https://example.org/a.pdf', 7)).toBe('https://example.org/a.pdf#page=7');
    expect(publicationHref('https://example.org/a.pdf#zoom=100', 2)).toBe('https://example.org/a.pdf#page=2');
    expect(publicationHref('http://example.org/a.html')).toBe('http://example.org/a.html');
  });
  it('refuses anything else', () => {
    expect(publicationHref('javascript:alert(1)')).toBeNull();
    expect(publicationHref('data:text/html,x', 1)).toBeNull();
    expect(publicationHref('/relative.pdf')).toBeNull();
    expect(publicationHref('https://example.org/a.pdf', 0)).toBe('https://example.org/a.pdf');
  });
});
