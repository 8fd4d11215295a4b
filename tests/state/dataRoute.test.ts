import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../src/state/route';

describe('#/data (数据下载)', () => {
  it.each([
    ['#/data', { page: 'data', lang: 'zh' }],
    ['#/data?lang=en', { page: 'data', lang: 'en' }],
  ])('%s parses and formats back', (hash, route) => {
    expect(parseHash(hash)).toEqual({ route, problems: [] });
    expect(formatHash(parseHash(hash).route)).toBe(hash);
  });
  it('a path below it is not a page', () => {
    expect(parseHash('#/data/x')).toEqual({ route: { page: 'notFound', lang: 'zh' }, problems: ['unknownPage'] });
  });
});

describe('#/department and #/region', () => {
  it.each([
    ['#/department/haizhu-data-bureau', { page: 'department', lang: 'zh', departmentId: 'haizhu-data-bureau' }],
    [`#/region/${encodeURIComponent('海珠区')}/2021?lang=en`, { page: 'region', lang: 'en', region: '海珠区', year: 2021 }],
  ])('%s parses and formats back', (hash, route) => {
    expect(parseHash(hash)).toEqual({ route, problems: [] });
    expect(formatHash(parseHash(hash).route)).toBe(hash);
  });
  it.each(['#/region/%3Cb%3E/2021', '#/region/海珠区/21', '#/department/a%2Fb'])('refuses %s', (hash) => {
    expect(parseHash(hash).route.page).toBe('notFound');
  });
});
