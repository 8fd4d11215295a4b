/**
 * Words of the glossary popover (名词解释), and short English renderings of the terms for the English
 * interface. The English texts are this site's translations, summarising what the documents' own
 * 名词解释 say (the Chinese original is always shown beside them); they are never presented as the
 * documents' text. For the two terms none of the documents explains (上年结转, 政府采购) the site writes
 * its own short note, in both languages, and says so.
 *
 * Loaded with the popover (not in the first bundle).
 */
import type { TermKey } from '../glossary/terms';

export const GLOSSARY_EN: Readonly<Record<TermKey, { term: string; text: string }>> = {
  departmentBudget: {
    term: 'Department budget',
    text: 'The budget a government department draws up each year for itself and the units under it, according to the law and its duties; it is reviewed by the finance bureau, approved under the legal procedure (by the people’s congress) and then published.',
  },
  basic: {
    term: 'Basic spending',
    text: 'Spending that keeps the department and its units running and doing their everyday work: staff costs (salaries, social insurance) and running costs (office, utilities and the like).',
  },
  project: {
    term: 'Project spending',
    text: 'Spending, beyond basic spending, on specific administrative tasks or development goals — a project for one year or several.',
  },
  threePublic: {
    term: '“Three public” expenses',
    text: 'Money from the budget for three kinds of official costs: travel abroad (including Hong Kong, Macao and Taiwan), the purchase and running of official vehicles, and official hospitality.',
  },
  adminCost: {
    term: 'Administrative running costs',
    text: 'Money for keeping administrative units (and public institutions managed like civil-service units) running: goods and services such as office and printing costs, post and telecoms, travel, meetings, training, vehicle running costs and the like.',
  },
  meeting: {
    term: 'Meeting costs',
    text: 'Costs of meetings allowed under the rules: accommodation, meal allowances, printing of documents, hire of meeting rooms and the like.',
  },
  carryover: {
    term: 'Carried over from last year',
    text: 'Money budgeted in earlier years but not spent, carried into this year’s budget as a source of income.',
  },
  procurement: {
    term: 'Government procurement',
    text: 'Goods, works and services that the department buys with public money under the Government Procurement Law (through tenders and other procedures set by law).',
  },
  specialFunds: {
    term: 'City-level special funds',
    text: 'Funds the city government sets up under the city’s own rules on city-level special funds, for particular purposes, approved by the city government and managed separately.',
  },
  fiscalAppropriation: {
    term: 'Appropriations from the government budget',
    text: 'Income the unit receives from the finance bureau of its own level of government out of the government budget.',
  },
  businessIncome: {
    term: 'Service revenue',
    text: 'Income a public institution earns from its professional work and related activities.',
  },
  operatingIncome: {
    term: 'Operating revenue',
    text: 'Income a public institution earns from business activities outside its professional work that are not separately accounted for.',
  },
  otherIncome: {
    term: 'Other revenue',
    text: 'Income other than appropriations, service revenue and operating revenue: mainly money not appropriated by this level of government, interest on deposits, and proceeds from disposing of fixed assets.',
  },
  businessFund: {
    term: 'Drawn from the institution fund',
    text: 'Where a public institution’s income of the year does not cover its spending, the part it takes from the reserve (事业基金) built up in earlier years.',
  },
  operatingSpending: {
    term: 'Operating spending',
    text: 'Spending by a public institution on business activities outside its professional work that are not separately accounted for.',
  },
};

/** The site's own short notes for terms that no document in the collection explains (said to be the site's). */
export const GLOSSARY_SITE_ZH: Readonly<Partial<Record<TermKey, string>>> = {
  carryover: '以前年度已安排但尚未使用、结转到本年度继续使用的资金，在预算中作为一项收入来源列出。',
  procurement: '各级国家机关、事业单位和团体组织使用财政性资金，依照《政府采购法》规定的方式和程序购买货物、工程和服务。',
};

export interface GlossaryStrings {
  title: (term: string) => string;
  original: string;
  englishNote: string;
  citation: (department: string, year: number) => string;
  lines: (a: number, b: number) => string;
  document: string;
  borrowed: (department: string, year: number) => string;
  borrowedNoBudget: (department: string, year: number) => string;
  missingIn: (list: string) => string;
  noneDefines: string;
  siteNote: string;
  loading: string;
  loadFailed: string;
  close: string;
}

export const GLOSSARY_STRINGS: Readonly<Record<'zh' | 'en', GlossaryStrings>> = {
  zh: {
    title: (term) => `名词解释：${term}`,
    original: '原文（名词解释）',
    englishNote: '',
    citation: (department, year) => `${department} ${year} 年部门预算 · 名词解释`,
    lines: (a, b) => (a === b ? `原文第 ${a} 行` : `原文第 ${a}–${b} 行`),
    document: '文件',
    borrowed: (department, year) => `本预算的名词解释没有这个词。以下引自 ${department} ${year} 年部门预算：`,
    borrowedNoBudget: (department, year) => `以下引自 ${department} ${year} 年部门预算的名词解释：`,
    missingIn: (list) => `${list} 的名词解释没有这个词。`,
    noneDefines: '本站收录的预算文件都没有在名词解释中解释这个词。',
    siteNote: '本站说明（不是文件原文）：',
    loading: '正在查找其他预算中的解释…',
    loadFailed: '没能载入其他预算的名词解释，请稍后再试。',
    close: '关闭',
  },
  en: {
    title: (term) => `Glossary: ${term}`,
    original: 'The document’s own definition (名词解释), in Chinese',
    englishNote: 'In English — a translation by this site, not the document’s text:',
    citation: (department, year) => `${department}, department budget ${year}, glossary (名词解释)`,
    lines: (a, b) => (a === b ? `line ${a}` : `lines ${a}–${b}`),
    document: 'document',
    borrowed: (department, year) => `This budget’s glossary does not explain the term. Quoted from the ${year} budget of ${department}:`,
    borrowedNoBudget: (department, year) => `Quoted from the glossary of the ${year} budget of ${department}:`,
    missingIn: (list) => `Not explained in the glossary of: ${list}.`,
    noneDefines: 'None of the budget documents on this site explains this term in its glossary.',
    siteNote: 'Note by this site (not from a document):',
    loading: 'Looking for the definition in other budgets…',
    loadFailed: 'The other budgets’ glossaries did not load; please try again later.',
    close: 'Close',
  },
};
