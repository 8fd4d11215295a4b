/**
 * The one popover (src/ui/Popover), the same way for each of its three uses — 数字出处 (a headline figure),
 * 名词解释 (a glossary term) and a table's source note: Escape closes it and focus returns to what opened
 * it; a press outside closes it; a press inside keeps it; at 375 px it lies wholly inside the screen and
 * the page does not widen.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchPage } from './support/pageWatch';
import { index } from './support/realData';

const id = index.budgets.find((e) => e.id === 'haizhu-data-bureau-2021')!.id;

interface Use {
  name: string;
  url: string;
  /** The element that opens the popover. */
  opener(page: Page): Locator;
  testId: string;
}

const USES: Use[] = [
  { name: 'provenance', url: `./#/budget/${id}/treemap`, opener: (p) => p.getByTestId('headline-total'), testId: 'provenance' },
  { name: 'glossary', url: `./#/budget/${id}/treemap`, opener: (p) => p.getByTestId('glossary-basic').first(), testId: 'glossary-popover' },
  {
    name: 'source note',
    url: `./#/budget/${id}/tables`,
    opener: (p) => p.locator('[data-testid^="tables-row-"] button[data-amount]').first(),
    testId: 'tables-source-note',
  },
];

for (const use of USES) {
  test(`${use.name}: Escape closes it and focus returns; a press outside closes it`, async ({ page }) => {
    const w = watchPage(page);
    await page.goto(use.url);
    const opener = use.opener(page);
    await opener.click();
    const pop = page.getByTestId(use.testId);
    await expect(pop).toBeVisible();
    await expect(pop).toHaveAttribute('role', 'dialog');
    // Focus moves into the popover, so that Tab reaches its link and buttons.
    await expect(pop).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(pop).toHaveCount(0);
    await expect(opener).toBeFocused();

    await opener.click();
    await expect(pop).toBeVisible();
    // A press inside it keeps it open.
    await pop.click({ position: { x: 4, y: 4 } });
    await expect(pop).toBeVisible();
    // A press outside closes it (pointerdown, as for touch).
    await page.mouse.click(2, 2);
    await expect(pop).toHaveCount(0);
    expect(w.errors).toEqual([]);
  });

  test(`${use.name}: at 375 px it lies inside the screen, in English too (the longest texts)`, async ({ page }) => {
    const w = watchPage(page);
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto(`${use.url}?lang=en`);
    const opener = use.opener(page);
    await opener.scrollIntoViewIfNeeded();
    await opener.click();
    const pop = page.getByTestId(use.testId);
    await expect(pop).toBeVisible();
    const box = (await pop.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(8);
    expect(box.x + box.width).toBeLessThanOrEqual(375 - 8);
    // Wholly on screen vertically as well: a definition taller than the room scrolls inside the popover.
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Beside its opener: below it, or above it where there is no room below.
    const a = (await opener.boundingBox())!;
    expect(box.y >= a.y + a.height || box.y + box.height <= a.y).toBe(true);
    expect(w.errors).toEqual([]);
  });
}
