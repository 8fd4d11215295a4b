/** 预算 against 决算 on the department page: its words in each language. Part of zh.ts / en.ts. */
export interface PlanActualWords {
  title: (year: number) => string;
  intro: string;
  none: string;
  colLine: string;
  colPlan: string;
  colActual: string;
  colDifference: string;
  colRate: string;
  rowTotal: string;
  rowBasic: string;
  rowProject: string;
  functionalHead: string;
  economicHead: string;
  notPrinted: string;
  noRate: string;
  rateNote: string;
  planLink: string;
  actualLink: string;
}
