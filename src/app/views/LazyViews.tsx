/**
 * The Sankey and table views are built separately (src/charts/Sankey, src/tables). import.meta.glob
 * finds them when they exist and gives an empty map when they do not, so the build stays green either
 * way; they load on demand (their d3-sankey / react-table code stays out of the first bundle).
 */
import { lazy, useMemo, type ComponentType } from 'react';
import type { Budget } from '../../model/types';
import type { TableTab } from '../../state/route';
import type { TableSort } from '../../state/tableQuery';
import type { SankeyWords } from '../../charts/Sankey/words';
import type { SankeyViewProps } from '../../charts/Sankey/SankeyView';
import type { TableWords } from '../../tables/words';
import { useT } from '../i18n';
import { useMisprint } from '../useMisprint';
import { useSourceLinker } from '../source/useSourceLinker';
import { sankeyWordsFor, tableWordsFor, useAmountMode } from '../amounts/amountView';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';
import styles from './LazyViews.module.css';

export interface ViewProps {
  budget: Budget;
}

/** The tables view also takes its tab and marked row from the URL. */
export interface TablesProps extends ViewProps {
  tab?: TableTab;
  onTabChange?: (tab: TableTab) => void;
  row?: string;
  sort?: TableSort;
  filter?: string;
  onQueryChange?: (query: { sort?: TableSort; filter?: string }) => void;
  /** A chart-only embed: the table the link names, without tabs. */
  chartOnly?: boolean;
}

/** The Sankey takes its toggles from the URL (kuan, flows) and reports changes; words come from the slot. */
export type SankeyProps = Omit<SankeyViewProps, 'words'>;

// The views take their words as props (they never read the app's catalog): the slots give them the page's.
type SankeyModule = { SankeyView: ComponentType<SankeyProps & { words: SankeyWords }> };
type TablesModule = { TablesView: ComponentType<TablesProps & { words: TableWords }> };

const sankeyLoaders = import.meta.glob<SankeyModule>('../../charts/Sankey/SankeyView.tsx');
const tablesLoaders = import.meta.glob<TablesModule>('../../tables/TablesView.tsx');

const sankeyLoad = sankeyLoaders['../../charts/Sankey/SankeyView.tsx'];
const tablesLoad = tablesLoaders['../../tables/TablesView.tsx'];

const LazySankey = sankeyLoad ? lazy(() => sankeyLoad().then((m) => ({ default: m.SankeyView }))) : null;
const LazyTables = tablesLoad ? lazy(() => tablesLoad().then((m) => ({ default: m.TablesView }))) : null;

function Pending({ testId }: { testId: string }) {
  const t = useT();
  return (
    <p className={ui.notice} data-testid={testId}>
      {t.viewPending}
    </p>
  );
}

/**
 * The fallback while a lazy view's code loads. The page puts the one Suspense boundary around the view and
 * everything after it (BudgetPage, EmbedPage), so nothing drawn below the chart moves when it arrives.
 */
export function ViewLoading() {
  const t = useT();
  return (
    <p className={cx(ui.loading, styles.reserve)} data-testid="loading">
      {t.loading}
    </p>
  );
}

export function SankeySlot(props: SankeyProps) {
  const t = useT();
  const lookup = useMisprint();
  // The page's unit (as printed, or 百万元) goes in through the words' formatter; misprints are marked [原文如此].
  const mode = useAmountMode();
  const unit = props.budget.unit;
  const words = useMemo<SankeyWords>(
    () => ({ ...sankeyWordsFor(t, mode, unit), misprintMark: (scheme, code, name) => (lookup(scheme, code, name) ? t.treemapMore.sic : '') }),
    [t, mode, unit, lookup],
  );
  if (!LazySankey) return <Pending testId="sankey-pending" />;
  return <LazySankey {...props} words={words} />;
}

export function TablesSlot(props: TablesProps) {
  const t = useT();
  const lookup = useMisprint();
  const mode = useAmountMode();
  const unit = props.budget.unit;
  // The tables' source notes and CSV link each figure to its lines in the source view (查看原文).
  const linker = useSourceLinker(props.budget.id);
  // 功能分类 and 经济分类 names the crosswalk knows to be misprints are marked [原文如此] (model/misprints.ts);
  // amounts follow the page's 金额单位 (tableWordsFor).
  const words = useMemo<TableWords>(
    () => ({
      ...tableWordsFor(t, mode, unit),
      sourceLink: { text: t.trail.noteLink, column: t.trail.csvColumn, href: linker.href, url: linker.url },
      misprint: (table, code, name) => {
        const scheme = table === 'functional' ? 'functional' : table === 'economic' ? 'economic' : null;
        const intended = scheme ? lookup(scheme, code, name) : null;
        return intended ? { mark: t.treemapMore.sic, title: t.treemapMore.sicTitle(intended) } : null;
      },
    }),
    [t, lookup, linker, mode, unit],
  );
  if (!LazyTables) return <Pending testId="tables-pending" />;
  return <LazyTables {...props} words={words} />;
}
