/**
 * data/crosswalk.json against the five committed budgets: every difference between printed names of
 * one code across years has an entry, and every entry names what the documents actually print.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  crosswalkEntry,
  crosswalkName,
  movesOf,
  nameChange,
  nameKey,
  parseCrosswalk,
  sameName,
  type Crosswalk,
  type CrosswalkScheme,
} from '../../src/model/crosswalk';
import type { Budget, BudgetIndex } from '../../src/model/types';

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));
const index = readJson('public/data/index.json') as BudgetIndex;
const budgets = index.budgets.map((e) => readJson(`public/data/${e.file}`) as Budget);
const parsed = parseCrosswalk(readJson('data/crosswalk.json'));
if (!parsed.ok) throw new Error(parsed.reason);
const cw = parsed.value;

/** (scheme, code) → printed name → years, from the structured lists of every budget. */
function printedNames(): Map<string, Map<string, Set<number>>> {
  const out = new Map<string, Map<string, Set<number>>>();
  const add = (scheme: CrosswalkScheme, code: string, name: string, year: number): void => {
    if (name === '') return;
    const k = `${scheme}:${code}`;
    const names = out.get(k) ?? new Map<string, Set<number>>();
    out.set(k, names);
    const years = names.get(name) ?? new Set<number>();
    names.set(name, years);
    years.add(year);
  };
  for (const b of budgets) {
    for (const r of b.functional) add('functional', r.code, r.name, b.year);
    for (const f of b.functionalByFund) for (const r of f.rows) add('functional', r.code, r.name, b.year);
    for (const r of b.economic) add('economic', r.code, r.name, b.year);
    for (const l of b.income) add('income', l.key, l.name, b.year);
  }
  return out;
}

/** Is the name printed in a document of that year, in a structured list or in any raw table cell? */
function printedIn(year: number, scheme: CrosswalkScheme, code: string, name: string, names: Map<string, Map<string, Set<number>>>): boolean {
  for (const [printed, years] of names.get(`${scheme}:${code}`) ?? []) if (years.has(year) && sameName(printed, name)) return true;
  const k = nameKey(name);
  // Names printed only in the 收支总体情况表 lists ("十四、资源勘探信息等支出", "(三) 其他收入").
  return budgets.some((b) => b.year === year && b.tables.some((t) => t.rows.some((r) => r.text.some((c) => nameKey(c).endsWith(k)))));
}

describe('data/crosswalk.json', () => {
  const names = printedNames();

  it('is valid and gives every entry a reason', () => {
    expect(parseCrosswalk(readJson('data/crosswalk.json')).ok).toBe(true);
    expect(cw.entries.length).toBeGreaterThanOrEqual(5);
    for (const e of cw.entries) expect(e.reason.length).toBeGreaterThan(40);
  });

  it('gives every entry and move its reason in Chinese too (the Chinese compare page shows it)', () => {
    for (const e of [...cw.entries, ...cw.moves]) {
      expect(e.reasonZh?.match(/[\u4e00-\u9fff]/gu)?.length ?? 0, `${e.scheme} ${'code' in e ? e.code : e.name}`).toBeGreaterThan(20);
    }
  });

  it('has an entry for every code printed under different names in different budgets', () => {
    const differing: string[] = [];
    for (const [k, byName] of names) {
      if (new Set([...byName.keys()].map(nameKey)).size < 2) continue;
      differing.push(k);
      const [scheme, code] = k.split(':') as [CrosswalkScheme, string];
      const entry = crosswalkEntry(cw, scheme, code);
      expect(entry, `${k} is printed as ${[...byName.keys()].join(' / ')}: add it to data/crosswalk.json`).not.toBeNull();
      for (const [printed, years] of byName) {
        const n = entry ? crosswalkName(entry, printed) : null;
        expect(n, `${k}: ${printed} is not among the entry's names`).not.toBeNull();
        for (const y of years) expect(n?.years, `${k}: ${printed} is printed in ${y}`).toContain(y);
      }
    }
    // What the committed budgets actually differ in (folded: 政府办公厅(室)/（室） and 一、 are not differences).
    expect(differing.sort()).toEqual([
      'functional:208',
      'functional:20805',
      'functional:2080501',
      'functional:210',
      'income:businessFund',
      'income:carryover',
      'income:fiscalSpecial',
      'income:generalPublic',
      'income:govFund',
      'income:operating',
      'income:otherIncome',
    ]);
  });

  it('names only what the documents print, in the years it says', () => {
    for (const e of cw.entries) {
      for (const n of e.names) {
        for (const y of n.years) expect(printedIn(y, e.scheme, e.code, n.name, names), `${e.scheme} ${e.code} ${n.name} in ${y}`).toBe(true);
      }
    }
  });

  it('records 215 (printed only in the 收支总体情况表, without code) as renamed between 2021 and 2023', () => {
    expect(nameChange('215', 'functional', 2021, 2023, cw)).toMatchObject({
      from: { year: 2021, name: '资源勘探信息等支出' },
      to: { year: 2023, name: '资源勘探工业信息等支出' },
    });
  });

  it('records the move of 行政单位医疗 from 2100501 to 2101101, both printed in 2017', () => {
    const moves = movesOf(cw, 'functional', '2101101');
    expect(moves).toHaveLength(1);
    const b2017 = budgets.find((b) => b.year === 2017);
    const rows = b2017?.functionalByFund.flatMap((f) => f.rows) ?? [];
    for (const code of ['2100501', '2101101']) expect(rows.find((r) => r.code === code)?.name).toBe('行政单位医疗');
  });
});

describe('nameChange', () => {
  it('gives the renaming of 类 210 between 2017 and 2021 with its reason', () => {
    const c = nameChange('210', 'functional', 2017, 2021, cw);
    expect(c).toMatchObject({
      scheme: 'functional',
      code: '210',
      from: { year: 2017, name: '医疗卫生与计划生育支出' },
      to: { year: 2021, name: '卫生健康支出' },
    });
    expect(c?.reason).toContain('卫生健康委员会');
    expect(nameChange('210', 'functional', 2025, 2017, cw)?.to.name).toBe('医疗卫生与计划生育支出');
  });

  it('is null for the same name, a misprint, an unrecorded year, an unknown code or another scheme', () => {
    expect(nameChange('210', 'functional', 2021, 2025, cw)).toBeNull();
    // 社会保障和就业出 (2021) is a misprint, not the classification's name.
    expect(nameChange('208', 'functional', 2021, 2023, cw)).toBeNull();
    expect(nameChange('210', 'functional', 2019, 2021, cw)).toBeNull();
    expect(nameChange('999', 'functional', 2017, 2021, cw)).toBeNull();
    expect(nameChange('210', 'economic', 2017, 2021, cw)).toBeNull();
  });

  it('tells a misprint by crosswalkName', () => {
    const entry = crosswalkEntry(cw, 'functional', '208');
    expect(entry && crosswalkName(entry, '社会保障和就业出')?.misprint).toBe(true);
    expect(entry && crosswalkName(entry, '三、社会保障和就业支出')?.misprint).toBeUndefined();
  });

  it('uses a crosswalk passed in', () => {
    const cw: Crosswalk = {
      entries: [
        {
          scheme: 'economic',
          code: '30217',
          names: [
            { name: '接待费', years: [2010] },
            { name: '公务接待费', years: [2017] },
          ],
          reason: 'test',
        },
      ],
      moves: [],
    };
    expect(nameChange('30217', 'economic', 2010, 2017, cw)).toEqual({
      scheme: 'economic',
      code: '30217',
      from: { year: 2010, name: '接待费' },
      to: { year: 2017, name: '公务接待费' },
      reason: 'test',
    });
  });
});

describe('parseCrosswalk', () => {
  const entry = {
    scheme: 'functional',
    code: '210',
    names: [
      { name: 'a', years: [2017] },
      { name: 'b', years: [2021] },
    ],
    reason: 'why',
  };
  const cases: [string, unknown, string][] = [
    ['not an object', [], 'expected an object with an "entries" array'],
    ['bad scheme', { entries: [{ ...entry, scheme: 'gov' }] }, 'entries[0].scheme'],
    ['letters in a code', { entries: [{ ...entry, code: '21O' }] }, 'a classification code is digits'],
    ['no reason', { entries: [{ ...entry, reason: ' ' }] }, 'entries[0].reason'],
    ['one name', { entries: [{ ...entry, names: [{ name: 'a', years: [2017] }] }] }, 'at least two names'],
    [
      'no years',
      {
        entries: [
          {
            ...entry,
            names: [
              { name: 'a', years: [] },
              { name: 'b', years: [2021] },
            ],
          },
        ],
      },
      'entries[0].names[0]',
    ],
    [
      'misprint not boolean',
      {
        entries: [
          {
            ...entry,
            names: [
              { name: 'a', years: [2017], misprint: 'yes' },
              { name: 'b', years: [2021] },
            ],
          },
        ],
      },
      'misprint',
    ],
    ['listed twice', { entries: [entry, entry] }, 'functional:210 listed twice'],
    [
      'move to itself',
      { entries: [], moves: [{ scheme: 'functional', name: 'x', from: { code: '1', years: [2016] }, to: { code: '1', years: [2017] }, reason: 'r' }] },
      'same code',
    ],
  ];
  it.each(cases)('refuses %s', (_label, json, reason) => {
    const r = parseCrosswalk(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it('accepts an income key as code and keeps misprint flags', () => {
    const r = parseCrosswalk({
      entries: [
        {
          ...entry,
          scheme: 'income',
          code: 'carryover',
          names: [
            { name: 'a', years: [2017], misprint: true },
            { name: 'b', years: [2021] },
          ],
        },
      ],
    });
    expect(r.ok && r.value.entries[0]?.names[0]?.misprint).toBe(true);
    expect(r.ok && r.value.moves).toEqual([]);
  });
});
