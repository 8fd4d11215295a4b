import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, parseLines, sourceRoute, type Route } from '../../src/state/route';

describe('source route (原文)', () => {
  it('reads a link to cited lines with their table', () => {
    expect(parseHash('#/source/haizhu-data-bureau-2021?lines=474-476&table=t03&lang=en')).toEqual({
      route: { page: 'source', lang: 'en', budgetId: 'haizhu-data-bureau-2021', lines: [474, 476], table: 't03' },
      problems: [],
    });
  });

  it('reads one line, and no lines at all (the document from its start)', () => {
    expect(parseHash('#/source/001?lines=474').route).toEqual({ page: 'source', lang: 'zh', budgetId: '001', lines: [474, 474] });
    expect(parseHash('#/source/001')).toEqual({ route: { page: 'source', lang: 'zh', budgetId: '001' }, problems: [] });
  });

  it.each([['abc'], ['0-3'], ['5-2'], ['-4'], ['1-'], ['1--2'], ['1-2-3'], ['9999999'], ['1.5-2'], [''], ['%E2%80%94'], ['１-２']])(
    'refuses the line range %j with a problem, never an exception',
    (lines) => {
      const { route, problems } = parseHash(`#/source/001?lines=${lines}`);
      expect(route).toEqual({ page: 'source', lang: 'zh', budgetId: '001' });
      expect(problems).toEqual(['badLines']);
    },
  );

  it('drops a hostile table key with a problem', () => {
    const { route, problems } = parseHash(`#/source/001?lines=3-4&table=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(route).toEqual({ page: 'source', lang: 'zh', budgetId: '001', lines: [3, 4] });
    expect(problems).toEqual(['badTable']);
  });

  it.each([['#/source/'], ['#/source/..%2F..%2Fetc'], ['#/source/%E0%A4%A'], ['#/source/a%20b?lines=1-2'], [`#/source/${'x'.repeat(65)}`]])(
    'sends a bad budget id in %j to the not-found page',
    (hash) => {
      const { route, problems } = parseHash(hash);
      expect(route.page).toBe('notFound');
      expect(problems.length).toBeGreaterThan(0);
    },
  );

  it('sends extra path segments to the not-found page', () => {
    expect(parseHash('#/source/001/extra?lines=1-2')).toEqual({ route: { page: 'notFound', lang: 'zh' }, problems: ['unknownPage'] });
  });

  it('never throws on random source links', () => {
    const chars = ['#', '/', 'source', '?', '&', '=', '-', '%', 'lines', 'table', '1', '0', '9', 'é', '\u0000', ',', 'lang', 'en'];
    let seed = 7;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 2000; i++) {
      const s = `#/source/001?${Array.from({ length: Math.floor(rnd() * 20) }, () => chars[Math.floor(rnd() * chars.length)]).join('')}`;
      expect(() => parseHash(s)).not.toThrow();
    }
  });

  const routes: Route[] = [
    { page: 'source', lang: 'zh', budgetId: '001' },
    { page: 'source', lang: 'en', budgetId: 'putuo-jiansheheguanliweiyuanhui-ee9982-2026', lines: [12, 12] },
    { page: 'source', lang: 'zh', budgetId: '001', lines: [474, 480], table: 't03' },
    { page: 'source', lang: 'zh', budgetId: '001', lines: [300, 310], table: 'narrative' },
  ];
  it.each(routes)('round-trips %j', (route) => {
    expect(parseHash(formatHash(route))).toEqual({ route, problems: [] });
  });

  it('builds the link of a figure’s SourceRef', () => {
    expect(formatHash(sourceRoute('haizhu-data-bureau-2021', 'zh', { table: 't03', lines: [474, 474] }))).toBe(
      '#/source/haizhu-data-bureau-2021?lines=474-474&table=t03',
    );
    expect(formatHash(sourceRoute('001', 'en', { table: 't01', lines: [5, 9] }))).toBe('#/source/001?lines=5-9&table=t01&lang=en');
    expect(formatHash(sourceRoute('001', 'zh'))).toBe('#/source/001');
  });
});

describe('parseLines', () => {
  it.each([
    [undefined, undefined],
    ['474', [474, 474]],
    ['474-476', [474, 476]],
    ['1-1', [1, 1]],
    ['0', null],
    ['3-2', null],
    ['a-b', null],
    ['1 - 2', null],
  ] as const)('%j → %j', (raw, expected) => {
    expect(parseLines(raw)).toEqual(expected);
  });
});
