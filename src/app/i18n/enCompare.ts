/** 比较预算 (the compare page and its embed) in English. Part of en.ts. */
import type { CompareWords } from './compareWords';
import type { ShownUnit } from '../../model/displayAmount';
import { INCOME_NAMES_EN } from '../../model/incomeNames';

const EN_UNIT: Record<ShownUnit, string> = { 元: 'yuan, 元', 万元: '10,000 yuan, 万元', 百万元: 'million yuan, 百万元' };

export const compareEn: CompareWords = {
  title: 'Compare budgets',
  intro:
    'Two or more department budgets aligned line by line by classification code, with each line’s amount, share and difference. Amounts are as printed; differences are computed exactly by this site (each budget minus the one before); shares are rounded to one decimal for display only.',
  pickerTitle: 'Choose budgets to compare',
  pickerHelp: 'Tick two or more and press “Compare”. They are ordered by year, oldest first; differences are each minus the one before.',
  pickerApply: 'Compare',
  pickAtLeastTwo: 'Choose at least two budgets.',
  pickMax: (n) => `At most ${n} budgets can be compared at once.`,
  unknownIds: (ids) => `These budgets in the link do not exist and were left out: ${ids}`,
  pickLabel: (department, year) => `${department} ${year}`,
  sections: {
    totals: 'Total, basic and project spending',
    income: 'Income by source',
    functional: 'By function (类 → 款 → 项)',
    economicBasic: 'Basic spending by economic class',
    economicProject: 'Project spending by economic class',
  },
  measureLabel: 'Compare by function',
  measures: { total: 'Total', basic: 'Basic spending', project: 'Project spending' },
  colLine: 'Line',
  colDiff: (from, to) => `Difference (${to} − ${from})`,
  diffShort: (from, to) => `${to} − ${from}`,
  colCombined: 'Combined (budgets added)',
  notPrinted: 'not printed',
  cannotDiff: 'cannot be computed: one budget does not print this line',
  shareNote: {
    totals: 'Share: of the budget’s total spending.',
    income: 'Share: of the budget’s total income.',
    functional: 'Share: of the budget’s total spending (of its basic or project spending when comparing those).',
    economicBasic: 'Share: of the budget’s total spending.',
    economicProject: 'Share: of the budget’s total spending.',
  },
  flags: { renamed: 'Name differs', missing: 'Missing', moved: 'Moved' },
  printedAs: (year, name) => `${year} prints “${name}”`,
  misprint: ' (misprint)',
  reasonLabel: 'Why (from the crosswalk, data/crosswalk.json):',
  reasonLabelEnglish: 'Why (from the crosswalk, data/crosswalk.json):',
  reasonIn: 'en',
  noReason: 'The crosswalk records no reason.',
  missingIn: (labels) => `Not printed in ${labels}`,
  movedTo: (codes) => `The same name is printed under ${codes} in other budgets`,
  basis: {
    sumOfUnitRows: (n) => `Σ ${n} unit rows added`,
    sumOfRows: (n) => `Σ ${n} printed rows added`,
    sumOfChildren: (n) => `Σ ${n} rows below added (no row printed)`,
  },
  basisShort: { sumOfUnitRows: 'Σ sum of unit rows', sumOfRows: 'Σ rows added', sumOfChildren: 'Σ sum of items' },
  unitsAdded: (label) =>
    `${label} prints its functional lines only per sub-unit: each line here is the exact sum of the sub-units’ rows for that code, marked “sum of unit rows”.`,
  economicCoverage: (label, covered, total, spending, u) =>
    `${label}: the economic classes add up to ${covered} (${EN_UNIT[u]}), against ${spending} of ${total} — the document gives an economic breakdown for part of the money only.`,
  economicNone: (label, spending) => `${label} prints no economic breakdown of ${spending}.`,
  containmentTitle: 'One budget contains the other: never add them',
  containment: (part, whole, unitCode) =>
    `${part} is a sub-unit of ${whole} (unit code ${unitCode}): its budget is already included in that department’s budget. They can be compared, but never added — that would count the same money twice. No combined total is offered.`,
  partOfDiff: 'The difference here is the rest of the department beyond that unit, not a change.',
  sameDepartment: (a, b) =>
    `${a} and ${b} are the same department in different years: the difference is the change between the years; adding them makes no sense.`,
  duplicate: (id) => `Budget ${id} was chosen twice.`,
  combineBlocked: 'No combined total:',
  combineWhy: {
    CONTAINMENT: 'one budget is contained in another, so adding would count money twice',
    DUPLICATE_BUDGET: 'the same budget is chosen twice',
    SAME_DEPARTMENT: 'adding the same department’s budgets of different years makes no sense',
  },
  combineOffer: 'Show a combined column (budgets added)',
  combinedMissing: (labels) => `without ${labels} (not printed)`,
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  expand: (name) => `Expand ${name}`,
  collapse: (name) => `Collapse ${name}`,
  csv: 'Download CSV (all lines)',
  legend: 'Legend',
  converted: (list, u) =>
    `These documents print different units (${list}): to compare them, every amount is converted exactly to ${EN_UNIT[u]} at ${u === '百万元' ? '1 百万元 = 100 万元 = 1,000,000 元' : '1 万元 = 10,000 元'} (no rounding). Click an amount for the figure as printed and its source.`,
  printsIn: (label, u) => `${label} prints ${EN_UNIT[u]}`,
  printedFigure: (amount, u) => `printed as ${amount} ${EN_UNIT[u]} (converted exactly here)`,
  colon: ': ',
  clauseSep: '; ',
  flag: (name) => ` [${name}]`,
  incomeLine: (key, printed) => {
    const name = INCOME_NAMES_EN[key];
    if (!name) return printed;
    return name.includes(printed) ? name : `${name} (${printed})`;
  },
  csvHead: {
    section: 'Section',
    code: 'Code',
    amount: (label, id, u) => `${label} ${id} amount (${u === '元' ? 'yuan' : EN_UNIT[u]})`,
    share: (label) => `${label} share`,
    notes: 'Notes',
  },
  notDrawn: (n) => `${n} more line(s) are 0 or not printed in every budget and are not drawn (see the table).`,
  source: 'Source',
  showSource: (what) => `Source of “${what}”`,
  englishNames: true,
  unnamed: '(no name printed)',
  totalsNames: { total: 'Total spending', basic: 'Basic spending', project: 'Project spending' },
  embedTitle: (labels) => `Compared: ${labels}`,
  embedIntro: 'Aligned by classification code; differences are each budget minus the one before.',
  embedSectionButton: 'Embed this chart',
  embedSection: (title) => `Embed the section “${title}”`,
  credit: (list) => `Source: ${list} (department budget and final account documents)`,
  budgetLabel: (department, year) => `${department} ${year}`,
  viewBudget: 'Open this budget',
};
