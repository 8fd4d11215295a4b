/**
 * 嵌入 dialog: the ready <iframe> snippet for the view on screen (absolute URL computed from this page's
 * address), optionally with the auto-height script, and a copy button. For a budget, 图片 / Image gives
 * instead the budget's preview picture in a link to the view (imageEmbed.ts), for platforms that strip iframes. A modal <dialog>: the page behind
 * is inert, Tab and Shift+Tab stay inside, Escape closes, and focus goes back to the button that opened it
 * (the caller's onClose).
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { EmbeddableRoute } from '../../state/route';
import { useT } from '../i18n';
import { buildEmbedSnippet, embedScriptUrl, embedUrl, fullViewUrl } from './embedSnippet';
import { buildImageSnippet, PREVIEW_SIZE, previewImageUrl } from './imageEmbed';
import styles from './EmbedDialog.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';
import { siteHref } from '../siteHref';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), textarea, select, [tabindex]:not([tabindex="-1"])';

interface Props {
  /** The view on screen (a budget view or a comparison). */
  route: EmbeddableRoute;
  /** The <iframe> title: what a screen reader announces for the frame in the article. */
  title: string;
  /** Frame height without the auto-height script. */
  height: number;
  /** A budget's preview picture: its alt text (imageAlt). Absent (a comparison): no image option. */
  image?: { alt: string };
  onClose: () => void;
}

export function EmbedDialog({ route, title, height, image, onClose }: Props) {
  const t = useT();
  const uid = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const [auto, setAuto] = useState(true);
  const [withLink, setWithLink] = useState(true);
  // Chart-only by default (as newsrooms embed charts); a budget view can bring its controls along.
  const [withControls, setWithControls] = useState(false);
  const canControl = route.page === 'budget';
  const [format, setFormat] = useState<'frame' | 'image'>('frame');
  const picture = image && route.page === 'budget' ? { ...image, src: previewImageUrl(document.baseURI, route.budgetId) } : null;
  const asImage = format === 'image' && picture !== null;
  const [status, setStatus] = useState('');
  const href = siteHref();
  const src = useMemo(() => embedUrl(href, withControls && route.page === 'budget' ? { ...route, controls: true } : route), [href, route, withControls]);
  const snippet = asImage
    ? buildImageSnippet({ href: fullViewUrl(href, route), src: picture.src, alt: picture.alt })
    : buildEmbedSnippet({
        src,
        title,
        height,
        scriptSrc: auto ? embedScriptUrl(href) : null,
        link: withLink ? { href: fullViewUrl(href, route), text: title } : null,
      });

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    // Guarded: React's development double effects must not open it twice.
    if (!d.open) d.showModal();
    codeRef.current?.focus();
    codeRef.current?.select();
  }, []);

  const close = () => ref.current?.close();
  // A changed option changes the code: the "copied" status no longer applies.
  const pick = (set: (on: boolean) => void) => (on: boolean) => {
    set(on);
    setStatus('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab' || !ref.current) return;
    // Keep Tab inside the dialog (the browser alone would move on to its own toolbar).
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const copy = async () => {
    const area = codeRef.current;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(snippet);
      setStatus(t.embedCopied);
    } catch {
      // No clipboard access (an old browser, a page without permission): select it for Ctrl+C.
      area?.focus();
      area?.select();
      setStatus(t.embedCopyFailed);
    }
  };

  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={`${uid}-title`}
      aria-describedby={`${uid}-intro`}
      onClose={onClose}
      onKeyDown={onKeyDown}
      data-testid="embed-dialog"
    >
      <h2 id={`${uid}-title`}>{t.embedDialogTitle}</h2>
      <p id={`${uid}-intro`} className={cx(styles.help, ui.help)}>
        {t.embedIntro}
      </p>
      {picture ? (
        <fieldset className={cx(ui.segmented, styles.format)} data-testid="embed-format">
          <legend>{t.embedFormat}</legend>
          {(['frame', 'image'] as const).map((f) => (
            <label key={f} className={format === f ? ui.on : undefined}>
              <input
                type="radio"
                name={`${uid}-format`}
                value={f}
                checked={format === f}
                onChange={() => {
                  setFormat(f);
                  setStatus('');
                }}
                data-testid={`embed-format-${f}`}
              />
              {f === 'frame' ? t.embedFormatFrame : t.embedFormatImage}
            </label>
          ))}
        </fieldset>
      ) : null}
      {asImage ? (
        <>
          <p className={cx(styles.help, ui.help)}>{t.embedImageHelp}</p>
          {/* The picture itself, as the article will show it (the snippet's own width and height). */}
          <img
            className={styles.picture}
            src={picture.src}
            alt={picture.alt}
            width={PREVIEW_SIZE.width}
            height={PREVIEW_SIZE.height}
            data-testid="embed-image-preview"
          />
        </>
      ) : (
        <>
          <Option
            id={`${uid}-auto`}
            checked={auto}
            onChange={pick(setAuto)}
            label={t.embedAutoHeight}
            help={t.embedAutoHeightHelp}
            testId="embed-auto-height"
          />
          <Option
            id={`${uid}-link`}
            checked={withLink}
            onChange={pick(setWithLink)}
            label={t.embedWithLink}
            help={t.embedWithLinkHelp}
            testId="embed-with-link"
          />
          {canControl ? (
            <Option
              id={`${uid}-controls`}
              checked={withControls}
              onChange={pick(setWithControls)}
              label={t.embedControls}
              help={t.embedControlsHelp}
              testId="embed-with-controls"
            />
          ) : null}
        </>
      )}
      <label className={styles.codeLabel} htmlFor={`${uid}-code`}>
        {t.embedCode}
      </label>
      <textarea
        id={`${uid}-code`}
        ref={codeRef}
        className={styles.code}
        readOnly
        rows={asImage ? 4 : (auto ? 5 : 3) + (withLink ? 2 : 0)}
        spellCheck={false}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="embed-code"
      />
      <div className={styles.actions}>
        <button type="button" className={ui.button} onClick={() => void copy()} data-testid="embed-copy">
          {t.embedCopy}
        </button>
        <a href={asImage ? picture.src : src} target="_blank" rel="noopener" data-testid="embed-preview">
          {t.embedPreview}
          <span aria-hidden="true"> ↗</span>
          <span className={ui.srOnly}>{t.newWindow}</span>
        </a>
        <button type="button" className={cx(ui.button, ui.secondary, styles.close)} onClick={close} data-testid="embed-close">
          {t.close}
        </button>
      </div>
      <p className={styles.status} role="status" data-testid="embed-copy-status">
        {status}
      </p>
    </dialog>
  );
}

/** One option of the snippet: a checkbox and the line of help under it. */
function Option(props: { id: string; checked: boolean; onChange(on: boolean): void; label: string; help: string; testId: string }) {
  return (
    <>
      <label className={styles.option}>
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(e) => props.onChange(e.target.checked)}
          aria-describedby={props.id}
          data-testid={props.testId}
        />
        {props.label}
      </label>
      <p id={props.id} className={cx(styles.help, ui.help, styles.optionHelp)}>
        {props.help}
      </p>
    </>
  );
}
