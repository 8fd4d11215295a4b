/**
 * The cells of one row of a 政府采购预算表 / 政府购买服务预算表, whatever the layout family:
 * - tab-separated (001): the text columns are the tab cells before the amounts, blank cells empty;
 * - pdftotext (000, 003): names broken over lines (layoutText.textCells), and the amounts line ends
 *   with the row's 政府采购品目编号 (C0202), 数量 and 计量单位 ("C0202 1  项 8,000.00 …", "1 场 1.50").
 *
 * Text columns, as printed in the header: 单位编码, 单位名称（支出项目名称）, 政府采购项目名称,
 * [政府采购品目名称, 政府采购品目编号], 数量, 计量单位 (procurement); 单位编码, 单位名称（支出项目名称）,
 * 一级目录, 二级目录, 三级目录, 购买方式 (purchase of services).
 */
import { squash } from '../cells';
import { isTotalLabel, type LayoutRow, textCells, unitCodeOf } from './layoutText';

export interface RowCells {
  /** 单位编码 printed on the row. */
  unit?: string;
  /** The text cells after the 单位编码 (first: 单位名称 / 支出项目名称 / a sub-total label). */
  cells: string[];
  quantity?: string;
  measure?: string;
  /** 政府采购品目编号 (C0202, A090101). */
  catalogueCode?: string;
}

const UNIT_CODE = /^\d{6}$/u;
const CATALOGUE_CODE = /^[A-C]\d{2,}$/u;
// "1 项", "1  项", "12 台" at the end of the text before the amounts.
const QUANTITY_MEASURE = /(?:^|\s)(\d+)\s+(\S{1,3})\s*$/u;
const CATALOGUE_AT_END = /(?:^|\s)([A-C]\d{2,})\s*$/u;

/** Cells of a tab-separated row: the tab cells before the first amount, trimmed (blank cells ""). */
export function tabCells(row: LayoutRow): string[] {
  const line = row.valueLine?.text ?? row.source.map((l) => l.text).join('\t');
  const cells = line.split('\t').map((c) => c.trim());
  const firstAmount = row.printed.length > 0 ? cells.findIndex((c) => c.replace(/\s/gu, '') === (row.printed[0] ?? '').replace(/\s/gu, '')) : cells.length;
  return cells.slice(0, firstAmount < 0 ? cells.length : firstAmount);
}

/**
 * Procurement row cells. `catalogue`: the header prints 政府采购品目名称/编号 columns (their cells are
 * not kept: Procurement items have no field for them; they stay in the raw table).
 */
export function procurementCells(row: LayoutRow, tabs: boolean, catalogue: boolean): RowCells {
  if (tabs) {
    const t = tabCells(row);
    const unit = UNIT_CODE.test(t[0] ?? '') ? t[0] : undefined;
    const [project = '', name = ''] = t.slice(1, 3);
    const rest = t.slice(catalogue ? 5 : 3);
    const [quantity = '', measure = ''] = rest;
    const code = catalogue ? (t[4] ?? '') : '';
    return {
      ...(unit ? { unit } : {}),
      cells: [project, name].filter((c) => c !== ''),
      ...(quantity ? { quantity } : {}),
      ...(measure ? { measure } : {}),
      ...(code ? { catalogueCode: code } : {}),
    };
  }
  const valueLine = row.valueLine;
  let before = valueLine ? valueLine.text.slice(0, row.offsets[0]) : '';
  let quantity: string | undefined;
  let measure: string | undefined;
  let catalogueCode: string | undefined;
  const qm = QUANTITY_MEASURE.exec(before);
  // A 合计 row prints the number of items too ("合  计       1 项"): read it like any row.
  if (qm && !/^\d+$/u.test(qm[2] ?? '')) {
    quantity = qm[1];
    measure = qm[2];
    before = before.slice(0, qm.index);
  }
  if (catalogue) {
    const cc = CATALOGUE_AT_END.exec(before);
    if (cc) {
      catalogueCode = cc[1];
      before = before.slice(0, cc.index);
    }
  }
  const textLines = (valueLine ? row.source.slice(0, -1) : row.source).map((l) => l.text);
  let cells = textCells(textLines, before);
  // The 品目名称 cell starts with its code ("C0202 信息系统集成实施服务"): not an item name.
  if (catalogue) cells = cells.filter((c) => !CATALOGUE_CODE.test(c.split(/\s/u)[0] ?? ''));
  const coded = unitCodeOf(cells);
  return {
    ...(coded ? { unit: coded.code } : {}),
    cells: coded ? coded.rest : cells,
    ...(quantity ? { quantity } : {}),
    ...(measure ? { measure } : {}),
    ...(catalogueCode ? { catalogueCode } : {}),
  };
}

/** Purchase-of-services row cells: name, then the 一级/二级/三级目录 and 购买方式 where printed. */
export function servicesCells(row: LayoutRow, tabs: boolean): RowCells {
  if (tabs) {
    const t = tabCells(row);
    const unit = UNIT_CODE.test(t[0] ?? '') ? t[0] : undefined;
    return { ...(unit ? { unit } : {}), cells: t.slice(1).filter((c) => c !== '') };
  }
  const valueLine = row.valueLine;
  const before = valueLine ? valueLine.text.slice(0, row.offsets[0]) : '';
  const textLines = (valueLine ? row.source.slice(0, -1) : row.source).map((l) => l.text);
  const cells = textCells(textLines, before);
  const coded = unitCodeOf(cells);
  return { ...(coded ? { unit: coded.code } : {}), cells: coded ? coded.rest : cells };
}

/** The row's label: its first text cell, squashed ("合  计" → "合计"); for split labels, all cells. */
export function labelOf(cells: readonly string[]): string {
  const first = squash(cells[0] ?? '');
  if (first === '合' || first === '总') return squash(cells.join(''));
  return first;
}

/** 货物类 / 工程类 / 服务类 (with or without 其中：). */
export function procurementClassOf(label: string): 'goods' | 'works' | 'services' | null {
  const s = squash(label).replace(/^其中[:：]/u, '');
  if (s === '货物类') return 'goods';
  if (s === '工程类') return 'works';
  if (s === '服务类') return 'services';
  return null;
}

export { isTotalLabel };
