/**
 * Short English renderings of the glossary's terms (名词解释) for the English interface, and the site's own
 * notes. The English texts are this site's translations, summarising what the documents' own 名词解释 say
 * (the Chinese original is always shown beside them); they are never presented as the documents' text.
 * For the two terms none of the documents explains (上年结转, 政府采购) the site writes its own short note,
 * in both languages, and says so (the Chinese notes are in glossarySiteZh.ts, apart: this file loads only with
 * the English words). Part of the catalog (zh.ts, en.ts: `glossary`); the popover's other words are typed in
 * glossaryWords.ts.
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
