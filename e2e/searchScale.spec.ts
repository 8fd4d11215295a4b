/**
 * Search at 2,000 budgets (issue 14) in the browser: the sharded index of a generated corpus
 * (scripts/searchCorpus.ts: the committed budgets copied and renamed, 157,250 documents) is served in
 * place of the committed one; a first query reads a few of its 1,465 files — at most 150 KB gzip, measured
 * from the bodies — and its hits are those of the reference search over the same corpus, at 1280 and
 * 375 px, in Chinese and English. Expectations are computed here from the corpus, never hard-coded.
 */
import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { search } from '../src/model/search';
import { BOX_KINDS } from '../src/model/searchShards/boxKinds';
import { buildSearchIndex } from '../src/normalizer/searchIndex';
import { buildSearchShards } from '../src/normalizer/searchShards';
import { generatedCorpus } from '../scripts/searchCorpus';
import { budgets } from './support/realData';
import { watchPage } from './support/pageWatch';

const SIZE = 2000;
const LIMIT = 150 * 1024;
const corpus = generatedCorpus(budgets(), SIZE);
const texts = new Map([...buildSearchShards(corpus)].map(([k, v]) => [k, JSON.stringify(v)]));
const reference = buildSearchIndex(corpus);

/** Serves the generated index; returns the gzip bytes of every file read. */
async function serveIndex(page: Page): Promise<Map<string, number>> {
  const read = new Map<string, number>();
  await page.route('**/data/search/*.json', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const body = texts.get(name);
    if (body === undefined) return route.fulfill({ status: 404, body: 'not found' });
    read.set(name, gzipSync(body).length);
    return route.fulfill({ body, contentType: 'application/json' });
  });
  return read;
}

const QUERIES = [
  ['zh', '琶洲'],
  ['zh', '行政运行'],
  ['en', 'salary'],
] as const;

for (const width of [1280, 375]) {
  for (const [lang, q] of QUERIES) {
    test(`${SIZE} budgets at ${width} px (${lang}): the first query "${q}" reads at most 150 KB and shows the reference hits`, async ({ page }) => {
      const w = watchPage(page);
      await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
      const read = await serveIndex(page);
      await page.goto(`./#/${lang === 'en' ? '?lang=en' : ''}`);
      await page.getByTestId('search-input').first().fill(q);
      const want = search(reference, q, { limit: 20, kinds: BOX_KINDS });
      expect(want.length).toBe(20);
      const options = page.getByTestId('search-list').first().getByRole('option');
      await expect(options).toHaveCount(want.length);
      // The same hits in the same order as the reference search over every document.
      const shown = await options.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
      expect(shown).toEqual(want.map((h) => `search-hit-${h.budget}-${h.kind}-${h.key}`));
      const bytes = [...read.values()].reduce((a, b) => a + b, 0);
      console.log(`"${q}" at ${width} px: ${read.size} of ${texts.size} files, ${(bytes / 1024).toFixed(1)} KB gzip`);
      expect(read.size).toBeLessThan(25);
      expect(bytes).toBeLessThanOrEqual(LIMIT);
      if (width === 375) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await page.screenshot({ path: `test-results/screenshots/search-scale-${width}-${lang}.png` });
      expect(w.errors).toEqual([]);
    });
  }
}
