/**
 * Where a department's file is and which schema it has (model/departmentFile.ts re-exports both): apart from
 * the builder there, so that the loader and its check (loadBudget.ts, validate.ts, in every first load)
 * do not bring the builder's 功能分类 tree and trend code with them.
 */

/** 2: `related` added (the budget page reads this file instead of index.json). */
export const DEPARTMENT_FILE_SCHEMA = 2;

/** Path of a department's file under data/ (departmentId is a slug: BUDGET_ID in loadBudget.ts). */
export const departmentFile = (departmentId: string): string => `departments/${departmentId}.json`;
