import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Budget } from '../../model/types';
import { buildFunctionalTree } from '../../model/functionalTree';
import { buildProjectTree } from '../../model/projectTree';
import { parentGap, resolvePath, undrawnChildren, type Measure, type TreeNode } from '../../model/tree';
import { formatAmount } from '../../model/format';
import type { Grouping } from '../../state/route';
import { useAppStore } from '../../state/store';
import { selectSetGroup, selectSetMeasure, selectSetPath } from '../../state/selectors';
import { Treemap } from '../../charts/Treemap/Treemap';
import { nodeName } from '../../charts/Treemap/nodeName';
import { useT } from '../i18n';
import { describeSrc } from '../describeSrc';
import { useMisprint } from '../useMisprint';
import { amountView, useAmountMode } from '../amounts/amountView';
import { shownFormatter } from '../../model/displayAmount';
import styles from './TreemapView.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

interface Props {
  budget: Budget;
  path: string[];
  measure: Measure;
  group: Grouping;
  /** A chart-only embed: no grouping or measure controls, no help text (the route's choices still apply). */
  chartOnly?: boolean;
}

/** 矩形树图: grouping and measure controls, the drillable treemap, and notes on what it does not show. */
export function TreemapView({ budget, path, measure, group, chartOnly = false }: Props) {
  const t = useT();
  const setGroup = useAppStore(selectSetGroup);
  const setMeasure = useAppStore(selectSetMeasure);
  const setPath = useAppStore(selectSetPath);
  // The page's unit (as printed, or 百万元): the treemap gets it as its words' formatter and unit label.
  const mode = useAmountMode();
  const av = amountView(t, mode);
  const words = useMemo(() => (mode === 'printed' ? t : { ...t, formatAmount: shownFormatter(budget.unit, mode) }), [t, mode, budget.unit]);
  const functional = useMemo(() => buildFunctionalTree(budget), [budget]);
  const projects = useMemo(() => buildProjectTree(budget), [budget]);
  const hasProjects = budget.projects.length > 0;
  const byUnit = group === 'unit' && hasProjects;
  const root = byUnit ? projects.root : functional.root;
  // 项目 carry only one figure (项目支出): the measure does not apply in the unit view.
  const effectiveMeasure: Measure = byUnit ? 'project' : measure;
  const resolved = useMemo(() => resolvePath(root, path), [root, path]);
  const fullChain = resolved.nodes as [TreeNode, ...TreeNode[]];
  // A path that ends on a leaf (a search hit on a 项, or a link to one) shows the leaf among its
  // siblings — a leaf has no level of its own to draw — and puts the keyboard focus (and so the
  // tooltip) on its cell.
  const leaf = fullChain.length > 1 && (fullChain.at(-1)?.children.length ?? 1) === 0 ? (fullChain.at(-1) ?? null) : null;
  const chain = (leaf ? fullChain.slice(0, -1) : fullChain) as [TreeNode, ...TreeNode[]];
  const focus = chain.at(-1) ?? root;
  const boxRef = useRef<HTMLElement>(null);
  const leafKey = leaf?.key;
  useEffect(() => {
    if (leafKey === undefined) return;
    // The chart measures its width before it draws its cells: try again on the next frames.
    let tries = 0;
    let frame = 0;
    const find = () => {
      const el = boxRef.current?.querySelector<SVGGElement>(`[data-key="${CSS.escape(leafKey)}"]`);
      if (el) {
        el.scrollIntoView({ block: 'center' });
        el.focus({ preventScroll: true });
      } else if (tries++ < 30) frame = requestAnimationFrame(find);
    };
    find();
    return () => cancelAnimationFrame(frame);
  }, [leafKey]);
  const misprint = useMisprint();
  // Only 功能分类 lines have crosswalk entries here (units and projects are names of their own).
  const misprintOf = useCallback(
    (n: TreeNode) => (n.level === 'lei' || n.level === 'kuan' || n.level === 'xiang' ? misprint('functional', n.code, n.name) : null),
    [misprint],
  );
  const describe = useCallback((src: Parameters<typeof describeSrc>[1]) => describeSrc(budget, src, t), [budget, t]);
  const rootLabel = byUnit ? t.breadcrumbRootProjects : t.breadcrumbRoot;
  const name = (n: TreeNode) => nodeName(n, t, rootLabel).label;

  const gap = parentGap(focus, effectiveMeasure);
  const omitted = undrawnChildren(focus, effectiveMeasure);

  return (
    <section aria-labelledby="view-title" data-testid="treemap-view" ref={boxRef}>
      <h2 id="view-title" className={ui.srOnly}>
        {t.views.treemap}
      </h2>
      {chartOnly ? null : (
        <div className={styles.controls} data-testid="treemap-controls">
          <fieldset className={ui.segmented}>
            <legend>{t.groupLabel}</legend>
            {(['function', 'unit'] as const).map((g) => (
              <label key={g} className={group === g ? ui.on : undefined}>
                <input
                  type="radio"
                  name="treemap-group"
                  value={g}
                  checked={group === g}
                  disabled={g === 'unit' && !hasProjects}
                  onChange={() => setGroup(g)}
                  data-testid={`group-${g}`}
                />
                {g === 'function' ? t.groupFunction : t.groupUnit}
              </label>
            ))}
          </fieldset>
          {byUnit ? null : (
            <fieldset className={ui.segmented}>
              <legend>{t.measureLabel}</legend>
              {(['total', 'basic', 'project'] as const).map((m) => (
                <label key={m} className={measure === m ? ui.on : undefined}>
                  <input type="radio" name="treemap-measure" value={m} checked={measure === m} onChange={() => setMeasure(m)} data-testid={`measure-${m}`} />
                  {t.measures[m]}
                </label>
              ))}
            </fieldset>
          )}
        </div>
      )}
      {byUnit ? <p className={ui.help}>{t.unitViewNote}</p> : null}
      {group === 'unit' && !hasProjects ? <p className={ui.notice}>{t.noProjects}</p> : null}
      {!resolved.ok ? (
        <p className={cx(ui.notice, ui.warn)} role="status" data-testid="path-not-found">
          {t.pathNotFound}
        </p>
      ) : null}
      {leaf ? (
        <p className={ui.notice} role="status" data-testid="treemap-located">
          {t.searchFocused(`${leaf.code && !byUnit ? `${leaf.code} ` : ''}${name(leaf)}`)}
        </p>
      ) : null}
      {!byUnit && functional.basis === 'unitsAdded' ? <p className={ui.help}>{t.basisUnitsAdded}</p> : null}
      {root.children.length === 0 ? (
        <p className={ui.notice}>{byUnit ? t.noProjects : t.noFunctional}</p>
      ) : (
        <Treemap
          chain={chain}
          measure={effectiveMeasure}
          t={words}
          unitLabel={av.unit(budget.unit)}
          amountHeader={av.colAmount(budget.unit)}
          describeSrc={describe}
          onNavigate={setPath}
          rootLabel={rootLabel}
          misprintOf={misprintOf}
          showHelp={!chartOnly}
        />
      )}
      <ul className={styles.notes}>
        {gap?.side === 'over' ? <li data-testid="treemap-note-over">{t.overParent(name(focus), formatAmount(gap.amount), budget.unit)}</li> : null}
        {gap?.side === 'under' ? <li data-testid="treemap-note-under">{t.underParent(name(focus), formatAmount(gap.amount), budget.unit)}</li> : null}
        {omitted.length > 0 ? <li>{t.omitted(omitted.length, t.measures[effectiveMeasure])}</li> : null}
        {!byUnit && functional.conflicts.length > 0 ? <li>{t.conflicts(functional.conflicts.join(t.enumSep))}</li> : null}
      </ul>
    </section>
  );
}
