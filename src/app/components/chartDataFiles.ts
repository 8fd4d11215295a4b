/**
 * What the 图表数据 buttons save, made when one is pressed: this module and the chart-data code it
 * imports (the Sankey's graph among them) load then, not with the page (ChartDataLinks imports it with import()).
 */
import type { Budget, SourceRef } from '../../model/types';
import type { Route } from '../../state/route';
import type { SankeyWords } from '../../charts/Sankey/words';
import { chartDataCsv, chartDataFileName, chartDataJson, withSourceUrls } from '../../model/chartData/chartData';
import { treemapData } from '../../model/chartData/treemapData';
import { sankeyData } from '../../model/chartData/sankeyData';
import { nodeLabel } from '../../charts/Sankey/words';
import { downloadText } from '../../tables/download';

/** Saves the data of the chart a route shows (the Sankey's with its 款 column where the URL shows it). */
export function saveChartData(
  budget: Budget,
  route: Extract<Route, { page: 'budget' }>,
  words: SankeyWords,
  sourceUrl: (src: SourceRef) => string,
  format: 'csv' | 'json',
): void {
  const data = withSourceUrls(
    route.view === 'treemap'
      ? treemapData(budget, route.path, route.group, route.measure)
      : sankeyData(budget, route.kuan === true, (n) => nodeLabel(n, words)),
    sourceUrl,
  );
  const name = `${chartDataFileName(data)}.${format}`;
  if (format === 'csv') downloadText(chartDataCsv(data), name, 'text/csv;charset=utf-8');
  else downloadText(chartDataJson(data), name, 'application/json');
}
