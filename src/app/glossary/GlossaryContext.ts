/**
 * Which budgets' 名词解释 a term on screen should be explained from: the budget page gives its budget,
 * the compare page the budgets compared, the catalog none (then a definition is borrowed, and says
 * from where).
 */
import { createContext } from 'react';
import type { Budget } from '../../model/types';

export const GlossaryBudgets = createContext<readonly Budget[]>([]);
