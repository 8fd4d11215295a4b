/**
 * The data page's downloads read back: every CSV of every budget, and the archive, give the same figures and
 * texts as public/data — checked field by field from the JSON (not through the code that wrote the CSV).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDownloads } from '../../scripts/dataDownloads';
import { parseCsv } from '../../src/model/csv';
import type { DownloadsManifest } from '../../src/model/dataFiles/manifest';
import type { Budget, BudgetIndex } from '../../src/model/types';

const DATA = join(process.cwd(), 'public', 'data');
const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as BudgetIndex;
const budgetOf = (file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as Budget;
const files = buildDownloads(DATA, join(process.cwd(), 'schema', 'budget.schema.json'));
const text = (path: string) => {
  const bytes = files.get(path);
  if (!bytes) throw new Error(`no download ${path}`);
  return strFromU8(bytes);
};
const manifest = JSON.parse(text('data/downloads/manifest.json')) as DownloadsManifest;
const archive = unzipSync(files.get(`data/downloads/yusuan-toushi-data.zip`) ?? new Uint8Array());

/** A CSV's rows as objects by header. */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
}

describe('data downloads', () => {
  it('lists every budget of index.json, in its order, with files that exist', () => {
    expect(manifest.budgets.map((b) => b.id)).toEqual(index.budgets.map((b) => b.id));
    for (const b of manifest.budgets) for (const c of b.csv) expect(files.get(c.path)?.length).toBe(c.bytes);
    expect(manifest.archive.bytes).toBe(files.get(manifest.archive.path)?.length);
  });

  for (const entry of index.budgets) {
    const budget = budgetOf(entry.file);
    const csvOf = (name: string) => records(text(`data/downloads/${entry.id}/${name}`));

    it(`${entry.id}: 功能分类, 经济分类, income and projects read back to the printed figures`, () => {
      const functional = csvOf('functional.csv');
      expect(functional.map((r) => [r.code, r.name, r.total, r.basic, r.project, r['src.lines'], r.amount_unit])).toEqual(
        budget.functional.map((f) => [f.code, f.name, f.total, f.basic ?? '', f.project ?? '', `${f.src.lines[0]}-${f.src.lines[1]}`, budget.unit]),
      );
      expect(csvOf('economic.csv').map((r) => [r.code, r.amount, r.spending])).toEqual(budget.economic.map((e) => [e.code, e.amount, e.spending]));
      expect(csvOf('income.csv').map((r) => [r.key, r.amount])).toEqual(budget.income.map((i) => [i.key, i.amount]));
      if (budget.projects.length === 0) expect(files.has(`data/downloads/${entry.id}/projects.csv`)).toBe(false);
      else
        expect(csvOf('projects.csv').map((r) => [r.id, r.name, r.amount, r.content, r.targets])).toEqual(
          budget.projects.map((p) => [p.id, p.name, p.amount, p.content ?? '', p.targets ?? '']),
        );
    });

    it(`${entry.id}: every printed table reads back row by row, and the checks with their figures`, () => {
      for (const t of budget.tables) {
        if (t.rows.length === 0) continue;
        const rows = csvOf(`table-${t.key}.csv`);
        expect(rows.map((r) => r.lines)).toEqual(t.rows.map((r) => `${r.lines[0]}-${r.lines[1]}`));
        expect(rows.map((r, i) => t.rows[i]?.values.map((_, j) => r[`value_${j + 1}`]))).toEqual(t.rows.map((r) => r.values));
        expect(rows.every((r) => r.unit === t.unit)).toBe(true);
      }
      expect(csvOf('checks.csv').map((r) => [r.code, r.status, r.expected, r.actual, r.difference])).toEqual(
        budget.checks.map((c) => [c.code, c.status, c.expected, c.actual, c.difference]),
      );
    });

    it(`${entry.id}: the archive holds the same JSON, source text and CSV files`, () => {
      expect(strFromU8(archive[entry.file] ?? new Uint8Array())).toBe(readFileSync(join(DATA, entry.file), 'utf8'));
      expect(strFromU8(archive[`sources/${entry.source}`] ?? new Uint8Array())).toBe(readFileSync(join(DATA, 'sources', entry.source), 'utf8'));
      const listed = manifest.budgets.find((b) => b.id === entry.id)?.csv ?? [];
      for (const c of listed) expect(strFromU8(archive[`csv/${entry.id}/${c.name}`] ?? new Uint8Array())).toBe(text(c.path));
    });
  }

  it('the archive explains itself and carries the dictionary and schema', () => {
    const readme = strFromU8(archive['README.txt'] ?? new Uint8Array());
    for (const b of index.budgets) expect(readme).toContain(b.id);
    expect(strFromU8(archive['budget.schema.json'] ?? new Uint8Array())).toBe(readFileSync(join(process.cwd(), 'schema', 'budget.schema.json'), 'utf8'));
    expect(records(strFromU8(archive['dictionary.csv'] ?? new Uint8Array())).length).toBe(manifest.dictionary.length);
  });

  it('the dictionary describes the fields with units and real examples', () => {
    const first = budgetOf(index.budgets[0]?.file ?? '');
    const total = manifest.dictionary.find((r) => r.path === 'functional[].total');
    expect(total).toMatchObject({ type: 'Amount', unit: 'amount', example: first.functional[0]?.total });
    expect(manifest.dictionary.find((r) => r.path === 'expenditure.src.lines')).toMatchObject({ unit: 'lines' });
    for (const key of Object.keys(first)) expect(manifest.dictionary.some((r) => r.path === key)).toBe(true);
  });

  it('is the same bytes when built twice (a fixed date inside the archive)', () => {
    const again = buildDownloads(DATA, join(process.cwd(), 'schema', 'budget.schema.json'));
    expect(again.get(manifest.archive.path)).toEqual(files.get(manifest.archive.path));
  });
});
