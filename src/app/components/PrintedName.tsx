/**
 * A name shown in the page's language with the printed Chinese kept at hand: in English the English
 * name (data/names-en.json) with the printed name in its tooltip (and, under titles, PrintedOriginal as a
 * second, smaller line); a name without English (a misprint, a wording the file does not know) is the
 * printed Chinese, marked lang="zh-CN". The printed original is marked data-printed-name.
 */
import { shownName } from '../../model/englishName';
import { useT } from '../i18n';
import styles from './PrintedName.module.css';

interface Props {
  printed: string;
  en?: string;
}

export function PrintedName({ printed, en }: Props) {
  const t = useT();
  const shown = shownName(printed, en, t.names.englishNames);
  if (shown === printed) return <span lang="zh-CN">{printed}</span>;
  return (
    <span title={t.names.printedAs(printed)} data-testid="english-name">
      {shown}
    </span>
  );
}

/** The printed Chinese as a second, smaller line (under a title), only where the English name is shown. */
export function PrintedOriginal({ printed, en }: Props) {
  const t = useT();
  if (shownName(printed, en, t.names.englishNames) === printed) return null;
  return (
    <span className={styles.secondary} lang="zh-CN" data-printed-name="">
      {printed}
    </span>
  );
}
