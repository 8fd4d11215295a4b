/**
 * Which reader reads which table kind. Every kind the segmenter recognises has a reader here; a table
 * whose reader fails stops the document with a message naming the table and line.
 */
import type { DocumentReader, ReaderRegistry } from '../facts';
import { readBasicByUnit, readNonTaxIncome } from './basicByUnit';
import { readBasicByEconomic, readGoodsServicesByUnit, readProjectByEconomic } from './economicTables';
import { readExpenditure, readFundByFunction, readGeneralByFunction, readStateCapitalByFunction } from './functionalTables';
import { readGlossary } from './glossary';
import { readIncome } from './incomeTable';
import { readKeyProjects } from './keyProjects';
import { readNarrative } from './narrative';
import { readProcurement, readPurchaseOfServices } from './procurementTables';
import { readProjects, readSpecialFunds, readTransfer } from './projectTables';
import { readFiscalSummary, readSummary } from './summaryTables';
import { readThreePublic } from './threePublicTable';

export const tableReaders: ReaderRegistry = {
  summary: readSummary,
  fiscalSummary: readFiscalSummary,
  income: readIncome,
  expenditure: readExpenditure,
  generalByFunction: readGeneralByFunction,
  fundByFunction: readFundByFunction,
  stateCapitalByFunction: readStateCapitalByFunction,
  basicByEconomic: readBasicByEconomic,
  projectByEconomic: readProjectByEconomic,
  goodsServicesByUnit: readGoodsServicesByUnit,
  basicByUnit: readBasicByUnit,
  nonTaxIncome: readNonTaxIncome,
  projects: readProjects,
  specialFunds: readSpecialFunds,
  transfer: readTransfer,
  threePublic: readThreePublic,
  procurement: readProcurement,
  purchaseOfServices: readPurchaseOfServices,
};

export const documentReaders: DocumentReader[] = [readNarrative, readKeyProjects, readGlossary];
