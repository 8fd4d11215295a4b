import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/state/route';

describe('the catalog filter in the URL', () => {
  it('reads every facet and the text, and writes the same link back', () => {
    const hash = `#/?region=${encodeURIComponent('海珠区')}&year=2021&kind=final&unit=${encodeURIComponent('万元')}&q=${encodeURIComponent('数据 局')}&lang=en`;
    const { route, problems } = parseHash(hash);
    expect(problems).toEqual([]);
    expect(route).toEqual({ page: 'catalog', lang: 'en', filter: { region: '海珠区', year: 2021, kind: 'final', unit: '万元', text: '数据 局' } });
    expect(formatHash(route)).toBe(hash);
  });

  it('leaves an empty filter out of the route and the link', () => {
    expect(parseHash('#/?q=').route).toEqual({ page: 'catalog', lang: 'zh' });
    expect(formatHash({ page: 'catalog', lang: 'zh', filter: {} })).toBe('#/');
  });

  it('drops values nobody could have chosen on the page, and says so', () => {
    for (const bad of [
      'region=%3Cimg%20src%3Dx%3E',
      'year=21',
      'year=2021abc',
      'kind=secret',
      'unit=%E5%8D%83%E5%85%83',
      `q=${encodeURIComponent('<script>')}`,
      `q=${'x'.repeat(41)}`,
    ]) {
      const { route, problems } = parseHash(`#/?${bad}&year=2025`);
      expect(problems, bad).toContain('badFilter');
      // The valid part stays (year=2025 unless it was the bad one, which is read first).
      expect(route.page).toBe('catalog');
      if (route.page === 'catalog') expect(JSON.stringify(route.filter ?? {})).not.toMatch(/<|secret|千元|abc/);
    }
  });
});
