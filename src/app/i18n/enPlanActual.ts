/** Budget against final account in English. Part of en.ts. */
import type { PlanActualWords } from './planActualWords';

export const planActualEn: PlanActualWords = {
  title: (year) => `${year}: budget against final account`,
  intro:
    'The department budget (the plan) and the final account (what was spent) of the same year, line by line. Where the two documents print different units they meet in 10k yuan (converted exactly); a line only one document prints has no difference and no rate.',
  none: 'This department has no budget and final account of the same year yet, so there is nothing to set side by side.',
  colLine: 'Line',
  colPlan: 'Budget',
  colActual: 'Final account',
  colDifference: 'Difference (10k yuan)',
  colRate: 'Execution rate',
  rowTotal: 'Total expenditure',
  rowBasic: 'Basic expenditure',
  rowProject: 'Project expenditure',
  functionalHead: 'By function',
  economicHead: 'By economic class (basic and project together)',
  notPrinted: 'not printed',
  noRate: '—',
  rateNote: 'Execution rate = final ÷ budget, computed exactly and rounded to 0.1 %; none where the budget is 0.',
  planLink: 'budget',
  actualLink: 'final account',
};
