/**
 * README.txt of the archive (数据包说明): what each folder holds, how amounts are written, how to cite a
 * budget — in Chinese and English, written from the index so it lists the budgets the archive holds.
 */
import type { BudgetIndex } from '../types';

const KIND_ZH = { budget: '部门预算', unitBudget: '单位预算', final: '部门决算' } as const;

export function archiveReadme(index: BudgetIndex): string {
  const list = index.budgets.map((b) => `- ${b.id}: ${b.department} ${b.year} ${KIND_ZH[b.kind]} (${b.unit}), sources/${b.source}`);
  return [
    '预算透视 数据包 / 预算透视 data archive',
    '',
    '目录 / Folders',
    '- index.json          全部预算的目录 / the catalog of every budget',
    '- budgets/<id>.json   每本预算的完整数据（每个数字带原文表号与行号）/ every budget, each figure with its source table and lines',
    '- csv/<id>/*.csv      每本预算按表拆分的 CSV（UTF-8，含 BOM）/ each budget as CSV per table (UTF-8 with BOM)',
    '- sources/*.txt       原文（自 PDF 提取的文本，行号即引用所用行号）/ the documents as extracted from their PDFs (the cited line numbers)',
    '- dictionary.csv      数据字典（字段、类型、单位、含义、示例）/ data dictionary (field, type, unit, meaning, example)',
    '- budget.schema.json  JSON Schema',
    '',
    '金额 / Amounts',
    '金额为原文所印数字（仅去掉空格与千分位逗号），单位见 amount_unit 列或 unit 字段（元 或 万元）；未作任何换算、估算或四舍五入。',
    'Amounts are the figures as printed (spaces and thousands separators removed), in the unit given by the amount_unit column or the unit field (元 or 万元 = 10,000 yuan); nothing is converted, estimated or rounded.',
    '空单元格表示原文未印该数字（不是 0）。/ An empty cell means the document does not print that figure (not zero).',
    '',
    '引用 / How to cite',
    '部门名称：《年度 部门预算/决算》，地区，原文文件名；经 预算透视 整理，访问日期。',
    'Department (year). Department budget / final account, region, source file; compiled by 预算透视, accessed <date>.',
    '',
    '使用条款 / Terms',
    '各文件由部门依法公开；文件本身载明的使用条款见网站“数据”页（无则注明未载明）。',
    'The documents were published by the departments; where a document states terms of use, the data page quotes them (otherwise it says none are stated).',
    '',
    '预算 / Budgets',
    ...list,
    '',
  ].join('\r\n');
}
