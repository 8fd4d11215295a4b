/**
 * Selectors, defined once at module scope so their identity is stable (zustand re-runs a selector on
 * every store change; a new function or a new object each render would re-render or loop).
 */
import type { AppState } from './store';
import type { Route } from './route';

export const selectRoute = (s: AppState): Route => s.route;
export const selectLang = (s: AppState) => s.route.lang;
export const selectProblems = (s: AppState) => s.problems;
export const selectProvenance = (s: AppState) => s.provenance;

// Actions never change identity; select them one by one.
export const selectNavigate = (s: AppState) => s.navigate;
export const selectSetLang = (s: AppState) => s.setLang;
export const selectSetMeasure = (s: AppState) => s.setMeasure;
export const selectSetTableTab = (s: AppState) => s.setTableTab;
export const selectSetTableQuery = (s: AppState) => s.setTableQuery;
export const selectSetGroup = (s: AppState) => s.setGroup;
export const selectSetAmounts = (s: AppState) => s.setAmounts;
export const selectSetPath = (s: AppState) => s.setPath;
export const selectDrillInto = (s: AppState) => s.drillInto;
export const selectDrillOut = (s: AppState) => s.drillOut;
export const selectDismissProblems = (s: AppState) => s.dismissProblems;
export const selectOpenProvenance = (s: AppState) => s.openProvenance;
export const selectCloseProvenance = (s: AppState) => s.closeProvenance;
