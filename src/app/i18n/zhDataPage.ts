/** 数据下载 in Chinese. Part of zh.ts. */
import type { DataPageWords } from './dataPageWords';

const KIND = { budget: '部门预算', unitBudget: '单位预算', final: '部门决算' } as const;

export const dataPageZh: DataPageWords = {
  title: '数据下载',
  intro: '本站的全部数据都可下载：每份预算的完整 JSON、按表拆分的 CSV、原文文本，以及全部数据的压缩包。每个数字都带原文表号与行号。',
  amountsNote:
    '金额为原文所印数字（只去掉空格与千分位逗号），单位见 amount_unit 列或 unit 字段；没有任何换算、估算或四舍五入。空单元格表示原文未印该数字，不是 0。CSV 为 UTF-8（带 BOM，Excel 可直接打开）。',
  archiveTitle: '全部数据',
  archiveLink: (size, files) => `下载压缩包（ZIP，${size}，${files} 个文件）`,
  archiveHelp: '包含目录、每份预算的 JSON 与 CSV、原文、数据字典、JSON Schema 和说明（README.txt）。',
  budgetsTitle: '各份预算',
  budgetHeading: (department, year, kind, unit) => `${department} ${year} 年${KIND[kind]}（单位：${unit}）`,
  jsonLink: (size) => `完整数据 JSON（${size}）`,
  sourceLink: (size) => `原文文本（${size}）`,
  csvTitle: 'CSV（按表）',
  csvRows: (n) => `${n} 行`,
  citeTitle: '引用方式',
  citation: ({ department, region, year, kind, source, url, accessed }) =>
    `${department}：《${year} 年${KIND[kind]}》，${region}，原文 ${source}；经“预算透视”整理${url ? `，${url}` : ''}${accessed ? `，访问日期 ${accessed}` : ''}。`,
  termsTitle: '使用条款',
  termsNone: '本文件未载明使用或转载条款。',
  termsLine: (line) => `原文第 ${line} 行`,
  dictionaryTitle: '数据字典',
  dictionaryIntro: '每份预算 JSON 的字段，由 JSON Schema 生成；“含义”取自数据模型的注释（英文），示例取自第一份预算。',
  dictionaryCsv: (size) => `数据字典 CSV（${size}）`,
  schemaLink: (size) => `JSON Schema（${size}）`,
  colField: '字段',
  colType: '类型',
  colUnit: '单位',
  colMeaning: '含义',
  colExample: '示例',
  unitAmount: '元或万元（见 unit）',
  unitLines: '原文行号',
  loading: '正在载入下载清单……',
};
