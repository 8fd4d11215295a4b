/**
 * How many source issues (Budget.sourceIssues: text the extraction lost or shifted) each listed budget
 * has, for the catalog. index.json does not carry the count, so each budget file is read once, after
 * the catalog has rendered, through the shared cache (state/dataCache.ts: opening a budget afterwards
 * costs nothing). A budget whose file does not load gets no count here; its page says why.
 */
import { useEffect, useState } from 'react';
import { budgetResource } from '../state/dataCache';

export function useSourceIssueCounts(ids: readonly string[]): ReadonlyMap<string, number> {
  const [counts, setCounts] = useState<ReadonlyMap<string, number>>(() => new Map());
  const key = ids.join('\n');
  useEffect(() => {
    let live = true;
    for (const id of key.split('\n').filter((x) => x !== '')) {
      void budgetResource(id).then((loaded) => {
        if (live && loaded.ok) setCounts((cur) => new Map(cur).set(id, loaded.value.sourceIssues.length));
      });
    }
    return () => {
      live = false;
    };
  }, [key]);
  return counts;
}
