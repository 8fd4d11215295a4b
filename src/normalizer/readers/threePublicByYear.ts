/**
 * Reader of 一般公共预算安排“三公”经费和会议费支出预算表 (2017 layout, 003 表十): for the department
 * (合计, 其中：基本支出 / 经常性项目 / 一次性项目 / 财政专项资金), each unit (单位编码 + name, then its
 * 基本支出 / 项目支出 / 经常性专项 rows) and each project (单位编码 + project name, after the unit's
 * 项目支出 rows), two years side by side: for each year “三公”经费 合计, 因公出国（境）经费,
 * 公务用车购置费, 公务用车运行费, 公务接待费, then 会议费. The later year is the budget year; the
 * earlier one (2016 年预算) is `prior`.
 *
 * The text is layout-preserved with blank cells (a blank cell is two spaces): amounts are placed in
 * their columns by counting the blanks from both ends of the line (layoutText.columnsByBlanks); a row
 * whose spacing does not add up is warned about (CELL_COUNT) and left in the raw table only.
 *
 * This layout prints no 公务用车购置及运行费 column, and the department's 2017 公务用车购置费 is blank:
 * ThreePublic (which requires both) is then not emitted; every printed figure is a printed total
 * (threePublic.<part>, threePublic.prior.<part>, threePublic.<section>.<part>,
 * threePublic.byUnit.<code>[.<section>|.projects.<name>][.prior].<part>).
 */
import type { Amount } from '../../model/types';
import { squash } from '../cells';
import type { Facts, PrintedTotal, TableContext } from '../facts';
import { warn } from '../messages';
import { fail, ok, type Result } from '../../model/result';
import { columnsByBlanks, hasBlankCells, isTotalLabel, layoutRows, linesBetween, repeatedHeaderLines, sectionOf, textCells, unitCodeOf } from './layoutText';
import { completeThreePublic, type ThreePublicPart, withoutDerived } from './threePublicParts';

/** The columns of one year, in printed order. */
const YEAR_PARTS: readonly ThreePublicPart[] = ['total', 'outbound', 'vehiclePurchase', 'vehicleOperation', 'reception', 'meeting'];

export function readThreePublicByYear(ctx: TableContext, header: string): Result<Facts> {
  const table = ctx.table.key;
  const years = [...header.matchAll(/(\d{4})年预算/gu)].map((m) => m[1] ?? '');
  const totals = (header.match(/合计/gu) ?? []).length;
  const named = ['因公出国', '购置费', '运行费', '接待费', '会议费'].every((w) => header.includes(w));
  if (years.length === 0 || totals !== years.length || !named) {
    return fail(`三公经费和会议费表: header not understood (years ${years.join('/')}, ${totals} 合计 columns), line ${ctx.table.lines[0]}`);
  }
  const width = years.length * YEAR_PARTS.length;
  const current = [...years].sort().pop() ?? '';
  const yearKey = (y: string) => (y === current ? '' : years.length === 2 ? '.prior' : `.y${y}`);

  const zones = repeatedHeaderLines(linesBetween(ctx.doc.lines, ctx.table.lines[0], ctx.table.lines[1]));
  const body = ctx.table.body.filter((l) => !zones.has(l.n));
  const rows = layoutRows(body, (l) => (sectionOf(l.text) !== null || isTotalLabel(l.text)) && hasBlankCells(l.text, width));

  const printedTotals: PrintedTotal[] = [];
  const seen = new Set<string>();
  const dept: Partial<Record<ThreePublicPart, Amount>> = {};
  const prior: Partial<Record<ThreePublicPart, Amount>> = {};
  let deptLines: [number, number] | undefined;
  let unit: string | undefined;
  let inProjects = false;

  for (const row of rows) {
    const valueLine = row.valueLine;
    const before = valueLine ? valueLine.text.slice(0, row.offsets[0]) : '';
    const textLines = (valueLine ? row.source.slice(0, -1) : row.source).map((l) => l.text);
    const cells = textCells(textLines, before);
    const coded = unitCodeOf(cells);
    const label = squash((coded?.rest ?? cells).join(''));

    // Where this row's figures belong.
    let scope: string | null = null;
    const section = sectionOf(label);
    if (isTotalLabel(label) && !coded) scope = 'threePublic';
    else if (section && !coded) {
      scope = unit ? `threePublic.byUnit.${unit}.${section}` : `threePublic.${section}`;
      inProjects = section !== 'basic';
    } else if (coded && (coded.code !== unit || !inProjects)) {
      unit = coded.code;
      inProjects = false;
      scope = `threePublic.byUnit.${unit}`;
    } else if (coded && label !== '') {
      scope = `threePublic.byUnit.${coded.code}.projects.${label}`;
    }
    if (scope === null) {
      ctx.warn(warn.rowUnread(table, row.lines, label || row.printed.join(' ')));
      continue;
    }
    if (!valueLine) continue; // printed with every cell blank (一次性项目, 财政专项资金)

    const columns = row.values.length === width ? row.values.map((_, i) => i) : columnsByBlanks(valueLine.text, row.offsets, row.printed, width, true);
    if (!columns) {
      ctx.warn(warn.cellCount(table, row.lines, width, row.values.length));
      continue;
    }
    const src = { table, lines: row.lines };
    if (seen.has(scope)) scope = `${scope}#${row.lines[0]}`;
    seen.add(scope);
    columns.forEach((column, i) => {
      const amount = row.values[i] as Amount;
      const year = years[Math.floor(column / YEAR_PARTS.length)] ?? '';
      const part = YEAR_PARTS[column % YEAR_PARTS.length] as ThreePublicPart;
      printedTotals.push({ key: `${scope}${yearKey(year)}.${part}`, amount, src });
      if (scope === 'threePublic') {
        if (year === current) dept[part] = amount;
        else if (years.length === 2) prior[part] = amount;
      }
    });
    if (scope === 'threePublic') deptLines = row.lines;
  }
  if (printedTotals.length === 0) return fail(`三公经费和会议费表: no row could be read (line ${ctx.table.lines[0]})`);
  const threePublic = deptLines ? completeThreePublic(dept, { table, lines: deptLines }) : null;
  return ok({
    ...(threePublic ? { threePublic: { ...threePublic, ...(Object.keys(prior).length > 0 ? { prior } : {}) } } : {}),
    printedTotals: withoutDerived(printedTotals, threePublic),
  });
}
