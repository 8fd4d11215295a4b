/**
 * The static image embed (issue 13) on the built site, served from a sub-folder (/budgets/): the embed
 * dialog offers 图片 / Image, whose snippet names the budget's preview picture (dist/preview/<id>.png) —
 * served as a 1200×630 PNG — with alt text that says the total as printed; pasted into an article page it
 * shows, shrinking to a phone's column. Both languages, 1280 and 375 px, from the #/ address and from the
 * budget's static page (its <base> must give the same picture URL). Budgets from index.json.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { formatAmount } from '../src/model/format';
import { portNear, startStaticServer, type StaticServer } from './support/staticServer';
import { watchPage } from './support/pageWatch';
import { DIST, DIST_DATA, dataIn, SHOTS } from './support/realData';

const { index, budgetOf } = dataIn(DIST_DATA);

let site: StaticServer;
let host: StaticServer;
/** The article pages the host serves, written by each test before it opens them (read per request). */
const articles: Record<string, string> = {};
test.beforeAll(async () => {
  site = await startStaticServer({ root: DIST, mount: '/budgets/', port: portNear(20) });
  host = await startStaticServer({ root: join(DIST, 'no-such-dir'), port: portNear(21), pages: articles });
});
test.afterAll(async () => {
  await site.close();
  await host.close();
});

interface ImageSnippet {
  href: string;
  src: string;
  alt: string;
  width: string;
  height: string;
  style: string;
}

/** Opens the dialog on the page shown, picks the image, and reads its snippet back as the article's HTML parser would. */
async function imageSnippet(page: Page, shot: string): Promise<{ code: string; parsed: ImageSnippet }> {
  await page.getByTestId('embed-button').click();
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('embed-format-image').check();
  const preview = page.getByTestId('embed-image-preview');
  await expect(preview).toBeVisible();
  // The picture in the dialog has loaded (not a broken image) and fits the dialog.
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
  const box = (await preview.boundingBox())!;
  const dialogBox = (await dialog.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(dialogBox.x + dialogBox.width);
  await page.screenshot({ path: join(SHOTS, shot) });
  const code = await page.getByTestId('embed-code').inputValue();
  // Read in the test, not in the page: parsing it there would apply its style attribute under the site's CSP.
  const attr = (tag: string, name: string) => {
    const m = new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(code);
    return (m?.[1] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  };
  expect(code).toMatch(/^<a href="[^"]*"><img [^>]*><\/a>$/);
  const parsed: ImageSnippet = {
    href: attr('a', 'href'),
    src: attr('img', 'src'),
    alt: attr('img', 'alt'),
    width: attr('img', 'width'),
    height: attr('img', 'height'),
    style: attr('img', 'style'),
  };
  expect((await new AxeBuilder({ page }).include('[data-testid="embed-dialog"]').analyze()).violations.map((v) => v.id)).toEqual([]);
  return { code, parsed };
}

async function expectPng(page: Page, url: string) {
  const res = await page.request.get(url);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('image/png');
  const body = await res.body();
  // The PNG signature, then the IHDR chunk: width and height, big-endian, at bytes 16 and 20.
  expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
}

for (const lang of ['zh', 'en'] as const) {
  for (const width of [1280, 375]) {
    test(`${lang}, ${width} px: the dialog offers the image snippet, and its picture is served and shown`, async ({ page }) => {
      const watch = watchPage(page);
      await page.setViewportSize({ width, height: width > 400 ? 900 : 812 });
      const entry = index.budgets[0]!;
      const budget = budgetOf(entry.file);
      await page.goto(`${site.url}#/budget/${entry.id}/treemap${lang === 'en' ? '?lang=en' : ''}`);
      await expect(page.getByTestId('treemap-svg')).toBeVisible();
      const { parsed } = await imageSnippet(page, `embed-image-${lang}-${width}.png`);
      expect(parsed.src).toBe(`${site.url}preview/${entry.id}.png`);
      // The budget view's own page (it reads without a script, as an image link in a newsletter needs), the route in the hash.
      expect(parsed.href).toBe(
        `${site.url}${lang === 'en' ? 'en/' : ''}budget/${entry.id}/treemap/#/budget/${entry.id}/treemap${lang === 'en' ? '?lang=en' : ''}`,
      );
      expect([parsed.width, parsed.height, parsed.style]).toEqual(['1200', '630', 'max-width:100%;height:auto']);
      expect(parsed.alt).toContain(formatAmount(budget.expenditure.total));
      expect(parsed.alt).toContain(lang === 'zh' ? budget.department : (budget.departmentEn ?? budget.department));
      await expectPng(page, parsed.src);

      // Pasted into an article on another origin: the picture shows, within the column, with its alt text.
      await page.keyboard.press('Escape');
      await page.getByTestId('embed-button').click();
      await page.getByTestId('embed-format-image').check();
      const code = await page.getByTestId('embed-code').inputValue();
      const path = `/article-${lang}-${width}.html`;
      articles[path] =
        `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"><title>Article</title></head><body style="margin:16px"><article><p>Before the picture.</p>${code}</article></body></html>`;
      await page.goto(`${host.url}${path.slice(1)}`);
      const img = page.locator('article img');
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1200);
      await expect(img).toHaveAttribute('alt', parsed.alt);
      expect((await img.boundingBox())!.width).toBeLessThanOrEqual(width - 32);
      await page.screenshot({ path: join(SHOTS, `embed-image-article-${lang}-${width}.png`) });
      expect(watch.errors).toEqual([]);
    });
  }
}

test("from a budget's static page the picture URL is the same (its <base> names the site root)", async ({ page }) => {
  const entry = index.budgets.at(-1)!;
  await page.goto(`${site.url}budget/${entry.id}/treemap/`);
  await expect(page.getByTestId('treemap-svg')).toBeVisible();
  const { parsed } = await imageSnippet(page, 'embed-image-static-page-1280.png');
  expect(parsed.src).toBe(`${site.url}preview/${entry.id}.png`);
  await expectPng(page, parsed.src);
});

test('a comparison has no image option (there is no picture of it)', async ({ page }) => {
  const [a, b] = index.budgets;
  await page.goto(`${site.url}#/compare?ids=${a!.id},${b!.id}`);
  await page.getByTestId('embed-button').first().click();
  await expect(page.getByTestId('embed-dialog')).toBeVisible();
  await expect(page.getByTestId('embed-format')).toHaveCount(0);
});
