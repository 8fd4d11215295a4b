/**
 * Nothing on a budget page jumps once drawn (issue 11, "the first answer in a second, on any phone"). The
 * Sankey and table views load their code on demand; on a slow network that code arrives after the budget
 * JSON. Before, the tools, unit toggle, other-years links and footer were drawn first and then pushed down
 * by the arriving chart (cumulative layout shift 0.12-0.27), and a tap aimed at a headline card could land
 * on something else. Here every lazy chunk is held back 400 ms, so the chart always arrives last, and the
 * page's cumulative layout shift (CLS, shifts without recent input) must stay under 0.1 — the bound web.dev
 * calls "good".
 */
import { expect, test, type Page } from '@playwright/test';
import { index } from './support/realData';
import { watchPage } from './support/pageWatch';

const SCREENS = [
  { width: 1280, height: 900, lang: 'zh' },
  { width: 375, height: 812, lang: 'zh' },
  { width: 375, height: 812, lang: 'en' },
] as const;

// A Guangzhou 部门预算 and a Shanghai 部门决算: two publishers, two kinds, two page lengths.
const ids = [index.budgets.find((e) => e.kind === 'budget')!.id, index.budgets.find((e) => e.kind === 'final')!.id];

const GOOD_CLS = 0.1;

/** Sums the page's layout shifts without recent input (CLS) from its first frame on, in window.__cls. */
async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const win = window as unknown as { __cls: number };
    win.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!e.hadRecentInput) win.__cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift summed so far. */
const layoutShift = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __cls: number }).__cls);

for (const id of ids) {
  for (const view of ['treemap', 'sankey', 'tables'] as const) {
    for (const s of SCREENS) {
      test(`${id} ${view} at ${s.width} px (${s.lang}): the page does not jump when the view's code arrives late`, async ({ page }) => {
        const w = watchPage(page);
        await page.setViewportSize({ width: s.width, height: s.height });
        await watchLayoutShift(page);
        // The chunks the budget page loads on demand are held back: the view's code comes after the data.
        await page.route(/\/assets\/(SankeyView|TablesView|OtherYearsLink|compare)-[^/]*\.js$/, async (route) => {
          await new Promise((r) => setTimeout(r, 400));
          await route.continue();
        });
        await page.goto(`./#/budget/${id}/${view}${s.lang === 'en' ? '?lang=en' : ''}`);
        await expect(page.getByTestId('view-tools')).toBeVisible();
        await expect(page.getByTestId('headline-total')).toBeVisible();
        // Fonts and late images settle within a frame or two; give the observer a moment to report.
        await page.waitForTimeout(300);
        const cls = await layoutShift(page);
        expect(cls).toBeLessThan(GOOD_CLS);
        expect(w.errors).toEqual([]);
      });
    }
  }
}

/**
 * The budget's data later than the first render waits (main.tsx: 1.5 s): the app shows its loading line, then
 * the page. The loading line holds a screen's height, so nothing a reader sees moves when the page comes (in a
 * loaded CI run the data once came late and the footer, drawn under the loading line, jumped: CLS 0.30).
 */
for (const s of SCREENS) {
  test(`${ids[0]} at ${s.width} px (${s.lang}): data later than the first render waits moves nothing when it comes`, async ({ page }) => {
    const w = watchPage(page);
    await page.setViewportSize({ width: s.width, height: s.height });
    await watchLayoutShift(page);
    const file = index.budgets.find((e) => e.id === ids[0])!.file;
    await page.route(`**/data/${file}`, async (route) => {
      await new Promise((r) => setTimeout(r, 2500));
      await route.continue();
    });
    await page.goto(`./#/budget/${ids[0]}/treemap${s.lang === 'en' ? '?lang=en' : ''}`);
    // The loading line first (the data is held back past the first render's wait), then the page.
    await expect(page.getByTestId('loading')).toBeVisible();
    await expect(page.getByTestId('headline-total')).toBeVisible({ timeout: 10_000 });
    await page.waitForTimeout(300);
    const cls = await layoutShift(page);
    expect(cls).toBeLessThan(GOOD_CLS);
    expect(w.errors).toEqual([]);
  });
}
