// Compare budgets side by side (compareBudgets.ts); departments across years (departments.ts).
export * from './types';
export { departmentOf, otherYears, parseDepartmentRecords, sameDepartment, type DepartmentLike, type DepartmentRecord } from './departments';
export { combineBudgets, compareBudgets, type CombinedCell } from './compareBudgets';
export { economicCoverage, type EconomicCoverage } from './coverage';
export { comparisonInMillionYuan } from './inMillionYuan';
