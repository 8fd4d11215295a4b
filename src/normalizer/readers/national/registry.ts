/** Readers of the national template (部门预算 / 单位预算 / 部门决算 as published since 2015), by table kind. */
import type { ReaderRegistry } from '../../facts';
import { readNationalBasicByEconomic } from './economicTable';
import {
  readNationalExpenditure,
  readNationalFundByFunction,
  readNationalGeneralByFunction,
  readNationalIncomeTable,
  readNationalStateCapitalByFunction,
} from './functionalTables';
import { readNationalFiscalSummary, readNationalSummary } from './summaryTables';
import { readNationalThreePublic } from './threePublicTable';

export const nationalReaders: ReaderRegistry = {
  summary: readNationalSummary,
  fiscalSummary: readNationalFiscalSummary,
  income: readNationalIncomeTable,
  expenditure: readNationalExpenditure,
  generalByFunction: readNationalGeneralByFunction,
  fundByFunction: readNationalFundByFunction,
  stateCapitalByFunction: readNationalStateCapitalByFunction,
  basicByEconomic: readNationalBasicByEconomic,
  threePublic: readNationalThreePublic,
};
