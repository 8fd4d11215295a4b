/**
 * Under a budget's title: its department over the years (部门) and its region's departments that year (地区),
 * each a link to its own page (pageLink), which reads without JavaScript.
 */
import { regionNameOf } from '../names';
import type { Budget } from '../../model/types';
import type { Lang } from '../../model/lang';
import { pageLink } from '../../state/pagePath';
import { useT } from '../i18n';
import ui from '../../styles/ui.module.css';

export function BudgetContextLinks({ budget, lang }: { budget: Budget; lang: Lang }) {
  const t = useT();
  return (
    <p className={ui.meta} data-testid="budget-context-links" data-noprint>
      <a {...pageLink({ page: 'department', lang, departmentId: budget.departmentId })} data-testid="link-department">
        {t.many.linkDepartment}
      </a>
      {' · '}
      <a {...pageLink({ page: 'region', lang, region: budget.region, year: budget.year })} data-testid="link-region">
        {t.many.linkRegion(regionNameOf(budget, t), budget.year)}
      </a>
    </p>
  );
}
