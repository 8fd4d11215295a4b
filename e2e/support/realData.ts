/**
 * The real public/data for end-to-end tests: budgets are read from index.json (never hard-coded), and
 * a page's console errors and uncaught errors are collected so that a test can demand none.
 */
import type { Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Budget, BudgetIndex } from '../../src/model/types';

export const DATA = process.env.E2E_DATA ?? join(process.cwd(), 'public', 'data');
export const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

export const index = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as BudgetIndex;
export const budgetOf = (file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as Budget;

export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}
