/**
 * Sankey labels stay readable on every committed budget (public/data/index.json), at 1280 and 375 px, in
 * Chinese and English, with and without the 款 column: every label lies inside its SVG (and the SVG inside
 * the page), no two labels overlap, and no label lies on a flow band. Boxes are measured by the browser
 * (real fonts), not taken from the layout's estimates, so a label the estimate got wrong is caught.
 *
 * A band's box is its bounding rectangle: a curved band's box also covers some empty space beside the curve,
 * so the check is stricter than what the eye sees — a label clear of every band box is clear of every band.
 */
import { expect, test, type Page } from '@playwright/test';
import { index, watchErrors } from './support/realData';
import type { Box } from './support/boxes';

interface PartBoxes {
  part: string;
  svg: Box;
  labels: Box[];
  bands: Box[];
}

/** Label, band and SVG boxes of every drawn part, in page pixels (getBoundingClientRect). */
async function measure(page: Page): Promise<{ parts: PartBoxes[]; pageWidth: number }> {
  return page.evaluate(() => {
    const box = (id: string, r: DOMRect) => ({ id, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom });
    const parts = [...document.querySelectorAll<HTMLElement>('[data-testid="sankey-view"] [data-testid^="sankey-part-"]')].flatMap((part) => {
      const svg = part.querySelector('svg');
      if (!svg) return [];
      const labels = [...svg.querySelectorAll<SVGGElement>('[data-testid^="sankey-node-"]')].flatMap((g) => {
        const text = g.querySelector('text');
        return text ? [box(g.dataset.testid ?? '', text.getBoundingClientRect())] : [];
      });
      // The band itself (the filled area), not the wider invisible hover stroke of a thin flow.
      const bands = [...svg.querySelectorAll<SVGGElement>('[data-testid^="sankey-link-"]')].flatMap((g) => {
        const band = g.querySelector('path');
        return band ? [box(g.dataset.testid ?? '', band.getBoundingClientRect())] : [];
      });
      return [{ part: part.dataset.testid ?? '', svg: box('svg', svg.getBoundingClientRect()), labels, bands }];
    });
    return { parts, pageWidth: document.documentElement.clientWidth };
  });
}

/** The overlap of two boxes (0 where they are apart). */
function overlap(a: Box, b: Box): { w: number; h: number } {
  return { w: Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)), h: Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0)) };
}

/** Sub-pixel rounding and the halo's anti-aliasing; anything more is a label on a band. */
const TOLERANCE = 1.5;

function problems(parts: PartBoxes[], pageWidth: number): string[] {
  const out: string[] = [];
  for (const { part, svg, labels, bands } of parts) {
    if (labels.length === 0) out.push(`${part}: no label`);
    if (svg.x0 < -0.5 || svg.x1 > pageWidth + 0.5) out.push(`${part}: svg ${svg.x0.toFixed(1)}–${svg.x1.toFixed(1)} leaves the page (width ${pageWidth})`);
    for (const l of labels) {
      if (l.x0 < svg.x0 - 0.5 || l.x1 > svg.x1 + 0.5 || l.y0 < svg.y0 - 0.5 || l.y1 > svg.y1 + 0.5) {
        out.push(
          `${part}: label ${l.id} [${l.x0.toFixed(1)}, ${l.x1.toFixed(1)}]×[${l.y0.toFixed(1)}, ${l.y1.toFixed(1)}] leaves the svg [${svg.x0.toFixed(1)}, ${svg.x1.toFixed(1)}]×[${svg.y0.toFixed(1)}, ${svg.y1.toFixed(1)}]`,
        );
      }
    }
    for (let i = 0; i < labels.length; i++) {
      const a = labels[i];
      if (!a) continue;
      for (const b of labels.slice(i + 1)) {
        const o = overlap(a, b);
        if (o.w > TOLERANCE && o.h > TOLERANCE) out.push(`${part}: labels ${a.id} and ${b.id} overlap by ${o.w.toFixed(1)}×${o.h.toFixed(1)}`);
      }
      for (const band of bands) {
        const o = overlap(a, band);
        if (o.w > TOLERANCE && o.h > TOLERANCE) out.push(`${part}: label ${a.id} lies on band ${band.id} by ${o.w.toFixed(1)}×${o.h.toFixed(1)}`);
      }
    }
  }
  return out;
}

const widths = [1280, 375] as const;
const langs = ['zh', 'en'] as const;

for (const entry of index.budgets) {
  for (const width of widths) {
    for (const lang of langs) {
      test(`sankey labels clear of edges, each other and the flows: ${entry.id} ${width} ${lang}`, async ({ page }) => {
        const errors = watchErrors(page);
        await page.setViewportSize({ width, height: 900 });
        for (const kuan of [false, true]) {
          const q = [...(kuan ? ['kuan=1'] : []), ...(lang === 'en' ? ['lang=en'] : [])];
          await page.goto(`./#/budget/${entry.id}/sankey${q.length > 0 ? `?${q.join('&')}` : ''}`);
          // A long 款 column takes a while on a loaded machine.
          await expect(page.getByTestId('sankey-svg')).toBeVisible({ timeout: 20_000 });
          if (kuan) await expect(page.getByTestId('sankey-kuan-toggle')).toBeChecked();
          const { parts, pageWidth } = await measure(page);
          expect(parts.length, 'parts drawn').toBe(width < 640 ? 2 : 1);
          const bandCount = parts.reduce((n, p) => n + p.bands.length, 0);
          expect(bandCount, 'bands drawn').toBeGreaterThan(0);
          expect(problems(parts, pageWidth), `${kuan ? '款' : '类'} level`).toEqual([]);
        }
        expect(errors).toEqual([]);
      });
    }
  }
}
