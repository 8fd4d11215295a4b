/**
 * 部门预算支出经济分类 类 names (the standard list), for a 类 the document does not name: one it prints only
 * as 款 (a derived 类), and the interface's English. Line names on screen otherwise stay as printed.
 */
export const ECONOMIC_CLASS_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  '301': { zh: '工资福利支出', en: 'Wages and benefits' },
  '302': { zh: '商品和服务支出', en: 'Goods and services' },
  '303': { zh: '对个人和家庭的补助', en: 'Subsidies to individuals and households' },
  '307': { zh: '债务利息及费用支出', en: 'Debt interest and fees' },
  '309': { zh: '资本性支出（基本建设）', en: 'Capital spending (construction)' },
  '310': { zh: '资本性支出', en: 'Capital spending' },
  '311': { zh: '对企业补助（基本建设）', en: 'Subsidies to enterprises (construction)' },
  '312': { zh: '对企业补助', en: 'Subsidies to enterprises' },
  '313': { zh: '对社会保障基金补助', en: 'Transfers to social security funds' },
  '399': { zh: '其他支出', en: 'Other spending' },
};
