/**
 * Choose the budgets to compare: every budget in index.json with a checkbox; "比较" puts the choice in
 * the URL (oldest first, so differences read as changes over time). Folded away once a comparison is
 * on screen.
 */
import { shownName } from '../../model/englishName';
import { useState } from 'react';
import type { BudgetIndex } from '../../model/types';
import { compareRoute, MAX_COMPARE, type Lang } from '../../state/route';
import { useAppStore } from '../../state/store';
import { selectNavigate } from '../../state/selectors';
import type { CompareWords } from '../i18n/compareWords';
import styles from './ComparePicker.module.css';
import ui from '../../styles/ui.module.css';

export function ComparePicker({ index, ids, lang, s }: { index: BudgetIndex; ids: readonly string[]; lang: Lang; s: CompareWords }) {
  const navigate = useAppStore(selectNavigate);
  const [picked, setPicked] = useState<string[]>(() => [...ids]);
  const ordered = index.budgets
    .filter((b) => picked.includes(b.id))
    .sort((a, b) => a.year - b.year || index.budgets.indexOf(a) - index.budgets.indexOf(b))
    .map((b) => b.id);
  const toggle = (id: string) => setPicked((cur) => (cur.includes(id) ? cur.filter((x) => x !== id) : cur.length >= MAX_COMPARE ? cur : [...cur, id]));
  return (
    <details className={styles.picker} open={ids.length < 2} data-testid="compare-picker">
      <summary>{s.pickerTitle}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ordered.length >= 2) navigate(compareRoute(ordered, lang));
        }}
      >
        <p className={ui.help}>{s.pickerHelp}</p>
        <fieldset className={styles.pickerList}>
          <legend className={ui.srOnly}>{s.pickerTitle}</legend>
          {index.budgets.map((b) => (
            <label key={b.id} className={styles.pick}>
              <input type="checkbox" checked={picked.includes(b.id)} onChange={() => toggle(b.id)} data-testid={`compare-pick-${b.id}`} />
              <span>
                {s.pickLabel(shownName(b.department, b.departmentEn, s.englishNames), b.year)}
                <span className={ui.help}> · {shownName(b.region, b.regionEn, s.englishNames)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {picked.length >= MAX_COMPARE ? <p className={ui.help}>{s.pickMax(MAX_COMPARE)}</p> : null}
        <button type="submit" className={ui.button} disabled={ordered.length < 2} data-testid="compare-apply">
          {s.pickerApply}
        </button>
        {ordered.length < 2 ? <span className={ui.help}> {s.pickAtLeastTwo}</span> : null}
      </form>
    </details>
  );
}
