/**
 * data/crosswalk.json as published in index.json: names and codes across years. Part of the data model (types.ts).
 */

/** 功能分类 code, 部门预算经济分类 code, or an income source key (IncomeLine.key) for 'income'. */
export type CrosswalkScheme = 'functional' | 'economic' | 'income';

export interface CrosswalkName {
  /** As printed (without a list ordinal such as "一、"). */
  name: string;
  /** Budget years whose documents print this name. */
  years: number[];
  /** A printing error, not the classification's name in those years. */
  misprint?: boolean;
}

export interface CrosswalkEntry {
  scheme: CrosswalkScheme;
  code: string;
  names: CrosswalkName[];
  /** Why, in English. */
  reason: string;
  /** Why, in Chinese (the Chinese page shows this one; the English page `reason`). */
  reasonZh?: string;
}

/** The same name printed under another code from some year on (a 项 moved to another 款). */
export interface CrosswalkMove {
  scheme: CrosswalkScheme;
  name: string;
  from: { code: string; years: number[] };
  to: { code: string; years: number[] };
  reason: string;
  reasonZh?: string;
}

export interface Crosswalk {
  entries: CrosswalkEntry[];
  moves: CrosswalkMove[];
}
