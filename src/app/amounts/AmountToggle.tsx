import type { MoneyUnit } from '../../model/types';
import { AMOUNT_MODES, type AmountMode } from '../../model/displayAmount';
import { useAppStore } from '../../state/store';
import { selectSetAmounts } from '../../state/selectors';
import { useT } from '../i18n';
import styles from './AmountToggle.module.css';
import ui from '../../styles/ui.module.css';

/**
 * 金额单位: the budget's figures as printed (元 / 万元) or in 百万元 (million yuan). The choice goes into the
 * URL (`amounts=`), so it is kept across the budget's views, on reload and in a shared link. In 百万元 mode
 * a line says that the data files keep the printed figures.
 */
export function AmountToggle({ unit, mode }: { unit: MoneyUnit; mode: AmountMode }) {
  const t = useT();
  const setAmounts = useAppStore(selectSetAmounts);
  return (
    <div className={styles.toggle} data-testid="amount-toggle" data-mode={mode}>
      <fieldset className={ui.segmented}>
        <legend>{t.amounts.toggleLabel}</legend>
        {AMOUNT_MODES.map((m) => (
          <label key={m} className={mode === m ? ui.on : undefined}>
            <input type="radio" name="amount-mode" value={m} checked={mode === m} onChange={() => setAmounts(m)} data-testid={`amounts-${m}`} />
            {m === 'printed' ? t.amounts.printed(unit) : t.amounts.million}
          </label>
        ))}
      </fieldset>
      {mode === 'million' ? (
        <p className={ui.help} data-testid="amounts-files-printed">
          {t.amounts.filesPrinted(unit)}
        </p>
      ) : null}
    </div>
  );
}
