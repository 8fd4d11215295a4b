import type { DocumentKind } from '../../model/types';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

/** The class names of a 部门预算 / 单位预算 / 部门决算 badge: one colour per kind of document. */
export function kindBadge(kind: DocumentKind): string {
  return cx(ui.kindBadge, kind === 'final' && ui.kindFinal, kind === 'unitBudget' && ui.kindUnitBudget);
}
