/**
 * 部门文件 (data/departments/<id>.json) as published and as checked when read: one per department, its
 * entries in page order, the trend figures of each document as its budget gives them; a file for another
 * department, out of step with its entries or with a figure that is not one is refused; an id from the
 * address never names another path. crosswalk.json is the index's crosswalk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { departmentFile, trendInputOf, type DepartmentFile } from '../../src/model/departmentFile';
import { departmentEntries } from '../../src/model/departmentTrend';
import { loadDepartmentFile } from '../../src/model/loadBudget';
import { parseCrosswalk } from '../../src/model/crosswalk';
import { validateDepartmentFile } from '../../src/model/validate';
import type { Budget, BudgetIndex } from '../../src/model/types';

const DATA = join(process.cwd(), 'public', 'data');
const json = (p: string): unknown => JSON.parse(readFileSync(join(DATA, p), 'utf8'));
const index = json('index.json') as BudgetIndex;
const ids = [...new Set(index.budgets.map((e) => e.departmentId))].sort();

describe('the published department files', () => {
  it('are one per department of the index, each passing its check', () => {
    expect(readdirSync(join(DATA, 'departments')).sort()).toEqual(ids.map((id) => `${id}.json`));
    for (const id of ids) {
      const r = validateDepartmentFile(json(departmentFile(id)), id);
      expect(r.ok, r.ok ? id : `${id}: ${r.reason}`).toBe(true);
    }
  });

  it('list the department’s documents in page order with the trend figures of each budget', () => {
    for (const id of ids) {
      const f = json(departmentFile(id)) as DepartmentFile;
      expect(f.entries).toEqual(departmentEntries(index, id));
      f.entries.forEach((e, i) => {
        const b = json(e.file) as Budget;
        expect(f.trend[i]).toEqual(trendInputOf(b));
        // The headline figures as printed in the budget.
        expect(f.trend[i]?.expenditure.total).toBe(b.expenditure.total);
      });
    }
    // Not vacuous: a department with several documents, and 类 figures in every file.
    expect(Math.max(...ids.map((id) => (json(departmentFile(id)) as DepartmentFile).entries.length))).toBeGreaterThan(1);
    for (const id of ids) expect((json(departmentFile(id)) as DepartmentFile).trend.every((t) => t.lei.length > 0)).toBe(true);
  });

  it('carry the entries of other departments their documents name (000 inside 001), and only those', () => {
    for (const id of ids) {
      const f = json(departmentFile(id)) as DepartmentFile;
      const named = new Set(f.entries.flatMap((e) => [...(e.partOf ? [e.partOf.budget] : []), ...(e.contains ?? [])]));
      expect(f.related.map((e) => e.id).sort()).toEqual(
        index.budgets
          .filter((e) => named.has(e.id) && e.departmentId !== id)
          .map((e) => e.id)
          .sort(),
      );
      for (const r of f.related) expect(r).toEqual(index.budgets.find((e) => e.id === r.id));
    }
    // Not vacuous: the real documents have a containment (海珠区 2021: a unit budget inside the bureau's).
    expect(ids.some((id) => (json(departmentFile(id)) as DepartmentFile).related.length > 0)).toBe(true);
  });

  it('publish the crosswalk on its own, as the index has it', () => {
    const r = parseCrosswalk(json('crosswalk.json'));
    expect(r.ok).toBe(true);
    expect(json('crosswalk.json')).toEqual(index.crosswalk);
  });
});

describe('reading a department file refuses', () => {
  const id = ids[0] as string;
  const good = json(departmentFile(id)) as DepartmentFile;
  const copy = (): DepartmentFile => JSON.parse(JSON.stringify(good)) as DepartmentFile;

  it('a file for another department, or entries of another department', () => {
    expect(validateDepartmentFile(good, 'other')).toMatchObject({ ok: false, reason: expect.stringContaining('departmentId') });
    const f = copy();
    (f.entries[0] as { departmentId: string }).departmentId = 'other';
    expect(validateDepartmentFile(f, id).ok).toBe(false);
  });

  it('trend figures out of step with the entries, or a figure that is not one', () => {
    const f = copy();
    f.trend.reverse();
    f.trend.push(f.trend[0]!);
    expect(validateDepartmentFile(f, id)).toMatchObject({ ok: false, reason: expect.stringContaining('one item per entry') });
    const g = copy();
    (g.trend[0]!.expenditure as { total: string }).total = '1,234.00';
    expect(validateDepartmentFile(g, id).ok).toBe(false);
    const h = copy();
    (h.trend[0]!.lei[0] as { printed: unknown }).printed = 'yes';
    expect(validateDepartmentFile(h, id).ok).toBe(false);
  });

  it('a unit or kind the app does not know, a trend in another unit than its document, a year that is not whole', () => {
    const f = copy();
    (f.entries[0] as { unit: string }).unit = '千元';
    expect(validateDepartmentFile(f, id)).toMatchObject({ ok: false, reason: expect.stringContaining('department.entries[0].unit') });
    const g = copy();
    (g.entries[0] as { kind: string }).kind = 'audit';
    expect(validateDepartmentFile(g, id)).toMatchObject({ ok: false, reason: expect.stringContaining('department.entries[0].kind') });
    const h = copy();
    (h.trend[0] as { unit: string }).unit = good.entries[0]?.unit === '元' ? '万元' : '元';
    expect(validateDepartmentFile(h, id)).toMatchObject({ ok: false, reason: expect.stringContaining('department.trend[0].unit') });
    const k = copy();
    (k.entries[0] as { year: number }).year = 2021.5;
    expect(validateDepartmentFile(k, id)).toMatchObject({ ok: false, reason: expect.stringContaining('whole year') });
  });

  it('a related entry that is one of its own, or not an entry', () => {
    const f = copy();
    f.related = [f.entries[0]!];
    expect(validateDepartmentFile(f, id)).toMatchObject({ ok: false, reason: expect.stringContaining('not a related one') });
    const g = copy();
    (g as unknown as { related: unknown }).related = [{ id: 'x' }];
    expect(validateDepartmentFile(g, id)).toMatchObject({ ok: false, reason: expect.stringContaining('department.related[0]') });
  });

  it('entries out of page order or listed twice (the trend columns would sit under the wrong year)', () => {
    const many = ids.find((d) => (json(departmentFile(d)) as DepartmentFile).entries.length > 1) as string;
    const base = json(departmentFile(many)) as DepartmentFile;
    expect(validateDepartmentFile(base, many).ok).toBe(true);
    const swapped = JSON.parse(JSON.stringify(base)) as DepartmentFile;
    swapped.entries.reverse();
    swapped.trend.reverse();
    expect(validateDepartmentFile(swapped, many)).toMatchObject({ ok: false, reason: expect.stringContaining('expected entries by year') });
    const twice = JSON.parse(JSON.stringify(base)) as DepartmentFile;
    twice.entries[1] = twice.entries[0]!;
    twice.trend[1] = twice.trend[0]!;
    expect(validateDepartmentFile(twice, many)).toMatchObject({ ok: false, reason: expect.stringContaining('listed twice') });
  });

  it('an id from the address that is not one, without a request', async () => {
    let asked = 0;
    const fetchFn = async () => {
      asked++;
      return { ok: true, status: 200, text: async () => '{}' };
    };
    for (const bad of ['../index', 'a/b', '', '%2e%2e']) {
      const r = await loadDepartmentFile(bad, fetchFn);
      expect(r.ok).toBe(false);
    }
    expect(asked).toBe(0);
  });
});
