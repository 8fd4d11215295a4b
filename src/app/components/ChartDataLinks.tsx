/**
 * 图表数据: download exactly what the chart on screen shows — the treemap's level or the Sankey's flows — as
 * CSV (UTF-8 with BOM) or JSON, made in the browser from the model (src/model/chartData). Used above each
 * chart and, as one small "数据 / Data" link, in the embed's credit line. The code that makes the file
 * (chartDataFiles.ts) loads when a button is pressed: the page's first render does not need it.
 */
import { useCallback, useState } from 'react';
import type { Budget } from '../../model/types';
import type { Route } from '../../state/route';
import { useT } from '../i18n';
import { useSourceLinker } from '../source/useSourceLinker';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

type BudgetRoute = Extract<Route, { page: 'budget' }>;

/** Saves the chart's data for a route; null for the tables view (its tables have their own downloads). */
function useSaveChartData(budget: Budget, route: BudgetRoute): { save: ((format: 'csv' | 'json') => void) | null; failed: string } {
  const t = useT();
  const linker = useSourceLinker(budget.id);
  const [failed, setFailed] = useState('');
  const save = useCallback(
    (format: 'csv' | 'json') => {
      setFailed('');
      import('./chartDataFiles').then(
        (m) => m.saveChartData(budget, route, t.sankey, linker.url, format),
        // A chunk that cannot load (offline, a deploy in between): say so rather than do nothing.
        () => setFailed(t.chartDataFailed),
      );
    },
    [budget, route, t, linker],
  );
  return { save: route.view === 'tables' ? null : save, failed };
}

export function ChartDataButtons({ budget, route }: { budget: Budget; route: BudgetRoute }) {
  const t = useT();
  const { save, failed } = useSaveChartData(budget, route);
  if (!save) return null;
  return (
    <span role="group" aria-label={t.chartDataLabel} title={t.chartDataHelp}>
      <button type="button" className={cx(ui.button, ui.small, ui.secondary)} onClick={() => save('csv')} data-testid="chart-data-csv">
        {t.chartDataCsv}
      </button>{' '}
      <button type="button" className={cx(ui.button, ui.small, ui.secondary)} onClick={() => save('json')} data-testid="chart-data-json">
        {t.chartDataJson}
      </button>
      {failed && <span role="status">{` ${failed}`}</span>}
    </span>
  );
}

/** The embed's small data link: the CSV of what the frame shows (the sandbox allows downloads). */
export function EmbedDataLink({ budget, route }: { budget: Budget; route: BudgetRoute }) {
  const t = useT();
  const { save, failed } = useSaveChartData(budget, route);
  if (!save) return null;
  return (
    <>
      <button type="button" className={ui.linkButton} onClick={() => save('csv')} title={t.chartDataHelp} data-testid="embed-data">
        {t.embedData}
      </button>
      {failed && <span role="status">{` ${failed}`}</span>}
    </>
  );
}
