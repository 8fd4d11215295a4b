/**
 * What the compare page shows of a Comparison (src/model/compare.ts), as plain data: the sections,
 * which lines of a tree are visible for the expanded set, display labels, bar inputs and the CSV. Pure;
 * every figure stays the model's exact string (formatAmount only groups digits); shares and changes
 * are rounded here for display only.
 */
import { COMPARE_SECTIONS, type CompareSectionId } from '../../state/compareSections';
import { shownName } from '../../model/englishName';
import type { CompareCell, CompareLine, Comparison, ComparedBudget, CompareStep } from '../../model/compare';
import type { ShownUnit } from '../../model/displayAmount';
import type { Dec } from '../../model/decimal';
import { dec } from '../../model/decimal';
import { formatAmount, formatDifference, formatShare } from '../../model/format';
import type { Amount, IncomeKey, MoneyUnit, SourceRef } from '../../model/types';
import { toCsv } from '../../model/csv';
import type { BarLineInput, BarScaleSpec } from '../../charts/Compare/compareBarsLayout';
import { groupBarScales, type SectionScale } from '../../layout/barScale';
import type { CompareWords } from '../i18n/compareWords';

export type SectionId = CompareSectionId;
export const SECTION_IDS: readonly SectionId[] = COMPARE_SECTIONS;

export function sectionLines(c: Comparison, id: SectionId): CompareLine[] {
  switch (id) {
    case 'totals':
      return c.totals;
    case 'income':
      return c.income;
    case 'functional':
      return c.functional;
    case 'economicBasic':
      return c.economic.filter((l) => l.spending === 'basic');
    case 'economicProject':
      return c.economic.filter((l) => l.spending === 'project');
  }
}

/** The id of a compare figure (its provenance popover's anchor): the budget's index, then the line. */
export function compareFigureId(budgetIndex: number, key: string): string {
  return `compare-fig-${budgetIndex}-${key}`;
}

/** The budget index a compare figure id names, or null for any other figure. */
export function figureBudgetIndex(id: string): number | null {
  const m = /^compare-fig-(\d+)-/.exec(id);
  return m ? Number(m[1]) : null;
}

/** Sections that are trees (类 → 款 → 项): their lines can be expanded. */
export function isTree(id: SectionId): boolean {
  return id === 'functional' || id === 'economicBasic' || id === 'economicProject';
}

/** Keys of lines that have children among `lines`. */
export function parentKeys(lines: readonly CompareLine[]): Set<string> {
  const keys = new Set(lines.map((l) => l.key));
  return new Set(lines.filter((l) => l.parent !== undefined && keys.has(l.parent)).map((l) => l.parent as string));
}

/** Depth of a line in its tree (0 = top); a parent the section does not hold counts as absent. */
export function depthOf(line: CompareLine, byKey: ReadonlyMap<string, CompareLine>): number {
  let d = 0;
  let p = line.parent !== undefined ? byKey.get(line.parent) : undefined;
  while (p) {
    d++;
    p = p.parent !== undefined ? byKey.get(p.parent) : undefined;
  }
  return d;
}

/** The lines shown: top-level lines, and the children of every expanded line whose ancestors are expanded. */
export function visibleLines(lines: readonly CompareLine[], expanded: ReadonlySet<string>): CompareLine[] {
  const byKey = new Map(lines.map((l) => [l.key, l]));
  const shown = (l: CompareLine): boolean => {
    let p = l.parent !== undefined ? byKey.get(l.parent) : undefined;
    while (p) {
      if (!expanded.has(p.key)) return false;
      p = p.parent !== undefined ? byKey.get(p.parent) : undefined;
    }
    return true;
  };
  return lines.filter(shown);
}

/** "+12.3%" / "−4.0%": a relative change, rounded for display. */
export function formatChange(change: Dec | null): string {
  if (change === null) return '';
  const s = formatShare(change);
  return change.isNegative() || change.isZero() || s.startsWith('>-') ? s : `+${s}`;
}

export function budgetLabel(b: Pick<ComparedBudget, 'department' | 'departmentEn' | 'year'>, s: CompareWords): string {
  return s.budgetLabel(shownName(b.department, b.departmentEn, s.englishNames), b.year);
}

/**
 * Short labels for the budgets in column heads and bar texts: the year where every year differs,
 * else a letter and the year ("A 2021", "B 2021"); the legend says which letter is which department.
 */
export function shortLabels(budgets: readonly Pick<ComparedBudget, 'year'>[]): string[] {
  const unique = new Set(budgets.map((b) => b.year)).size === budgets.length;
  return budgets.map((b, i) => (unique ? String(b.year) : `${String.fromCharCode(65 + i)} ${b.year}`));
}

/** The line's name for the interface: code + printed name; totals and income sources by their key. */
export function lineLabel(line: CompareLine, s: CompareWords): string {
  if (line.section === 'total') return s.totalsNames[line.code as 'total' | 'basic' | 'project'] ?? line.name;
  if (line.section === 'income') return s.incomeLine(line.code as IncomeKey, line.name);
  return `${line.code} ${line.name === '' ? s.unnamed : s.englishNames && line.nameEn ? line.nameEn : line.name}`;
}

/** The text after a bar: "5,411.72 · 91.4%", "Σ" where the figure is a sum, or "not printed". */
export function cellText(line: CompareLine, i: number, s: CompareWords): string {
  const c = line.cells[i];
  if (!c) return s.notPrinted;
  return `${formatAmount(c.amount)} · ${formatShare(c.share)}${c.basis === 'printed' ? '' : ' Σ'}`;
}

/**
 * The figure the 数字出处 popover shows: as the document prints it, in its unit — kept in `printed` where the
 * cell was converted (another unit, or 百万元); nothing where the comparison's figure is not a printed one.
 */
export function printedFigure(c: CompareCell, unit: ShownUnit): { amount: Amount; unit: MoneyUnit } | Record<string, never> {
  if (c.printed) return c.printed;
  return unit === '百万元' ? {} : { amount: c.amount, unit };
}

/** A signed exact difference for display: "+336.47", "-1,504.06", and "0.00" (no sign) for none. */
export function signedDifference(d: string): string {
  return dec(d).isZero() ? formatAmount(d.replace(/^-/, '')) : formatDifference(d);
}

export function diffText(step: CompareStep, labels: readonly string[], i: number, s: CompareWords): string {
  const head = s.colDiff(labels[i] ?? '', labels[i + 1] ?? '');
  if (step.difference === null) return `${head}${s.colon}${s.cannotDiff}`;
  const ch = formatChange(step.change);
  return `${head}${s.colon}${signedDifference(step.difference)}${ch ? ` (${ch})` : ''}`;
}

/** A line worth a bar: some budget prints a figure other than zero. */
export function drawable(line: CompareLine): boolean {
  return line.cells.some((c) => c !== null && !dec(c.amount).isZero());
}

/** The section's visible lines as bar inputs (flags written as text after the name). */
export function barInputs(lines: readonly CompareLine[], all: readonly CompareLine[], labels: readonly string[], s: CompareWords): BarLineInput[] {
  const byKey = new Map(all.map((l) => [l.key, l]));
  return lines.map((l) => ({
    key: l.key,
    label: `${lineLabel(l, s)}${l.flags.map((f) => s.flag(s.flags[f])).join('')}`,
    depth: depthOf(l, byKey),
    amounts: l.cells.map((c) => (c ? c.amount : null)),
    texts: l.cells.map((_, i) => cellText(l, i, s)),
    // A difference that cannot be computed (a budget does not print the line) gets no line in the chart:
    // its bar already says 未列出, and the table keeps the "—" with its reason (a phone embed stays short).
    diffs: l.steps.flatMap((st, i) => (st.difference === null ? [] : [diffText(st, labels, i, s)])),
  }));
}

/**
 * The crosswalk's reason in the page's language: Chinese (reasonZh) on the Chinese page, English on the
 * English page; where the crosswalk gives no Chinese, the English, marked as such and folded.
 */
export function reasonText(
  r: { reason: string | null; reasonZh?: string },
  s: CompareWords,
): { head: string; text: string; lang: string; folded: boolean } | null {
  if (s.reasonIn === 'zh' && r.reasonZh) return { head: s.reasonLabel, text: r.reasonZh, lang: 'zh-CN', folded: false };
  if (r.reason === null) return null;
  return s.reasonIn === 'zh'
    ? { head: s.reasonLabelEnglish, text: r.reason, lang: 'en', folded: true }
    : { head: s.reasonLabel, text: r.reason, lang: 'en', folded: false };
}

/** A line's notes as text (flags, renamings, sums), for the CSV and the table. */
export function lineNotes(line: CompareLine, budgets: readonly ComparedBudget[], labels: readonly string[], s: CompareWords): string[] {
  const out: string[] = [];
  if (line.rename) {
    out.push(`${s.flags.renamed}: ${line.rename.names.map((n) => `${s.printedAs(n.year, n.name)}${n.misprint ? s.misprint : ''}`).join('; ')}`);
    const why = reasonText(line.rename, s);
    out.push(why ? `${why.head} ${why.text}` : s.noReason);
  }
  if (line.flags.includes('missing')) {
    out.push(`${s.flags.missing}: ${s.missingIn(line.cells.flatMap((c, i) => (c ? [] : [labels[i] ?? budgets[i]?.id ?? ''])).join(', '))}`);
  }
  if (line.moves) {
    out.push(
      `${s.flags.moved}: ${s.movedTo(line.moves.map((m) => m.code).join(', '))}${
        line.moves.some((m) => m.reason)
          ? ` — ${line.moves
              .map((m) => reasonText(m, s)?.text)
              .filter(Boolean)
              .join(' ')}`
          : ''
      }`,
    );
  }
  line.cells.forEach((c, i) => {
    if (c && c.basis !== 'printed') out.push(`${labels[i] ?? ''}: ${s.basis[c.basis](c.rows)}`);
  });
  return out;
}

/** Every line of every section (not only the expanded ones), as a CSV with exact amounts and sources. */
export function compareCsv(
  c: Comparison,
  s: CompareWords,
  describeRef: (budgetIndex: number, src: SourceRef) => string,
  sections: readonly SectionId[] = SECTION_IDS,
): string {
  const labels = shortLabels(c.budgets);
  const header = [
    s.csvHead.section,
    s.csvHead.code,
    s.colLine,
    ...c.budgets.flatMap((b, i) => [s.csvHead.amount(labels[i] ?? '', b.id, c.unit), s.csvHead.share(labels[i] ?? '')]),
    ...c.budgets.slice(1).flatMap((_, i) => [s.colDiff(labels[i] ?? '', labels[i + 1] ?? ''), `${s.diffShort(labels[i] ?? '', labels[i + 1] ?? '')} %`]),
    s.csvHead.notes,
    ...c.budgets.map((_, i) => `${labels[i]} ${s.source}`),
  ];
  const rows: string[][] = [];
  for (const id of sections) {
    for (const l of sectionLines(c, id)) {
      rows.push([
        s.sections[id],
        l.section === 'total' || l.section === 'income' ? '' : l.code,
        l.section === 'total' || l.section === 'income' ? lineLabel(l, s) : l.name,
        ...l.cells.flatMap((cell) => (cell ? [cell.amount, formatShare(cell.share)] : ['', ''])),
        ...l.steps.flatMap((st) => [st.difference ?? '', formatChange(st.change)]),
        [
          ...lineNotes(l, c.budgets, labels, s),
          ...l.cells.flatMap((cell, i) => (cell?.printed ? [`${labels[i] ?? ''}: ${s.printedFigure(cell.printed.amount, cell.printed.unit)}`] : [])),
        ].join(' | '),
        ...l.cells.map((cell, i) => (cell ? cell.src.map((src) => describeRef(i, src)).join('; ') : '')),
      ]);
    }
  }
  return toCsv(header, rows);
}

/** A section's scale (shared or its own) and what its bars need to draw to it. */
export interface SectionScaleView {
  scale: SectionScale;
  spec: BarScaleSpec;
}

/**
 * The scales of the sections' bars: one for every section whose largest figure is not tiny against the
 * largest of all, one of its own for each other (layout/barScale.ts). Computed over every line of a
 * section, expanded or not, so opening a 类 never rescales the bars; sections on the same scale leave
 * room for the longest figure text of any of them, so the same figure is the same length in each.
 */
export function sectionScales(c: Comparison, labels: readonly string[], s: CompareWords): Map<SectionId, SectionScaleView> {
  const perSection = SECTION_IDS.map((id) => {
    const lines = sectionLines(c, id).filter(drawable);
    const amounts = lines.flatMap((l) => l.cells.flatMap((cell) => (cell && dec(cell.amount).greaterThan(0) ? [cell.amount] : [])));
    const max = amounts.reduce<string>((m, a) => (dec(a).greaterThan(dec(m)) ? a : m), '0');
    const texts = barInputs(lines, sectionLines(c, id), labels, s).flatMap((b) => b.texts);
    return { id, max, texts };
  });
  const groups = groupBarScales(perSection);
  const specs = new Map<SectionScale, BarScaleSpec>();
  const out = new Map<SectionId, SectionScaleView>();
  for (const sec of perSection) {
    const scale = groups.get(sec.id);
    if (!scale) continue;
    let spec = specs.get(scale);
    if (!spec) {
      spec = { max: scale.max, texts: perSection.filter((p) => scale.ids.includes(p.id)).flatMap((p) => p.texts) };
      specs.set(scale, spec);
    }
    out.set(sec.id, { scale, spec });
  }
  return out;
}
