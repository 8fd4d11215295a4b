/**
 * The real public/data for end-to-end tests: budgets are read from index.json (never hard-coded), and
 * a page's console errors and uncaught errors are collected so that a test can demand none. Specs that
 * serve the built site read the copy in dist/data the same way (`dataIn(DIST_DATA)`).
 */
import type { Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Budget, BudgetIndex } from '../../src/model/types';

export const DATA = process.env.E2E_DATA ?? join(process.cwd(), 'public', 'data');
export const DIST = join(process.cwd(), 'dist');
export const DIST_DATA = join(DIST, 'data');
export const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** index.json and the budgets of a data folder (public/data, or dist/data as built). */
export function dataIn(dir: string): { index: BudgetIndex; budgetOf: (file: string) => Budget } {
  return {
    index: JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as BudgetIndex,
    budgetOf: (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Budget,
  };
}

export const { index, budgetOf } = dataIn(DATA);
/** Every budget of public/data, in index order. */
export const budgets = (): Budget[] => index.budgets.map((e) => budgetOf(e.file));

export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}
