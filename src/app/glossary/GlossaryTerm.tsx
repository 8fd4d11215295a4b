/**
 * A term of the interface with its definition one tap away (名词解释): the label itself is a button
 * (or, without a label, a small "?" button) that opens a popover with the definition from the budget's
 * own glossary. Keyboard: Enter/Space opens, Escape closes and returns focus here; touch: tap. The
 * popover's code and the definitions load only when a term is first opened.
 */
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { useT } from '../i18n';
import { TERMS, type TermKey } from './terms';
import styles from './GlossaryTerm.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';
import { preloadPopover } from '../../ui/Popover';

// The popover's own code (ui/Popover) is fetched beside it, not after it.
const GlossaryPopover = lazy(() => Promise.all([import('./GlossaryPopover'), preloadPopover()]).then(([m]) => ({ default: m.GlossaryPopover })));

export function GlossaryTerm({ term, children }: { term: TermKey; children?: ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  // The button is state, not a ref: the popover is placed against it once it is in the page.
  const [button, setButton] = useState<HTMLButtonElement | null>(null);
  // ui/Popover returns focus to the button.
  const close = useCallback(() => setOpen(false), []);
  const info = TERMS[term];
  return (
    <>
      <button
        ref={setButton}
        type="button"
        className={children === undefined ? cx(styles.term, styles.icon) : styles.term}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-testid={`glossary-${term}`}
        {...(children === undefined ? { 'aria-label': t.glossaryButton(info.zh) } : {})}
      >
        {typeof children === 'string' && Array.from(children).length > 1 ? (
          <>
            {Array.from(children).slice(0, -1).join('')}
            {/* The last character and the "?" never part at a line break (Chinese breaks anywhere). */}
            <span className={styles.tail}>
              {Array.from(children).at(-1)}
              <span className={styles.mark} aria-hidden="true">
                ?
              </span>
            </span>
          </>
        ) : (
          <>
            {children}
            <span className={styles.mark} aria-hidden="true">
              ?
            </span>
          </>
        )}
        {children !== undefined ? <span className={ui.srOnly}>{t.paren(t.glossaryButton(info.zh))}</span> : null}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <GlossaryPopover term={term} anchor={button} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
