/**
 * 地区 treemap: the budgets a region's total adds up, one cell each, area by spending (in 万元, exact
 * figures converted to pixels only here). Every cell links to its budget; its name wraps to the cell; a
 * cell too small for its label keeps it in the list beside (the page's table), never a clipped name.
 */
import { layoutTreemap } from '../../layout/treemapLayout';
import { toGeometry } from '../../model/decimal';
import { cellColour } from '../palette';
import { textWidth, wrapText } from '../text';
import { useElementWidth } from '../useElementWidth';
import { StaticDrawings } from '../StaticDrawings';
import styles from './RegionTreemap.module.css';

export interface RegionCell {
  key: string;
  name: string;
  amountLabel: string;
  /** The exact figure in 万元 (area). */
  wan: string;
  href: string;
  /** The route a plain click follows inside the app, where `href` is the budget's pre-rendered page. */
  'data-hash'?: string;
}

const FONT = 13;
const LINE = 17;

/** The cells laid out at `width`; `live` marks the chart a reader (and the tests) use: the premeasure drawings carry no test ids. */
function RegionSvg({ cells, label, width, live }: { cells: readonly RegionCell[]; label: string; width: number; live: boolean }) {
  const height = width < 500 ? 280 : 360;
  const layout = layoutTreemap(
    { key: 'root', value: 0, children: cells.map((c) => ({ key: c.key, value: Math.max(0, toGeometry(c.wan)) })) },
    { width, height },
    { paddingInner: 2 },
  );
  const byKey = new Map(cells.map((c) => [c.key, c]));
  return (
    <svg width={width} height={height} role="img" aria-label={label} data-testid={live ? 'region-treemap' : undefined}>
      {layout.nodes
        .filter((n) => n.depth === 1)
        .map((n) => {
          const c = byKey.get(n.key);
          if (!c) return null;
          // One colour for every department: a colour per position meant nothing (cells are departments,
          // not 类, and the site's colours stand for 类 — charts/leiPalette.ts).
          const colour = cellColour(0);
          const w = n.x1 - n.x0;
          const h = n.y1 - n.y0;
          // The name wrapped to the cell (long English names take several lines), then the amount: shown
          // whole where every line fits, else left to the table beside (never clipped).
          const nameLines = wrapText(c.name, w - 12, FONT);
          const fits = textWidth(c.amountLabel, FONT) + 12 <= w && (nameLines.length + 1) * LINE + 8 <= h;
          return (
            <a
              key={n.key}
              href={c.href}
              data-hash={c['data-hash']}
              data-testid={live ? 'region-cell' : undefined}
              data-budget={n.key}
              aria-label={`${c.name} ${c.amountLabel}`}
            >
              <rect x={n.x0} y={n.y0} width={w} height={h} fill={colour.fill} />
              {fits ? (
                <text x={n.x0 + 6} y={n.y0 + 18} fill={colour.text} fontSize={FONT}>
                  {nameLines.map((line, k) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one wrapped name, in order; a line may repeat
                    <tspan key={`${k}:${line}`} x={n.x0 + 6} dy={k === 0 ? 0 : LINE}>
                      {line}
                    </tspan>
                  ))}
                  <tspan x={n.x0 + 6} dy={LINE}>
                    {c.amountLabel}
                  </tspan>
                </text>
              ) : null}
            </a>
          );
        })}
    </svg>
  );
}

/**
 * Until its box is measured (the page rendered at build time, and the browser's first render that hydrates
 * it) the cells are drawn at the two fixed widths (charts/staticWidths.ts), base.css showing the one that fits.
 */
export function RegionTreemap({ cells, label }: { cells: readonly RegionCell[]; label: string }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  return (
    <div ref={ref} className={styles.box}>
      {width > 0 ? (
        <RegionSvg cells={cells} label={label} width={width} live />
      ) : (
        <StaticDrawings testId="region-premeasure" draw={(w) => <RegionSvg cells={cells} label={label} width={w} live={false} />} />
      )}
    </div>
  );
}
