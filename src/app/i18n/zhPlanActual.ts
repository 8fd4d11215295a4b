/** 预算与决算对照 in Chinese. Part of zh.ts. */
import type { PlanActualWords } from './planActualWords';

export const planActualZh: PlanActualWords = {
  title: (year) => `${year} 年预算与决算对照`,
  intro: '同一年度的部门预算（计划）与部门决算（实际支出）逐行对照。两份文件单位不同时以万元对照（精确换算）；只有一份文件列示的行不计算差额和执行率。',
  none: '该部门尚无同一年度的部门预算和部门决算，无法对照。',
  colLine: '项目',
  colPlan: '预算数',
  colActual: '决算数',
  colDifference: '差额（万元）',
  colRate: '执行率',
  rowTotal: '支出合计',
  rowBasic: '基本支出',
  rowProject: '项目支出',
  functionalHead: '按功能分类',
  economicHead: '按经济分类（基本支出与项目支出合计）',
  notPrinted: '未列示',
  noRate: '—',
  rateNote: '执行率 = 决算数 ÷ 预算数，精确计算后四舍五入到 0.1%；预算数为 0 时不计算。',
  planLink: '预算',
  actualLink: '决算',
};
