/**
 * Audit: does every amount printed in the tables part of each source reach the JSON?
 * For every source line that carries amounts, report whether a table's raw rows hold those amounts at
 * that line. Lines outside any table are listed so that a table the segmenter missed is visible.
 * Usage: npx tsx scripts/auditCoverage.ts [--all]   (reads public/data)
 */
import { readFileSync } from 'node:fs';
import type { Budget, BudgetIndex } from '../src/model/types';
import { readLine } from '../src/normalizer/cells';

const all = process.argv.includes('--all');
const index = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as BudgetIndex;
for (const entry of index.budgets) {
  const b = JSON.parse(readFileSync(`public/data/${entry.file}`, 'utf8')) as Budget;
  const lines = readFileSync(`data/sources/${b.source}`, 'utf8').split('\n');
  const firstTable = Math.min(...b.tables.map((t) => t.lines[0]));
  let inside = 0;
  let covered = 0;
  const missing: string[] = [];
  const outside: string[] = [];
  lines.forEach((text, i) => {
    const n = i + 1;
    const { values } = readLine(text);
    if (values.length === 0) return;
    const table = b.tables.find((t) => n >= t.lines[0] && n <= t.lines[1]);
    if (!table) {
      if (n >= firstTable || all) outside.push(`${n}: ${text.trim().slice(0, 100)}`);
      return;
    }
    inside++;
    const row = table.rows.find((r) => r.lines[1] === n);
    if (row && values.every((v, k) => row.values[k] === v)) covered++;
    else missing.push(`${table.key} ${n}: ${text.trim().slice(0, 100)}`);
  });
  console.log(`${b.source} ${b.id}: ${covered}/${inside} table lines with amounts reach raw rows; ${outside.length} amount lines outside any table (after the first table)`);
  for (const m of missing) console.log(`  MISSING ${m}`);
  for (const o of outside.slice(0, 40)) console.log(`  OUTSIDE ${o}`);
}
