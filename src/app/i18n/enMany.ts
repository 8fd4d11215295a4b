/** Department and region pages in English. Part of en.ts. */
import type { ManyWords } from './manyWords';

const KIND = { budget: 'budget', unitBudget: 'unit budget', final: 'final account' } as const;

export const manyEn: ManyWords = {
  departmentTitle: (name) => `${name}: budgets and final accounts by year`,
  departmentIntro:
    'Every budget and final account this department (across its names and years) has published. The table shows figures as printed; the trend and the document totals are in million yuan on one scale (converted exactly from the printed yuan or 10,000 yuan). A year without a document is a gap, not zero.',
  departmentNames: 'Names used',
  documentsTitle: 'Documents',
  trendTitle: 'Spending over the years',
  trendUnit: 'unit: 10,000 yuan',
  noDocument: 'no document',
  missingYears: (years) => `No document for: ${years}.`,
  seriesTotal: 'Total spending',
  seriesBasic: 'Basic spending',
  seriesProject: 'Project spending',
  seriesFinal: 'Final account spending',
  tableTitle: 'Year by year (figures as printed)',
  colLine: 'Line',
  colDoc: (year, kind) => `${year} ${KIND[kind] ?? ''}`,
  notPrinted: 'not printed',
  computedSum: 'sum of units',
  namesDiffer: 'names differ',
  crosswalkReason: 'note',
  regionTitle: (region, year) => `${region}, ${year}: all departments`,
  regionIntro:
    'Every document of this region and year on this site. Budgets and final accounts are added up apart; a budget that is a unit of another budget is never added again.',
  regionGroupTitle: (kind, n) => `${(KIND[kind] ?? '').replace(/^./, (c) => c.toUpperCase())}s (${n})`,
  regionTotal: (amount, unit) => `Total ${amount} ${unit}`,
  regionSumOf: (n) => (n === 1 ? 'The total spending of the one document below.' : `The sum of the total spending of the ${n} documents below.`),
  regionLeftOut: (name, parent, unitCode) => `Left out: ${name} — it is a unit of ${parent} (unit code ${unitCode}), whose spending already includes it.`,
  regionConverted: 'Every document’s total is converted exactly from the unit it prints (yuan 元 or 10,000 yuan 万元).',
  regionTreemapLabel: (region, year) => `Treemap of spending by department, ${region} ${year}`,
  colBudget: 'Department',
  colTotal: 'Total spending (as printed)',
  colInTotal: 'In the total',
  inTotalYes: 'yes',
  inTotalNo: 'no (inside another budget)',
  linkDepartment: 'This department over the years',
  linkRegion: (region, year) => `All departments of ${region}, ${year}`,
  unknownDepartment: 'No such department.',
  didYouMean: 'Perhaps you were looking for:',
  unknownRegion: 'This site has no documents for that region and year.',
};
