/**
 * 图表数据: download exactly what the chart on screen shows — the treemap's level or the Sankey's flows — as
 * CSV (UTF-8 with BOM) or JSON, made in the browser from the model (src/model/chartData). Used above each
 * chart and, as one small "数据 / Data" link, in the embed's credit line.
 */
import { useCallback } from 'react';
import type { Budget } from '../../model/types';
import type { Route } from '../../state/route';
import { chartDataCsv, chartDataFileName, chartDataJson, withSourceUrls, type ChartData } from '../../model/chartData/chartData';
import { treemapData } from '../../model/chartData/treemapData';
import { sankeyData } from '../../model/chartData/sankeyData';
import { nodeLabel } from '../../charts/Sankey/words';
import { downloadText } from '../../tables/download';
import { useT } from '../i18n';
import { useSourceLinker } from '../source/useSourceLinker';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

type BudgetRoute = Extract<Route, { page: 'budget' }>;

/** The chart's data for a route (the Sankey's with its 款 column where the URL shows it); null for the tables view. */
export function useChartData(budget: Budget, route: BudgetRoute): (() => ChartData) | null {
  const t = useT();
  const linker = useSourceLinker(budget.id);
  const make = useCallback(
    () =>
      withSourceUrls(
        route.view === 'treemap'
          ? treemapData(budget, route.path, route.group, route.measure)
          : sankeyData(budget, route.kuan === true, (n) => nodeLabel(n, t.sankey)),
        linker.url,
      ),
    [budget, route, t, linker],
  );
  return route.view === 'tables' ? null : make;
}

function save(data: ChartData, format: 'csv' | 'json') {
  const name = `${chartDataFileName(data)}.${format}`;
  if (format === 'csv') downloadText(chartDataCsv(data), name, 'text/csv;charset=utf-8');
  else downloadText(chartDataJson(data), name, 'application/json');
}

export function ChartDataButtons({ budget, route }: { budget: Budget; route: BudgetRoute }) {
  const t = useT();
  const make = useChartData(budget, route);
  if (!make) return null;
  return (
    <span role="group" aria-label={t.chartDataLabel} title={t.chartDataHelp}>
      <button type="button" className={cx(ui.button, ui.small, ui.secondary)} onClick={() => save(make(), 'csv')} data-testid="chart-data-csv">
        {t.chartDataCsv}
      </button>{' '}
      <button type="button" className={cx(ui.button, ui.small, ui.secondary)} onClick={() => save(make(), 'json')} data-testid="chart-data-json">
        {t.chartDataJson}
      </button>
    </span>
  );
}

/** The embed's small data link: the CSV of what the frame shows (the sandbox allows downloads). */
export function EmbedDataLink({ budget, route }: { budget: Budget; route: BudgetRoute }) {
  const t = useT();
  const make = useChartData(budget, route);
  if (!make) return null;
  return (
    <button type="button" className={ui.linkButton} onClick={() => save(make(), 'csv')} title={t.chartDataHelp} data-testid="embed-data">
      {t.embedData}
    </button>
  );
}
