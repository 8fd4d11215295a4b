/**
 * A drillable treemap of one level of a model tree (功能分类 类→款→项, or 单位→项目). Renders what
 * useTreemap computes; navigation goes out through onNavigate (the URL holds the drill path).
 *
 * Input: mouse (hover → tooltip, click → drill in), keyboard (Tab between cells, Enter/Space → drill
 * in or pin details, Escape → close details / drill out), touch (tap → details, tap again → drill in).
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import type { Measure, TreeNode } from '../../model/tree';
import type { SourceRef } from '../../model/types';
import type { TreemapWords } from './words';
import { useTreemap, type TreemapCell } from './useTreemap';
import { TreemapCellShape, TreemapHatch } from './TreemapCellShape';
import { LazyTreemapTooltip, usePreloadTreemapTooltip } from './LazyTreemapTooltip';
import { TreemapBreadcrumb } from './TreemapBreadcrumb';
import { TreemapTable } from './TreemapTable';
import { nodeName } from './nodeName';
import { formatAmount } from '../../model/format';
import { useElementWidth } from '../useElementWidth';
import { TreemapPremeasure, useTreemapPremeasure } from './TreemapPremeasure';
import { TreemapLegend } from './TreemapLegend';
import { legendItems } from './legendItems';
import { chartHeight } from './chartHeight';
import { TreemapSmallItems } from './TreemapSmallItems';
import { isLabelled } from './labelFit';
import styles from './Treemap.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

export interface TreemapProps {
  /** Root .. focus: the level shown is the children of the last node. */
  chain: readonly [TreeNode, ...TreeNode[]];
  measure: Measure;
  t: TreemapWords;
  /** The unit after each amount ("万元", "yuan"): the budget's, from the app. */
  unitLabel: string;
  /** The amount column's header of the text table ("金额（元）"). */
  amountHeader: string;
  describeSrc: (src: SourceRef) => string;
  /** Set the drill path (keys below the root). */
  onNavigate(path: string[]): void;
  /** What the whole tree is called in the breadcrumb ("全部支出"). */
  rootLabel: string;
  /**
   * Where a node's printed name is a misprint the crosswalk knows (model/misprints.ts): the name it
   * should have been; null otherwise. The chart marks such names [原文如此] / [sic].
   */
  misprintOf?: (node: TreeNode) => string | null;
  /** The line on how to drill (hover, click, tap); false in a chart-only embed, which shows no help text. */
  showHelp?: boolean;
}

interface Tip {
  key: string;
  x: number;
  y: number;
  pinned: boolean;
}

export function Treemap({ chain, measure, t, unitLabel, amountHeader, describeSrc, onNavigate, rootLabel, misprintOf, showHelp = true }: TreemapProps) {
  const root = chain[0];
  const focus = chain.at(-1) ?? root;
  const uid = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const [boxRef, width] = useElementWidth<HTMLDivElement>();
  const height = chartHeight(width);
  // A misprinted name is shown as printed, marked [原文如此] (an English 类 name is not the printed one: its
  // printed name, in the tooltip, carries the mark instead).
  const plainName = useCallback((n: TreeNode) => nodeName(n, t, rootLabel).label, [t, rootLabel]);
  const markOf = useCallback(
    (n: TreeNode) => (nodeName(n, t, rootLabel).printed === null && misprintOf?.(n) ? t.treemapMore.sic : ''),
    [t, rootLabel, misprintOf],
  );
  const nameOf = useCallback((n: TreeNode) => `${plainName(n)}${markOf(n)}`, [plainName, markOf]);
  const computed = useTreemap(focus, measure, width, height, plainName, t.gapName, markOf, t.formatAmount);
  // Before the box is measured (the page as rendered at build time, and its hydration): the static drawings.
  const premeasure = useTreemapPremeasure(width, focus, measure, plainName, t.gapName, markOf, t.formatAmount);
  const [tip, setTip] = useState<Tip | null>(null);
  usePreloadTreemapTooltip();
  const lastPointer = useRef<string>('mouse');
  const cellRefs = useRef(new Map<string, SVGGElement>());
  const restoreFocus = useRef<string | null>(null);

  const pathKeys = chain.slice(1).map((n) => n.key);
  const drillTo = useCallback(
    (path: string[], focusAfter: string | null) => {
      setTip(null);
      restoreFocus.current = focusAfter;
      onNavigate(path);
    },
    [onNavigate],
  );

  // After a keyboard drill, put focus on the first cell (in) or on the cell we came out of (out).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each drill (focus.key), reading the ref it set
  useEffect(() => {
    const want = restoreFocus.current;
    if (want === null) return;
    restoreFocus.current = null;
    const el = want === '' ? computed.cells[0] && cellRefs.current.get(computed.cells[0].key) : cellRefs.current.get(want);
    el?.focus();
  }, [focus.key, computed.cells]);

  // A pinned tooltip closes when the reader taps elsewhere.
  useEffect(() => {
    if (!tip?.pinned) return;
    const close = (e: globalThis.PointerEvent) => {
      if (boxRef.current && e.target instanceof Node && boxRef.current.contains(e.target)) return;
      setTip(null);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [tip?.pinned, boxRef]);

  const localPoint = (e: PointerEvent | MouseEvent): { x: number; y: number } => {
    const r = boxRef.current?.getBoundingClientRect();
    return { x: e.clientX - (r?.left ?? 0), y: e.clientY - (r?.top ?? 0) };
  };

  const drillInto = (cell: TreemapCell, viaKeyboard: boolean) => {
    if (!cell.drillable || !cell.node) return;
    drillTo([...pathKeys, cell.node.key], viaKeyboard ? '' : null);
  };

  const drillOut = (levels: number, viaKeyboard: boolean) => {
    if (chain.length <= 1) return;
    const target = Math.max(0, chain.length - 1 - levels);
    const cameFrom = chain[target + 1]?.key ?? null;
    drillTo(pathKeys.slice(0, target), viaKeyboard ? cameFrom : null);
  };

  const onCellClick = (cell: TreemapCell, e: MouseEvent) => {
    if (lastPointer.current === 'touch') {
      // First tap: details. Second tap on the same cell: drill in.
      if (tip?.key === cell.key && tip.pinned && cell.drillable) {
        drillInto(cell, false);
        return;
      }
      setTip({ key: cell.key, ...localPoint(e), pinned: true });
      return;
    }
    if (cell.drillable) drillInto(cell, e.detail === 0);
    else setTip({ key: cell.key, ...localPoint(e), pinned: true });
  };

  const onCellKey = (cell: TreemapCell, e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    if (cell.drillable) drillInto(cell, true);
    else setTip({ key: cell.key, x: (cell.rect.x0 + cell.rect.x1) / 2, y: cell.rect.y1, pinned: true });
  };

  const onBoxKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    if (tip?.pinned) {
      setTip(null);
      e.preventDefault();
      return;
    }
    if (chain.length > 1) {
      e.preventDefault();
      drillOut(1, true);
    }
  };

  const tipCell = tip ? computed.cells.find((c) => c.key === tip.key) : undefined;
  const printedNameOf = (n: TreeNode | null): string | null => {
    const printed = n ? nodeName(n, t).printed : null;
    return printed !== null && n && misprintOf?.(n) ? `${printed}${t.treemapMore.sic}` : printed;
  };
  const small = computed.cells.filter((c) => !isLabelled(c.label));
  // A listed item opens as its cell does from the keyboard: drill in, or pin its details under the cell.
  const openSmall = (cell: TreemapCell) => {
    if (cell.drillable) drillInto(cell, true);
    else setTip({ key: cell.key, x: (cell.rect.x0 + cell.rect.x1) / 2, y: cell.rect.y1, pinned: true });
  };
  const helpId = `treemap-help-${uid}`;
  const chartTitle = t.treemapTitle(focus.level === 'root' ? (t.englishNames && focus.nameEn ? focus.nameEn : focus.name) : nameOf(focus));
  const gapAmount = computed.gap !== null ? (focus.difference[measure] ?? null) : null;

  return (
    <div className={styles.treemap} onKeyDown={onBoxKey}>
      <TreemapBreadcrumb chain={chain} nameOf={nameOf} label={t.breadcrumbLabel} upLabel={t.drillUp} onGo={(i) => drillOut(chain.length - 1 - i, false)} />
      {showHelp ? (
        <p id={helpId} className={cx(styles.help, ui.help)} data-testid="treemap-help">
          {/* One of the two shows (Treemap.module.css): a phone gets the tap gestures only, in one line. */}
          <span className={styles.helpLong}>{t.treemapHelp}</span>
          <span className={styles.helpShort}>{t.treemapHelpShort}</span>
        </p>
      ) : null}
      {/* No height before the width is known: the drawings below set it (and a style attribute in the markup
          rendered at build time would be refused by the site's CSP anyway). */}
      <div ref={boxRef} className={styles.box} style={width > 0 ? { height } : undefined}>
        {premeasure ? <TreemapPremeasure drawings={premeasure} title={chartTitle} idPrefix={`treemap-${uid}`} /> : null}
        {width > 0 && computed.cells.length === 0 ? <p className={styles.empty}>{t.emptyLevel}</p> : null}
        {width > 0 ? (
          <svg
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            role="group"
            aria-label={chartTitle}
            aria-describedby={showHelp ? helpId : undefined}
            data-testid="treemap-svg"
            // Picked up by the SVG/PNG export (src/charts/export).
            data-export-part="treemap"
          >
            <defs>
              <TreemapHatch id={`hatch-${uid}`} />
            </defs>
            {computed.cells.map((cell) => {
              const { x0, y0, x1, y1 } = cell.rect;
              const w = Math.max(0, x1 - x0);
              return (
                <g
                  key={cell.key}
                  ref={(el) => {
                    if (el) cellRefs.current.set(cell.key, el);
                    else cellRefs.current.delete(cell.key);
                  }}
                  className={cx(styles.cell, cell.drillable && styles.drillable, tip?.key === cell.key && styles.active)}
                  transform={`translate(${x0},${y0})`}
                  role="button"
                  tabIndex={0}
                  aria-label={[`${cell.name}${t.colon}${cell.amount} ${unitLabel}`, cell.share, cell.drillable ? t.drillIn : '']
                    .filter(Boolean)
                    .join(t.listSep)}
                  data-testid={`treemap-node-${cell.key}`}
                  data-drillable={cell.drillable || undefined}
                  data-key={cell.key}
                  onPointerDown={(e) => {
                    lastPointer.current = e.pointerType;
                  }}
                  onPointerMove={(e) => {
                    if (e.pointerType === 'touch' || tip?.pinned) return;
                    setTip({ key: cell.key, ...localPoint(e), pinned: false });
                  }}
                  onPointerLeave={(e) => {
                    if (e.pointerType !== 'touch') setTip((cur) => (cur && !cur.pinned && cur.key === cell.key ? null : cur));
                  }}
                  onFocus={() => {
                    if (!tip?.pinned) setTip({ key: cell.key, x: x0 + w / 2, y: y1, pinned: false });
                  }}
                  onBlur={() => setTip((cur) => (cur && !cur.pinned && cur.key === cell.key ? null : cur))}
                  onClick={(e) => onCellClick(cell, e)}
                  onKeyDown={(e) => onCellKey(cell, e)}
                >
                  <TreemapCellShape cell={cell} hatchId={`hatch-${uid}`} />
                </g>
              );
            })}
          </svg>
        ) : null}
        {tip && tipCell ? (
          <LazyTreemapTooltip
            cell={tipCell}
            focus={focus}
            root={root}
            measure={measure}
            t={t}
            unitLabel={unitLabel}
            describeSrc={describeSrc}
            printedName={printedNameOf(tipCell.node)}
            pinned={tip.pinned}
            x={tip.x}
            y={tip.y}
            boxWidth={width}
            boxHeight={height}
            onDrill={() => drillInto(tipCell, false)}
            onClose={() => setTip(null)}
          />
        ) : null}
      </div>
      {/* Only once the chart has its width: before, every cell is 0 px and would be listed as too small. */}
      {/* Before, from the desktop drawing shown in its place (premeasure). */}
      {width > 0 || premeasure ? (
        <TreemapLegend title={t.treemapMore.legendTitle} items={legendItems(premeasure?.[0]?.computed.cells ?? computed.cells, chain, nameOf, t)} />
      ) : null}
      <TreemapSmallItems
        cells={width > 0 ? small : []}
        title={t.treemapMore.smallTitle(small.length)}
        help={t.treemapMore.smallHelp}
        unitLabel={unitLabel}
        drillIn={t.drillIn}
        listSep={t.listSep}
        onOpen={openSmall}
      />
      <TreemapTable
        focus={focus}
        measure={measure}
        t={t}
        amountHeader={amountHeader}
        caption={t.textAltCaption(nameOf(focus), t.measures[measure])}
        nameOf={nameOf}
        gapAmount={gapAmount !== null ? (t.formatAmount ?? formatAmount)(gapAmount) : null}
      />
    </div>
  );
}
