/**
 * From printed rows to facts: which rows are projects and which are subtotals.
 *
 * A project table prints, in this order, 合计, breakdowns of it (其中：部门项目支出, 区级财政专项资金,
 * 003's 其中：经常性专项 / 一次性专项), then per unit (单位) a unit row, optionally per 项目类别 a
 * category row (经济和社会发展类, 经常性专项 …), and the projects. Subtotal rows are not projects: they
 * become printed totals so that reconcile.ts can check that the projects add up to them:
 *   projects.total
 *   projects.byCategory.<类别>                 (table-wide breakdown rows)
 *   projects.byUnit.<单位编码 or 单位名称>
 *   projects.byUnit.<单位>.byCategory.<类别>    (a category row inside a unit)
 * each also with its other printed columns as `<key>.<column>` (fiscal, generalPublic, govFund …).
 */
import type { Amount, IncomeKey, Project } from '../../../model/types';
import { squash } from '../../cells';
import type { Facts, PrintedTotal, TableContext } from '../../facts';
import { warn } from '../../messages';
import type { AmountColumn, TextKind } from './header';
import { joinText } from './text';
import { textNotSeparated } from './warnings';

/** One printed row of a project table, as a layout reader found it. */
export interface PrintedRow {
  lines: [number, number];
  /** The lines holding the row's figures and its name (the row's long text columns left out). */
  figureLines?: [number, number];
  /** The name cell's lines as printed (joined later). */
  name: string[];
  /** 单位编码 printed in the row. */
  unitCode?: string;
  /** 功能分类 code printed in the row (003: 类 款 项 → "2010302"). */
  functionalCode?: string;
  /** The name is indented (002 prints projects with full-width spaces under their unit). */
  indented: boolean;
  /** One entry per amount column; undefined where the cell is printed blank (tab layouts only). */
  cells: (Amount | undefined)[];
  /** Cells printed among the amounts that do not read as one (OCR damage); they stay in the raw table. */
  unreadable?: number;
  /** Text columns as separated; `merged` holds text whose columns could not be told apart. */
  text: Partial<Record<TextKind, string[]>>;
  merged?: string[];
}

const CATEGORY = /^(经常性专项|一次性专项|部门项目支出|.{2,12}类)$/u;
// 单位名称: a Guangzhou unit name starts with 广州市 or ends with the kind of body it is.
const UNIT_NAME = /^广州市|(局|中心|办公室|委员会|院|所|站|队|馆|处)(（[^）]*）|\([^)]*\))?$/u;

function hasText(row: PrintedRow): boolean {
  return Object.values(row.text).some((lines) => lines.some((l) => l.trim() !== '')) || (row.merged ?? []).some((l) => l.trim() !== '');
}

export class ProjectCollector {
  private readonly projects: Project[] = [];
  private readonly totals: PrintedTotal[] = [];
  private unit: { key: string; code?: string; name: string } | null = null;
  private category: string | undefined;
  private readonly indentedLayout: boolean;
  private readonly printsUnitCodes: boolean;

  constructor(
    private readonly ctx: TableContext,
    private readonly columns: readonly AmountColumn[],
    rows: readonly PrintedRow[],
  ) {
    this.indentedLayout = rows.some((r) => r.indented);
    this.printsUnitCodes = rows.some((r) => r.unitCode !== undefined);
    for (const row of rows) this.add(row);
  }

  facts(): Facts {
    return { projects: this.projects, printedTotals: this.totals };
  }

  /** A subtotal row: its 总计 under `key`, and each other printed column under `key.<column>`. */
  private total(key: string, row: PrintedRow, amount: Amount): void {
    const src = { table: this.ctx.table.key, lines: row.lines };
    this.totals.push({ key, amount, src });
    if (row.cells.length !== this.columns.length) return;
    this.columns.forEach((column, i) => {
      const cell = row.cells[i];
      if (column !== 'total' && cell !== undefined) this.totals.push({ key: `${key}.${column}`, amount: cell, src });
    });
  }

  /** The row's 总计 cell as printed; never another column standing in for a blank one. */
  private amountOf(row: PrintedRow): Amount | undefined {
    const at = this.columns.indexOf('total');
    return row.cells[Math.max(at, 0)];
  }

  private add(row: PrintedRow): void {
    const name = joinText(row.name);
    const key = squash(name);
    const amount = this.amountOf(row);
    if (amount === undefined) {
      this.ctx.warn(warn.rowUnread(this.ctx.table.key, row.lines, name || '(no name)'));
      return;
    }
    if (/^合计$/u.test(key)) {
      this.total('projects.total', row, amount);
      return;
    }
    if (/^其中[:：]?/u.test(key)) {
      this.total(`projects.byCategory.${key.replace(/^其中[:：]?/u, '')}`, row, amount);
      return;
    }
    if (this.isUnit(row, key)) {
      this.unit = { key: row.unitCode ?? key, ...(row.unitCode !== undefined ? { code: row.unitCode } : {}), name };
      this.category = undefined;
      this.total(`projects.byUnit.${this.unit.key}`, row, amount);
      return;
    }
    if (!hasText(row) && row.functionalCode === undefined && (CATEGORY.test(key) || /专项资金/u.test(key))) {
      if (this.unit === null) {
        this.total(`projects.byCategory.${key}`, row, amount);
        return;
      }
      this.category = key;
      this.total(`projects.byUnit.${this.unit.key}.byCategory.${key}`, row, amount);
      return;
    }
    if (key === '') {
      this.ctx.warn(warn.rowUnread(this.ctx.table.key, row.lines, `amounts without a name: ${amount}`));
      return;
    }
    this.addProject(row, name, amount);
  }

  private isUnit(row: PrintedRow, key: string): boolean {
    if (row.functionalCode !== undefined) return false;
    if (row.unitCode !== undefined) return true;
    if (this.printsUnitCodes) return false;
    if (this.indentedLayout) return !row.indented;
    return !hasText(row) && UNIT_NAME.test(key);
  }

  private addProject(row: PrintedRow, name: string, amount: Amount): void {
    const project: Project = {
      id: `p${String(this.projects.length + 1).padStart(2, '0')}`,
      name,
      amount,
      // The figure cites the lines holding it and the project's name; the whole row (项目内容, 绩效目标
      // printed over dozens of lines) is textSrc.
      src: { table: this.ctx.table.key, lines: row.figureLines ?? row.lines },
      ...(row.figureLines && (row.figureLines[0] !== row.lines[0] || row.figureLines[1] !== row.lines[1])
        ? { textSrc: { table: this.ctx.table.key, lines: row.lines } }
        : {}),
    };
    const unitCode = row.unitCode ?? this.unit?.code;
    if (unitCode !== undefined) project.unit = unitCode;
    if (this.unit !== null) project.unitName = this.unit.name;
    if (this.category !== undefined) project.category = this.category;
    if (row.functionalCode !== undefined) project.functionalCode = row.functionalCode;
    const funding = this.funding(row);
    if (funding) project.funding = funding;
    for (const kind of ['content', 'targets', 'indicators'] as const) {
      const text = joinText(row.text[kind] ?? []);
      if (text !== '') project[kind] = text;
    }
    if (row.merged && row.merged.length > 0) {
      project.content = joinText(row.merged);
      this.ctx.warn(textNotSeparated(this.ctx.table.key, row.lines, name));
    }
    this.projects.push(project);
  }

  private funding(row: PrintedRow): Partial<Record<IncomeKey, Amount>> | undefined {
    if (row.cells.length !== this.columns.length) {
      this.ctx.warn(warn.cellCount(this.ctx.table.key, row.lines, this.columns.length, row.cells.length));
      return undefined;
    }
    if (row.unreadable !== undefined) {
      const read = row.cells.filter((c) => c !== undefined).length;
      this.ctx.warn(warn.cellCount(this.ctx.table.key, row.lines, this.columns.length, read));
    }
    const out: Partial<Record<IncomeKey, Amount>> = {};
    this.columns.forEach((column, i) => {
      const cell = row.cells[i];
      if (column !== 'total' && column !== 'fiscal' && cell !== undefined) out[column] = cell;
    });
    return Object.keys(out).length > 0 ? out : undefined;
  }
}
