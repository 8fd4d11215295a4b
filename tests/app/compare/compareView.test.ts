import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareBudgets } from '../../../src/model/compare';
import { dec } from '../../../src/model/decimal';
import { parseCsv } from '../../../src/model/csv';
import type { Budget } from '../../../src/model/types';
import type { Crosswalk } from '../../../src/model/crosswalk';
import {
  barInputs,
  compareCsv,
  depthOf,
  drawable,
  formatChange,
  parentKeys,
  sectionLines,
  shortLabels,
  signedDifference,
  visibleLines,
} from '../../../src/app/compare/compareView';
import { compareWords } from '../../../src/app/i18n/compareLang';

const load = (id: string) => JSON.parse(readFileSync(`public/data/budgets/${id}.json`, 'utf8')) as Budget;
const HZ21 = load('haizhu-data-bureau-2021');
const HZ25 = load('haizhu-data-bureau-2025');
const GRID = load('haizhu-grid-centre-2021');
const c = compareBudgets([HZ21, HZ25]);
const s = compareWords('zh');

describe('visible lines of a tree section', () => {
  const fn = sectionLines(c, 'functional');
  it('shows only the 类 until one is opened, then its 款, then their 项', () => {
    const top = visibleLines(fn, new Set());
    expect(top.every((l) => l.code.length === 3)).toBe(true);
    const open206 = visibleLines(fn, new Set(['functional:206']));
    expect(open206.map((l) => l.code)).toContain('20601');
    expect(open206.map((l) => l.code)).not.toContain('2060101');
    const deeper = visibleLines(fn, new Set(['functional:206', 'functional:20601']));
    expect(deeper.map((l) => l.code)).toContain('2060101');
    // A 项 is hidden while its 类 is closed, even if its 款 is marked open.
    expect(visibleLines(fn, new Set(['functional:20601'])).map((l) => l.code)).not.toContain('2060101');
  });
  it('all open shows every line; depths are 0, 1, 2', () => {
    expect(visibleLines(fn, parentKeys(fn))).toHaveLength(fn.length);
    const byKey = new Map(fn.map((l) => [l.key, l]));
    expect(fn.map((l) => depthOf(l, byKey))).toEqual(fn.map((l) => (l.code.length - 3) / 2));
  });
  it('economic lines split by spending', () => {
    expect(sectionLines(c, 'economicBasic').every((l) => l.spending === 'basic')).toBe(true);
    expect(sectionLines(c, 'economicProject').every((l) => l.spending === 'project')).toBe(true);
  });
});

describe('display helpers', () => {
  it('labels budgets by year, or by letter where two share a year', () => {
    expect(shortLabels([{ year: 2021 }, { year: 2025 }])).toEqual(['2021', '2025']);
    expect(shortLabels([{ year: 2021 }, { year: 2021 }])).toEqual(['A 2021', 'B 2021']);
  });
  it('signs differences and changes; zero has no sign', () => {
    expect(signedDifference('336.47')).toBe('+336.47');
    expect(signedDifference('-1504.06')).toBe('-1,504.06');
    expect(signedDifference('0.00')).toBe('0.00');
    expect(signedDifference('-0.00')).toBe('0.00');
    expect(formatChange(dec('15.5'))).toBe('+15.5%');
    expect(formatChange(dec('-25.4')).startsWith('-')).toBe(true);
    expect(formatChange(null)).toBe('');
  });
  it('draws no bar for lines that are zero or absent everywhere', () => {
    const zero = c.income.find((l) => l.code === 'stateCapital')!;
    expect(drawable(zero)).toBe(false);
    expect(drawable(c.totals[0]!)).toBe(true);
  });
  it('writes flags into the bar label and the exact difference into the bar text', () => {
    const fn = sectionLines(c, 'functional');
    const renamed = fn.find((l) => l.flags.includes('renamed'))!;
    const [bar] = barInputs([renamed], fn, ['2021', '2025'], s);
    expect(bar!.label).toContain('［名称不同］');
    const step = renamed.steps[0]!;
    expect(bar!.diffs[0]).toContain(signedDifference(step.difference!));
  });
  it('gives a line one budget does not print no difference line in the chart (its bar says 未列出)', () => {
    const fn = sectionLines(c, 'functional');
    const missing = fn.find((l) => l.flags.includes('missing'))!;
    expect(missing.steps[0]!.difference).toBeNull();
    const [bar] = barInputs([missing], fn, ['2021', '2025'], s);
    expect(bar!.diffs).toEqual([]);
    expect(bar!.texts).toContain(s.notPrinted);
  });
});

describe('compareCsv', () => {
  const csv = compareCsv(c, s, (i, src) => `${i}:${src.table}@${src.lines[0]}`);
  const [header, ...rows] = parseCsv(csv);
  it('has every line of every section, amounts and differences as exact strings', () => {
    const all = [...c.totals, ...c.income, ...c.functional, ...c.economic];
    expect(rows).toHaveLength(all.length);
    expect(header).toContain('差额（2025 − 2021）');
    const total = rows.find((r) => r[2] === '支出总计')!;
    expect(total[3]).toBe(HZ21.expenditure.total);
    expect(total[5]).toBe(HZ25.expenditure.total);
    expect(dec(total[7]!).equals(dec(HZ25.expenditure.total).minus(dec(HZ21.expenditure.total)))).toBe(true);
    expect(total[10]).toMatch(/^0:/);
  });
  it('says in words which lines are renamed or missing, and leaves their difference empty where one is missing', () => {
    const missing = rows.find((r) => r[9]?.includes('缺项'));
    expect(missing?.[7]).toBe('');
    expect(rows.some((r) => r[9]?.includes('名称不同') && r[9].includes(s.noReason))).toBe(true);
  });
  it('gives the crosswalk’s reason in the page’s language (issue 12)', () => {
    const idx = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as { crosswalk: Crosswalk };
    const withCw = compareBudgets([HZ21, HZ25], { crosswalk: idx.crosswalk });
    const entry = idx.crosswalk.entries.find((e) => e.scheme === 'functional' && e.code === '208');
    expect(entry?.reasonZh).toBeDefined();
    const zhRows = parseCsv(compareCsv(withCw, compareWords('zh'), () => ''));
    const enRows = parseCsv(compareCsv(withCw, compareWords('en'), () => ''));
    expect(zhRows.some((r) => r.some((f) => f.includes(entry!.reasonZh!)))).toBe(true);
    expect(zhRows.some((r) => r.some((f) => f.includes(entry!.reason)))).toBe(false);
    expect(enRows.some((r) => r.some((f) => f.includes(entry!.reason)))).toBe(true);
    expect(enRows.some((r) => r.some((f) => f.includes(entry!.reasonZh!)))).toBe(false);
  });
  it('says where a figure is a sum of rows', () => {
    const withGrid = compareBudgets([GRID, HZ21]);
    const rows2 = parseCsv(compareCsv(withGrid, compareWords('en'), () => ''));
    expect(rows2.some((r) => r.some((f) => f.includes('2 printed rows added')))).toBe(true);
  });
});
