/** Budgets and an in-memory loader for the sharded search tests. */
import { readFileSync } from 'node:fs';
import type { Budget, BudgetIndex } from '../../../src/model/types';
import { generatedCorpus } from '../../../scripts/searchCorpus';

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));

export function committedBudgets(): Budget[] {
  const index = readJson('public/data/index.json') as BudgetIndex;
  return index.budgets.map((e) => readJson(`public/data/${e.file}`) as Budget);
}

export function generatedBudgets(size: number): Budget[] {
  return generatedCorpus(committedBudgets(), size);
}

/** Serves the built files as a static host would (JSON text, parsed on read), and counts what was read. */
export function memoryLoader(files: ReadonlyMap<string, unknown>) {
  const texts = new Map([...files].map(([k, v]) => [k, JSON.stringify(v)]));
  const read: string[] = [];
  return {
    read,
    load: async (file: string): Promise<unknown> => {
      read.push(file);
      const t = texts.get(file);
      if (t === undefined) throw new Error('HTTP 404');
      return JSON.parse(t);
    },
  };
}
