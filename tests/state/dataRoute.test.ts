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
