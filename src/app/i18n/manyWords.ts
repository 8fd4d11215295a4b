/** 部门 and 地区 pages (many budgets): their words in each language. Part of zh.ts / en.ts. */
import type { DocumentKind } from '../../model/types';

export interface ManyWords {
  departmentTitle: (name: string) => string;
  departmentIntro: string;
  departmentNames: string;
  documentsTitle: string;
  trendTitle: string;
  trendUnit: string;
  noDocument: string;
  missingYears: (years: string) => string;
  seriesTotal: string;
  seriesBasic: string;
  seriesProject: string;
  seriesFinal: string;
  tableTitle: string;
  colLine: string;
  colDoc: (year: number, kind: DocumentKind) => string;
  notPrinted: string;
  computedSum: string;
  namesDiffer: string;
  crosswalkReason: string;
  regionTitle: (region: string, year: number) => string;
  regionIntro: string;
  regionGroupTitle: (kind: DocumentKind, n: number) => string;
  /** The region total with its unit word (万元 as summed, or million yuan in English). */
  regionTotal: (amount: string, unit: string) => string;
  regionSumOf: (n: number) => string;
  regionLeftOut: (name: string, parent: string, unitCode: string) => string;
  regionConverted: string;
  regionTreemapLabel: (region: string, year: number) => string;
  colBudget: string;
  colTotal: string;
  colInTotal: string;
  inTotalYes: string;
  inTotalNo: string;
  linkDepartment: string;
  linkRegion: (region: string, year: number) => string;
  unknownDepartment: string;
  /** Under "no such budget": documents whose id begins with the one asked for (an id from before the kind was in ids). */
  didYouMean: string;
  unknownRegion: string;
}
