import { describe, expect, it } from 'vitest';
import { functionalPath, hitRoute } from '../../../src/app/search/hitRoute';
import { formatHash, parseHash } from '../../../src/state/route';

describe('functionalPath', () => {
  it.each([
    ['2060101', ['206', '20601', '2060101']],
    ['20601', ['206', '20601']],
    ['206', ['206']],
    ['unit:甲', ['unit:甲']],
  ])('%s → %j', (code, path) => {
    expect(functionalPath(code)).toEqual(path);
  });
});

describe('hitRoute: where a search hit takes the reader', () => {
  const B = 'haizhu-data-bureau-2021';
  it.each([
    [{ budget: B, kind: 'project', key: 'p03' }, `#/budget/${B}/tables?tab=projects&row=p03`],
    [{ budget: B, kind: 'economic', key: '30101' }, `#/budget/${B}/tables?tab=economic&row=30101`],
    [{ budget: B, kind: 'functional', key: '2060101' }, `#/budget/${B}/treemap?path=206,20601,2060101`],
    [{ budget: B, kind: 'department', key: '' }, `#/budget/${B}/treemap`],
    [{ budget: B, kind: 'department', key: '550004' }, `#/budget/${B}/tables?tab=units&row=550004`],
    // A unit printed without a code is keyed by its name: the tab, no row (a URL row key is plain ASCII).
    [{ budget: B, kind: 'department', key: '某某中心' }, `#/budget/${B}/tables?tab=units`],
  ] as const)('%j → %s', (hit, hash) => {
    const route = hitRoute(hit, 'zh');
    expect(formatHash(route)).toBe(hash);
    // The URL the hit writes reads back to the same route, without problems.
    expect(parseHash(hash)).toEqual({ route, problems: [] });
  });

  it('keeps the interface language', () => {
    expect(formatHash(hitRoute({ budget: B, kind: 'project', key: 'p01' }, 'en'))).toBe(`#/budget/${B}/tables?tab=projects&row=p01&lang=en`);
  });
});
