/**
 * The catalog's compare dock (issue 12): after ticking budgets — at 375 px the bar above the table has
 * scrolled away by then — the count and 比较所选预算 stay on screen at the bottom, reachable by name,
 * and at the end of the list the dock rests below the last row instead of over it. Budgets come from
 * index.json (the last two rows, so the page must scroll), never hard-coded.
 */
import { expect, test } from '@playwright/test';
import { compareScaleEn } from '../src/app/i18n/enCompareScale';
import { compareScaleZh } from '../src/app/i18n/zhCompareScale';
import { index, SHOTS, watchErrors } from './support/realData';

const picks = index.budgets.slice(-2);

for (const lang of ['zh', 'en'] as const) {
  for (const width of [1280, 375]) {
    test(`ticked budgets stay comparable from the bottom dock (${lang}, ${width} px)`, async ({ page }) => {
      const errors = watchErrors(page);
      const words = lang === 'zh' ? compareScaleZh : compareScaleEn;
      await page.setViewportSize({ width, height: 700 });
      await page.goto(`./#/${lang === 'en' ? '?lang=en' : ''}`);
      await expect(page.getByTestId('catalog-table')).toBeVisible({ timeout: 20_000 });
      await expect(page.getByTestId('catalog-compare-dock')).toHaveCount(0);
      for (const p of picks) await page.getByTestId(`catalog-pick-${p.id}`).check();

      const dock = page.getByRole('region', { name: words.dockLabel });
      await expect(dock).toBeVisible();
      await expect(page.getByTestId('catalog-dock-count')).toHaveText(words.dockCount(2));
      // The button is inside the viewport where the last tick left the reader, and big enough to tap.
      const button = page.getByTestId('catalog-dock-compare');
      const box = await button.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(700 + 0.5);
      expect(box!.height).toBeGreaterThanOrEqual(44);
      await page.screenshot({ path: `${SHOTS}/catalog-dock-${lang}-${width}.png` });

      // At the end of the list the dock sits under the last row, covering none of it.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const lastRow = await page.getByTestId(`catalog-row-${index.budgets.at(-1)!.id}`).boundingBox();
      const dockBox = await dock.boundingBox();
      expect(lastRow!.y + lastRow!.height).toBeLessThanOrEqual(dockBox!.y + 0.5);

      // Clearing empties the selection; ticking again and pressing the button opens the comparison.
      await page.getByTestId('catalog-dock-clear').click();
      await expect(page.getByTestId('catalog-compare-dock')).toHaveCount(0);
      for (const p of picks) await page.getByTestId(`catalog-pick-${p.id}`).check();
      await page.getByTestId('catalog-dock-compare').click();
      await expect(page.getByTestId('compare-content')).toBeVisible({ timeout: 20_000 });
      const ids = (await page.getByTestId('compare-content').getAttribute('data-ids'))?.split(',') ?? [];
      expect([...ids].sort()).toEqual(picks.map((p) => p.id).sort());
      expect(errors).toEqual([]);
    });
  }
}
