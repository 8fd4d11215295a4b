/**
 * 资金流向 Sankey: income sources → 基本支出/项目支出 → 经济分类 类 (→ 款 on demand).
 * Props-driven (budget + words + the toggles, which live in the URL: the page gives them and takes changes);
 * state here is only the hovered/pinned item.
 */
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Budget } from '../../model/types';
import { useSankey } from './useSankey';
import { useElementWidth } from '../useElementWidth';
import { SankeyPremeasure, useSankeyPremeasure } from './SankeyPremeasure';
import { highlightFor, type SankeyActive } from './highlight';
import { SankeyLinks } from './SankeyLinks';
import { SankeyNodes } from './SankeyNodes';
import { SankeyTooltip } from './SankeyTooltip';
import { SankeyFlowTable } from './SankeyFlowTable';
import { SankeyIssues } from './SankeyIssues';
import { SankeyReadNotes } from './SankeyReadNotes';
import { SankeyHatches, type SankeyHatchKind } from './SankeyHatches';
import type { SankeyWords } from './words';
import { MAX_HEIGHT } from './computeSankey';
import styles from './SankeyView.module.css';

export interface SankeyViewProps {
  budget: Budget;
  /** Everything the chart says, in the page's language (the app builds it from its catalog). */
  words: SankeyWords;
  /** Show the 款 column (URL: kuan=1). */
  kuan: boolean;
  /** Show the flows as a table (URL: flows=table). */
  showTable: boolean;
  onKuanChange: (on: boolean) => void;
  onTableChange: (on: boolean) => void;
  /**
   * Open the check behind a rounding gap in 数据核对 (its place among the rounding checks as listed); absent
   * where the page has no checks (an embed): the sentence then has no link.
   */
  onShowCheck?: (roundingIndex: number) => void;
  /** A chart-only embed: no toggles and no hint on hovering (the route's kuan and flows still apply). */
  chartOnly?: boolean;
}

export function SankeyView({ budget, words: t, kuan, showTable, onKuanChange, onTableChange, onShowCheck, chartOnly = false }: SankeyViewProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [active, setActive] = useState<SankeyActive>(null);
  const [pinned, setPinned] = useState(false);
  const [canvasRef, width] = useElementWidth<HTMLDivElement>();
  const computed = useSankey(budget, width, t, kuan);
  // Before the box is measured (the page as rendered at build time, and its hydration): the static drawings.
  const premeasure = useSankeyPremeasure(width, budget, t, kuan);
  // The income rule and an error read from the desktop drawing until the chart is live.
  const shown = computed ?? premeasure?.[0]?.computed ?? null;
  const hasKuan = budget.economic.some((r) => r.code.length === 5);

  const ok = computed?.ok ? computed.value : null;
  const activePart = ok && active ? ok.parts[active.part] : undefined;
  const highlight = useMemo(() => (activePart ? highlightFor(activePart.graph, active) : null), [activePart, active]);
  const labels = useMemo(() => new Map((ok?.parts ?? []).flatMap((p) => p.nodes.map((n) => [n.node.id, n.label] as const))), [ok]);

  // The pinned flag lives in a ref as well, so that the hover handlers read it without a state updater.
  const pinnedRef = useRef(false);
  const pin = useCallback((v: boolean) => {
    pinnedRef.current = v;
    setPinned(v);
  }, []);
  const onActive = useCallback(
    (next: SankeyActive, doPin?: boolean) => {
      if (doPin) {
        setActive(next);
        pin(true);
        return;
      }
      // While a tap/click has pinned an item, hovering elsewhere does not move the tooltip.
      if (!pinnedRef.current) setActive(next);
    },
    [pin],
  );
  const onLeave = useCallback(() => {
    if (!pinnedRef.current) setActive(null);
  }, []);
  const clear = useCallback(() => {
    pin(false);
    setActive(null);
  }, [pin]);

  const patternId = (kind: SankeyHatchKind, part: number) => `sankey-${uid}-hatch-${kind}-${part}`;

  return (
    <section className={styles.sankey} data-testid="sankey-view" lang={t.htmlLang} aria-labelledby={`sankey-${uid}-title`}>
      <header className={styles.head}>
        <h2 id={`sankey-${uid}-title`} className={styles.title}>
          {t.title}
        </h2>
        <p className={styles.caption} data-testid="sankey-caption">
          {t.caption} · {t.unitNote(budget.unit)}
        </p>
        {chartOnly ? null : (
          <div className={styles.controls} data-testid="sankey-controls">
            {hasKuan ? (
              <label className={styles.toggle}>
                <input
                  type="checkbox"
                  checked={kuan}
                  onChange={(e) => {
                    clear();
                    onKuanChange(e.target.checked);
                  }}
                  data-testid="sankey-kuan-toggle"
                />
                {t.showKuan}
              </label>
            ) : null}
            <button
              type="button"
              className={styles.tableToggle}
              onClick={() => onTableChange(!showTable)}
              aria-expanded={showTable}
              data-testid="sankey-table-toggle"
            >
              {showTable ? t.hideTable : t.showTable}
            </button>
          </div>
        )}
        {shown?.ok && shown.value.incomeRule !== 'none' ? <p className={styles.rule}>{t.rule[shown.value.incomeRule]}</p> : null}
        {chartOnly ? null : (
          <p className={styles.hint} data-testid="sankey-hint">
            {t.hint}
          </p>
        )}
      </header>

      {ok ? <SankeyIssues issues={ok.issues} imbalances={ok.imbalances} labels={labels} t={t} unit={budget.unit} /> : null}
      {shown && !shown.ok ? (
        <p className={styles.error} role="alert" data-testid="sankey-error">
          {shown.reason === 'empty' ? t.empty : `${t.error}${shown.reason}`}
        </p>
      ) : null}

      <div className={styles.canvas} ref={canvasRef} onClick={clear} onKeyDown={(e) => e.key === 'Escape' && clear()}>
        {premeasure ? <SankeyPremeasure drawings={premeasure} words={t} title={`${t.title}: ${t.caption}`} idPrefix={`sankey-${uid}`} /> : null}
        {ok
          ? ok.parts.map((part, i) => (
              <div key={part.key} className={styles.part} data-testid={`sankey-part-${part.key}`}>
                {part.key === 'spending' ? (
                  <p className={styles.partCaption} data-testid="sankey-part-caption">
                    {t.partSpending}
                  </p>
                ) : null}
                {part.key === 'income' ? (
                  <p className={styles.partCaption} data-testid="sankey-part-caption">
                    {t.partIncome}
                  </p>
                ) : null}
                <div
                  className={styles.scroll}
                  style={{ maxHeight: ok.narrow ? MAX_HEIGHT.narrow : MAX_HEIGHT.wide }}
                  data-testid="sankey-scroll"
                  data-scrolls={part.height > (ok.narrow ? MAX_HEIGHT.narrow : MAX_HEIGHT.wide) ? 'true' : undefined}
                >
                  <svg
                    width={part.width}
                    height={part.height}
                    viewBox={`0 0 ${part.width} ${part.height}`}
                    role="group"
                    aria-label={`${t.title}: ${t.caption}`}
                    data-testid={i === 0 ? 'sankey-svg' : `sankey-svg-${part.key}`}
                    // Picked up by the SVG/PNG export (src/charts/export), with the part's caption when split.
                    data-export-part={part.key}
                    data-export-caption={part.key === 'spending' ? t.partSpending : part.key === 'income' ? t.partIncome : undefined}
                  >
                    <SankeyHatches patternId={(kind) => patternId(kind, i)} />
                    <SankeyLinks
                      links={part.links}
                      labels={labels}
                      highlight={active?.part === i ? highlight : null}
                      unit={t.unitAfter(budget.unit)}
                      formatAmount={t.formatAmount}
                      part={i}
                      onActive={onActive}
                      onLeave={onLeave}
                    />
                    <SankeyNodes
                      nodes={part.nodes}
                      highlight={active?.part === i ? highlight : null}
                      fontSize={ok.fontSize}
                      lineHeight={ok.lineHeight}
                      unit={t.unitAfter(budget.unit)}
                      patternId={(kind) => patternId(kind, i)}
                      part={i}
                      onActive={onActive}
                      onLeave={onLeave}
                    />
                  </svg>
                  {active && active.part === i ? <SankeyTooltip budget={budget} part={part} active={active} t={t} pinned={pinned} onClose={clear} /> : null}
                </div>
                {part.height > (ok.narrow ? MAX_HEIGHT.narrow : MAX_HEIGHT.wide) ? (
                  <p className={styles.scrollHint} data-testid="sankey-scroll-hint">
                    {t.read.scrollHint}
                  </p>
                ) : null}
              </div>
            ))
          : null}
      </div>

      {ok ? <SankeyReadNotes chart={ok} budget={budget} labels={labels} t={t} {...(onShowCheck ? { onShowCheck } : {})} /> : null}
      {ok ? <SankeyFlowTable parts={ok.parts} t={t} unit={budget.unit} visible={showTable} /> : null}
    </section>
  );
}
