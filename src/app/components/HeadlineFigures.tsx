import { Fragment, useMemo } from 'react';
import type { Budget, FinalAccountTotals, MoneyUnit, SourceRef } from '../../model/types';
import { srcUnit, threePublicUnit } from '../../model/units';
import { buildHeadline } from '../../model/headline';
import { dec } from '../../model/decimal';
import { formatDifference, formatShare } from '../../model/format';
import { useT } from '../i18n';
import { amountView, useAmountMode } from '../amounts/amountView';
import { Figure } from './Figure';
import { ShareBar } from './ShareBar';
import { uniqueKeys } from '../uniqueKeys';
import { GlossaryTerm } from '../glossary/GlossaryTerm';
import { INCOME_TERMS } from '../glossary/terms';
import styles from './HeadlineFigures.module.css';
import bar from './ShareBar.module.css';
import fig from './Figure.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

/** 主要数字: total, income by source, basic vs project, 三公经费 — each figure clickable to its source. */
export function HeadlineFigures({ budget }: { budget: Budget }) {
  const t = useT();
  const amountMode = useAmountMode();
  const h = useMemo(() => buildHeadline(budget), [budget]);
  const nonZeroIncome = h.income.filter((l) => !dec(l.amount).isZero());
  const zeroIncome = h.income.length - nonZeroIncome.length;
  const incomeKeys = uniqueKeys(nonZeroIncome, (l) => l.key);
  const tp = h.threePublic;
  // Each figure in the unit of the table it was read from; 三公 in ThreePublic.unit (often 万元 in a 元 document).
  const u = (src: SourceRef): MoneyUnit => srcUnit(budget, src);
  const tpUnit = threePublicUnit(budget);

  return (
    <section aria-labelledby="headline-title">
      <h2 id="headline-title">{t.headlineTitle}</h2>
      <div className={styles.cards}>
        <div className={styles.card}>
          <h3 data-testid="headline-total-title">{t.headlineTotal(budget.kind, budget.year)}</h3>
          <p className={styles.big}>
            <Figure id="headline-total" label={t.headlineTotal(budget.kind, budget.year)} amount={h.total.amount} unit={u(h.total.src)} src={h.total.src} />
          </p>
          <p className={styles.sub}>
            {t.totalIncome}:{' '}
            <Figure id="headline-income-total" label={t.totalIncome} amount={h.incomeTotal.amount} unit={u(h.incomeTotal.src)} src={h.incomeTotal.src} />
          </p>
        </div>

        {budget.finalTotals ? <FinalTotalsCard totals={budget.finalTotals} unit={u(budget.finalTotals.src)} /> : null}

        <div className={styles.card}>
          <h3>{t.basicVsProject}</h3>
          <ShareBar
            label={t.basicVsProject}
            parts={[
              { key: 'basic', label: t.basic, share: h.basic.share, className: bar.segBasic },
              { key: 'project', label: t.project, share: h.project.share, className: bar.segProject },
            ]}
          />
          <dl className={styles.figureList}>
            <div>
              <dt>
                <span className={cx(bar.swatch, bar.segBasic)} aria-hidden="true" />
                <GlossaryTerm term="basic">{t.basic}</GlossaryTerm>
              </dt>
              <dd>
                <Figure id="headline-basic" label={t.basic} amount={h.basic.amount} unit={u(h.basic.src)} src={h.basic.src} />
                <span className={styles.share}>{formatShare(h.basic.share)}</span>
              </dd>
              <dd className={cx(styles.help, ui.help)}>{t.basicHelp}</dd>
            </div>
            <div>
              <dt>
                <span className={cx(bar.swatch, bar.segProject)} aria-hidden="true" />
                <GlossaryTerm term="project">{t.project}</GlossaryTerm>
              </dt>
              <dd>
                <Figure id="headline-project" label={t.project} amount={h.project.amount} unit={u(h.project.src)} src={h.project.src} />
                <span className={styles.share}>{formatShare(h.project.share)}</span>
              </dd>
              <dd className={cx(styles.help, ui.help)}>{t.projectHelp}</dd>
            </div>
          </dl>
        </div>

        <div className={styles.card}>
          <h3>{t.incomeBySource}</h3>
          <dl className={styles.figureList}>
            {nonZeroIncome.map((l, i) => {
              const label = t.incomeName(l.key, l.name);
              const term = INCOME_TERMS[l.key];
              return (
                <div key={incomeKeys[i]}>
                  <dt>
                    {term ? <GlossaryTerm term={term}>{label}</GlossaryTerm> : label}
                    {label !== l.name ? (
                      <span className={styles.printed} lang="zh-CN">
                        {' '}
                        {l.name}
                      </span>
                    ) : null}
                  </dt>
                  <dd>
                    <Figure id={`headline-income-${incomeKeys[i] ?? l.key}`} label={label} amount={l.amount} unit={u(l.src)} src={l.src} />
                    <span className={styles.share}>{formatShare(l.share)}</span>
                  </dd>
                </div>
              );
            })}
          </dl>
          {zeroIncome > 0 ? <p className={cx(styles.help, ui.help)}>{t.zeroIncomeSources(zeroIncome)}</p> : null}
        </div>

        <div className={styles.card}>
          <h3>
            <GlossaryTerm term="threePublic">{t.threePublic}</GlossaryTerm>
          </h3>
          {tp ? (
            <>
              <p className={styles.big}>
                <Figure id="headline-three-public" label={t.threePublic} amount={tp.total.amount} unit={tpUnit} src={tp.total.src} />
              </p>
              <p className={cx(styles.help, ui.help)}>{t.threePublicHelp}</p>
              <p className={cx(styles.help, ui.help)} data-testid="headline-three-public-unit">
                {amountView(t, amountMode).unitShort(tpUnit)}
              </p>
              <dl className={cx(styles.figureList, styles.compact, fig.unitless)}>
                {tp.parts.map((p) => (
                  <Fragment key={p.key}>
                    <div>
                      <dt>{t.threePublicParts[p.key]}</dt>
                      <dd>
                        <Figure id={`headline-three-public-${p.key}`} label={t.threePublicParts[p.key]} amount={p.amount} unit={tpUnit} src={p.src} />
                      </dd>
                    </div>
                    {/* 公务用车: its two halves (购置 / 运行维护) right under it. */}
                    {p.key === 'vehicle'
                      ? tp.vehicleParts.map((v) => (
                          <div key={v.key} className={styles.indent}>
                            <dt>{t.threePublicParts[v.key]}</dt>
                            <dd>
                              <Figure id={`headline-three-public-${v.key}`} label={t.threePublicParts[v.key]} amount={v.amount} unit={tpUnit} src={v.src} />
                            </dd>
                          </div>
                        ))
                      : null}
                  </Fragment>
                ))}
                {/* Halves printed without the vehicle total: list them as they are. */}
                {tp.parts.some((p) => p.key === 'vehicle')
                  ? null
                  : tp.vehicleParts.map((v) => (
                      <div key={v.key}>
                        <dt>{t.threePublicParts[v.key]}</dt>
                        <dd>
                          <Figure id={`headline-three-public-${v.key}`} label={t.threePublicParts[v.key]} amount={v.amount} unit={tpUnit} src={v.src} />
                        </dd>
                      </div>
                    ))}
                {tp.meeting ? (
                  <div>
                    <dt>
                      <GlossaryTerm term="meeting">{t.meeting}</GlossaryTerm>
                    </dt>
                    <dd>
                      <Figure id="headline-meeting" label={t.meeting} amount={tp.meeting.amount} unit={tpUnit} src={tp.meeting.src} />
                    </dd>
                  </div>
                ) : null}
                {tp.adminCost ? (
                  <div>
                    <dt>
                      <GlossaryTerm term="adminCost">{t.adminCost}</GlossaryTerm>
                    </dt>
                    <dd>
                      <Figure id="headline-admin-cost" label={t.adminCost} amount={tp.adminCost.amount} unit={tpUnit} src={tp.adminCost.src} />
                    </dd>
                  </div>
                ) : null}
              </dl>
            </>
          ) : (
            <p className={cx(styles.help, ui.help)}>{t.noThreePublic}</p>
          )}
        </div>
      </div>
      <Differences
        notes={[
          h.incomeLinesDifference && t.diffIncomeLines(formatDifference(h.incomeLinesDifference), u(h.incomeTotal.src)),
          h.incomeVsExpenditure && t.diffIncomeVsSpending(formatDifference(h.incomeVsExpenditure), u(h.total.src)),
          h.basicProjectDifference && t.diffBasicProject(formatDifference(h.basicProjectDifference), u(h.total.src)),
          tp?.partsDifference && t.diffThreePublic(formatDifference(tp.partsDifference), tpUnit),
        ]}
      />
    </section>
  );
}

/** 决算 only: the final account's own totals (收入支出决算总表), each clickable to its source. */
const FINAL_ORDER = ['carriedIn', 'incomeThisYear', 'nonFiscalSurplusUsed', 'spendingThisYear', 'surplusDistribution', 'carriedOut', 'grandTotal'] as const;

function FinalTotalsCard({ totals, unit }: { totals: FinalAccountTotals; unit: MoneyUnit }) {
  const t = useT();
  const shown = FINAL_ORDER.flatMap((k) => {
    const amount = totals[k];
    return amount === undefined ? [] : [{ k, amount }];
  });
  return (
    <div className={styles.card} data-testid="final-totals">
      <h3>{t.finalTotalsTitle}</h3>
      <dl className={styles.figureList}>
        {shown.map(({ k, amount }) => (
          <div key={k}>
            <dt>{t.finalTotals[k]}</dt>
            <dd>
              <Figure id={`final-${k}`} label={t.finalTotals[k]} amount={amount} unit={unit} src={totals.src} />
            </dd>
          </div>
        ))}
      </dl>
      <p className={cx(styles.help, ui.help)}>{t.finalTotalsHelp}</p>
    </div>
  );
}

function Differences({ notes }: { notes: (string | null | undefined)[] }) {
  const shown = notes.filter((n): n is string => typeof n === 'string' && n !== '');
  if (shown.length === 0) return null;
  return (
    <ul className={cx(ui.notice, ui.warn)} data-testid="headline-differences">
      {shown.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}
