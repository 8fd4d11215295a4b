/**
 * The comparison itself, on the compare page and on its embed page: how the budgets relate (warnings),
 * which budgets in which colour, the tools (measure; embed, SVG/PNG, CSV on the page), and the
 * sections. The model (compareBudgets) does every sum and difference; this only shows them.
 */
import { Swatch } from '../../charts/Swatch';
import { PrintedName } from '../components/PrintedName';
import { shownName } from '../../model/englishName';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { combineBudgets, compareBudgets, comparisonInMillionYuan, type CombinedCell } from '../../model/compare';
import { effectiveAmountMode } from '../../model/displayAmount';
import { AmountToggle } from '../amounts/AmountToggle';
import type { Measure } from '../../model/tree';
import type { Budget } from '../../model/types';
import { csvFileName } from '../../model/csv';
import { budgetRoute, type CompareRoute } from '../../state/route';
import { pageLink } from '../../state/pagePath';
import { useAppStore } from '../../state/store';
import { selectProvenance, selectSetMeasure } from '../../state/selectors';
import { ChartExportButtons, type ExportMeta } from '../../charts/export/ChartExportButtons';
import { CompareLegend } from '../../charts/Compare/CompareLegend';
import { budgetColour } from '../../charts/palette';
import { downloadText } from '../../tables/download';
import { describeSrc } from '../describeSrc';
import { sourceLinker } from '../source/sourceLinker';
import { useT } from '../i18n';
import { compareWords } from '../i18n/compareLang';
import { useIndex } from '../useData';
import { LazyEmbedDialog } from '../embed/LazyEmbedDialog';
import { COMPARE_EMBED_HEIGHT, COMPARE_SECTION_EMBED_HEIGHT } from '../embed/embedSnippet';
import { GlossaryBudgets } from '../glossary/GlossaryContext';
import { budgetLabel, compareCsv, figureBudgetIndex, SECTION_IDS, sectionScales, shortLabels, type SectionId } from './compareView';
import { LazyProvenancePopover } from '../components/LazyProvenancePopover';
import { CompareSection } from './CompareSection';
import { CompareWarnings } from './CompareWarnings';
import { kindBadge } from '../components/kindBadge';
import styles from './CompareContent.module.css';
import table from './CompareTable.module.css';
import tools from '../components/ViewTools.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';
import { createPortal } from 'react-dom';
import { EmbedDataSlot } from '../embed/embedDataSlot';
import { siteHref } from '../siteHref';

interface Props {
  budgets: readonly Budget[];
  route: CompareRoute;
}

export function CompareContent({ budgets, route }: Props) {
  const t = useT();
  const lang = route.lang;
  const s = compareWords(t.lang);
  const setMeasure = useAppStore(selectSetMeasure);
  // 数字出处 of a compare figure: the popover of the budget the figure belongs to.
  const provenance = useAppStore(selectProvenance);
  const provenanceIndex = provenance ? figureBudgetIndex(provenance.id) : null;
  const idsKey = budgets.map((b) => b.id).join(',');
  // Budgets come from the data cache: the same ids are the same objects, so the ids are the key.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the ids stand for the budgets (same ids, same objects)
  const stable = useMemo(() => budgets, [idsKey]);
  // The crosswalk of names across years is published in index.json (already loaded by every page).
  const index = useIndex();
  const crosswalk = index.ok ? index.value.crosswalk : undefined;
  const printed = useMemo(() => compareBudgets(stable, { measure: route.measure, ...(crosswalk ? { crosswalk } : {}) }), [stable, route.measure, crosswalk]);
  // 金额单位: as printed, or 百万元 (English's default): the same figures, the decimal point moved exactly.
  const amountMode = effectiveAmountMode(lang, route.amounts);
  const comparison = useMemo(() => (amountMode === 'million' ? comparisonInMillionYuan(printed) : printed), [printed, amountMode]);
  const labels = useMemo(() => shortLabels(comparison.budgets), [comparison]);
  // One scale for the sections whose figures are comparable, an own scale (said so) for the tiny ones.
  const scales = useMemo(() => sectionScales(comparison, labels, s), [comparison, labels, s]);
  const sectionNames = (ids: readonly string[]) => ids.map((id) => s.sections[id as SectionId]).join(t.enumSep);
  const scaleLabel = (id: SectionId): ((step: string) => string) | undefined => {
    const v = scales.get(id);
    if (!v) return undefined;
    const unit = t.amounts.unitAfter(comparison.unit);
    return v.scale.kind === 'shared' ? (step) => t.compareScale.shared(sectionNames(v.scale.ids), step, unit) : (step) => t.compareScale.own(step, unit);
  };
  const [showCombined, setShowCombined] = useState(false);
  const combined = useMemo<Record<string, CombinedCell> | null>(() => {
    if (!showCombined || !comparison.combine.offered) return null;
    const r = combineBudgets(comparison);
    return r.ok ? r.value : null;
  }, [showCombined, comparison]);
  const chartsRef = useRef<HTMLDivElement>(null);
  const embedOpener = useRef<HTMLButtonElement>(null);
  const [embedOpen, setEmbedOpen] = useState(false);
  const embed = route.embed === true;
  const dataSlot = useContext(EmbedDataSlot);
  // A section embed (section=functional …): that chart and its table alone, without the page's switches.
  const only = embed ? route.section : undefined;
  const sections = only ? [only] : SECTION_IDS;
  // The section whose embed dialog is open (each section has its own 嵌入 on the full page); null: the whole page.
  const [embedSection, setEmbedSection] = useState<SectionId | null>(null);
  const legend = comparison.budgets.map((b, i) => `${labels[i] ?? ''} · ${budgetLabel(b, s)}`);
  const titleLabels = comparison.budgets.map((b) => budgetLabel(b, s)).join(' / ');
  // The page names its budgets (as its static page does, scripts/compareMarkup.ts); an embed names itself.
  useEffect(() => {
    if (!embed) document.title = `${s.title} · ${titleLabels} · ${t.appName}`;
  }, [embed, s, titleLabels, t.appName]);
  // Budgets printed in 元 and in 万元: the model converted every figure exactly; say so, and who prints what.
  const convertedNote = comparison.converted
    ? s.converted(comparison.budgets.map((b, i) => s.printsIn(labels[i] ?? b.id, b.unit)).join(s.clauseSep), comparison.unit)
    : '';

  const meta = useCallback(
    (): ExportMeta => ({
      title: `${s.title} · ${titleLabels}${comparison.measure !== 'total' ? ` · ${s.measures[comparison.measure]}` : ''}`,
      subtitle: `${t.amounts.unitShort(comparison.unit)}${comparison.converted ? ` · ${convertedNote}` : ''}`,
      // …and where each budget's 支出总计 is printed, in the source view (the SourceLinker's address).
      credit: [
        s.credit(stable.map((b) => `${shownName(b.department, b.departmentEn, s.englishNames)} ${b.year}${t.paren(b.source)}`).join(s.clauseSep)),
        t.appName,
        t.trail.exportCredit(stable.map((b) => sourceLinker(b.id, lang, siteHref()).url(b.expenditure.src)).join(' ')),
      ].join(' · '),
      budgetId: 'compare',
      view: stable.map((b) => b.id).join('_'),
    }),
    [s, t, lang, titleLabels, comparison.measure, comparison.unit, comparison.converted, convertedNote, stable],
  );
  // The whole comparison's lines, or, in a section embed, that section's: exactly what is shown.
  const downloadCsv = (of: readonly SectionId[] = sections) => {
    // Files keep the figures as printed (with their unit), whatever the page shows.
    const csv = compareCsv(
      printed,
      s,
      (i, src) => {
        const b = stable[i];
        return b ? `${describeSrc(b, src, t)} (${b.source})` : '';
      },
      of,
    );
    const name = stable.map((b) => b.id).join('_') + (of.length === 1 ? `-${of[0]}` : '');
    downloadText(csv, csvFileName('compare', name), 'text/csv;charset=utf-8');
  };

  return (
    <GlossaryBudgets value={stable}>
      <div data-testid="compare-content" data-ids={idsKey}>
        <CompareWarnings comparison={comparison} s={s} />
        {comparison.converted ? (
          <p className={ui.notice} data-testid="compare-converted" data-unit={comparison.unit}>
            {convertedNote}
          </p>
        ) : null}
        {!comparison.combine.offered && !only ? (
          <p className={ui.help} data-testid="compare-no-combined">
            {s.combineBlocked} {[...new Set(comparison.combine.blockedBy.map((b) => s.combineWhy[b.code]))].join(s.clauseSep)}
          </p>
        ) : null}
        {only ? null : (
          <ol className={styles.budgets} data-testid="compare-budgets">
            {comparison.budgets.map((b, i) => (
              <li key={b.id}>
                <Swatch className={table.swatch} fill={budgetColour(i)} />
                <strong>{labels[i]}</strong> <PrintedName printed={b.department} en={b.departmentEn} /> {b.year}{' '}
                <span className={kindBadge(b.kind)} data-testid={`compare-kind-${i}`}>
                  {t.kinds[b.kind]}
                </span>
                <span className={ui.help}>
                  {' '}
                  · {t.sourceDoc}: <code>{stable[i]?.source}</code> · {t.unitShort(b.unit)}
                </span>
                {embed ? null : (
                  <>
                    {' '}
                    · <a {...pageLink(budgetRoute(b.id, lang))}>{s.viewBudget}</a>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
        {only ? null : (
          <div className={styles.tools}>
            <fieldset className={ui.segmented}>
              <legend>{s.measureLabel}</legend>
              {(['total', 'basic', 'project'] as const).map((m: Measure) => (
                <label key={m} className={route.measure === m ? ui.on : undefined}>
                  <input
                    type="radio"
                    name="compare-measure"
                    value={m}
                    checked={route.measure === m}
                    onChange={() => setMeasure(m)}
                    data-testid={`compare-measure-${m}`}
                  />
                  {s.measures[m]}
                </label>
              ))}
            </fieldset>
            <AmountToggle unit={printed.unit} mode={amountMode} />
            {comparison.combine.offered ? (
              <label className={styles.combine}>
                <input type="checkbox" checked={showCombined} onChange={(e) => setShowCombined(e.target.checked)} data-testid="compare-combine" />
                {s.combineOffer}
              </label>
            ) : null}
            {embed ? null : (
              <div className={cx(styles.viewTools, tools.viewTools)} role="group" aria-label={t.viewToolsLabel} data-testid="view-tools">
                <button
                  ref={embedOpener}
                  type="button"
                  className={cx(ui.button, ui.small, ui.secondary)}
                  aria-haspopup="dialog"
                  onClick={(e) => {
                    embedOpener.current = e.currentTarget;
                    setEmbedOpen(true);
                  }}
                  data-testid="embed-button"
                >
                  {t.embedButton}
                </button>
                <ChartExportButtons
                  container={chartsRef}
                  meta={meta}
                  labels={{ svg: t.exportSvg, png: t.exportPng, failed: t.exportFailed, nothing: t.exportNothing }}
                />
                <button type="button" className={cx(ui.button, ui.small, ui.secondary)} onClick={() => downloadCsv()} data-testid="compare-csv">
                  {s.csv}
                </button>
              </div>
            )}
          </div>
        )}
        <div ref={chartsRef} className={styles.charts}>
          <CompareLegend items={legend} label={s.legend} />
          {/* A section embed's one ruler says its scale itself: the note on every section's ruler is the page's. */}
          {only ? null : (
            <p className={cx(ui.help, styles.chartNote)} data-testid="compare-chart-note">
              {t.compareScale.chartNote(t.amounts.unitAfter(comparison.unit))}
            </p>
          )}
          {sections.map((id) => (
            <CompareSection
              key={id}
              id={id}
              chartOnly={only !== undefined}
              {...(embed
                ? {}
                : {
                    onEmbed: (opener: HTMLButtonElement) => {
                      embedOpener.current = opener;
                      setEmbedSection(id);
                      setEmbedOpen(true);
                    },
                  })}
              comparison={comparison}
              budgets={stable}
              labels={labels}
              combined={combined}
              s={s}
              scale={scales.get(id)}
              scaleLabel={scaleLabel(id)}
            />
          ))}
        </div>
        {/* 数据: an embed offers the CSV of what it shows (one section, or all), in the shell's credit line. */}
        {embed && dataSlot
          ? createPortal(
              <>
                <span aria-hidden="true"> · </span>
                <button type="button" className={ui.linkButton} onClick={() => downloadCsv()} title={t.chartDataHelp} data-testid="embed-data">
                  {t.embedData}
                </button>
              </>,
              dataSlot,
            )
          : null}
        {provenanceIndex !== null && budgets[provenanceIndex] ? <LazyProvenancePopover budget={budgets[provenanceIndex]} /> : null}
        {embedOpen ? (
          <LazyEmbedDialog
            route={embedSection ? { ...route, section: embedSection } : route}
            title={`${s.title} · ${titleLabels}${embedSection ? ` · ${s.sections[embedSection]}` : ''} · ${t.appName}`}
            height={embedSection ? COMPARE_SECTION_EMBED_HEIGHT : COMPARE_EMBED_HEIGHT}
            onClose={() => {
              setEmbedOpen(false);
              setEmbedSection(null);
              embedOpener.current?.focus();
            }}
          />
        ) : null}
      </div>
    </GlossaryBudgets>
  );
}
