/**
 * One document end to end: corrections → segment → rows → readers → merge → reconcile → Budget.
 * Throws NormalizeError (with document, table and line) where the document cannot be read; never
 * returns a partial budget.
 */
import type { AppliedCorrection, Budget, MoneyUnit, Publication, TableKind, TextSection } from '../model/types';
import { squash } from './cells';
import { isPartHeading } from './recognise';
import { completenessIssues } from './completeness';
import { applyCorrections, type Correction } from './corrections';
import type { Facts } from './facts';
import { budgetId, identify, type DepartmentIdentity } from './identity';
import { NormalizeError, type Warning } from './messages';
import { mergeFacts } from './merge';
import { detectProfile } from './profile';
import { readMeta } from './readers/meta';
import { readGlossary } from './readers/glossary';
import { nationalReaders } from './readers/national/registry';
import { documentReaders, tableReaders } from './readers/registry';
import { reconcile } from './reconcile';
import { assembleRows, toRawRow } from './rows';
import { gridRows, toRawGridRow } from './grid/rows';
import { segment, toDocument, type Document, type TableBlock } from './segment';

/** Warnings the reader sees (Budget.sourceIssues): what the source text lost or garbled. */
const SOURCE_ISSUES: ReadonlySet<string> = new Set(['TABLE_INCOMPLETE', 'COLUMNS_UNDECIDED', 'ROWS_SHIFTED', 'TABLE_MISSING_FROM_TEXT', 'TEXT_ENDS_IN_TABLE']);

/** A document without these is not a department budget we can read. */
const REQUIRED: TableKind[] = ['summary', 'expenditure'];

export interface NormalizedDocument {
  budget: Budget;
  departmentId: string;
  parent?: DepartmentIdentity['parent'];
  warnings: Warning[];
}

export function normalizeDocument(
  source: string,
  text: string,
  corrections: readonly Correction[],
  departments: readonly DepartmentIdentity[],
): NormalizedDocument {
  if (text.trim() === '') throw new NormalizeError('SOURCE_UNREADABLE', source, 'the document is empty');
  const { doc, applied } = applyCorrections(toDocument(source, text), corrections);
  const tables = segment(doc);
  if (tables.length === 0)
    throw new NormalizeError('NO_TABLES', source, 'no budget table (收支总体情况表, 支出总体情况表 …) was found: is this a department budget (部门预算)?');
  for (const kind of REQUIRED) {
    if (!tables.some((t) => t.kind === kind)) {
      throw new NormalizeError('TABLE_MISSING', source, `required table of kind "${kind}" not found (the document may be truncated)`);
    }
  }

  const meta = readMeta(doc);
  if (!meta.ok) throw new NormalizeError('META_MISSING', source, meta.reason);
  const profiled = detectProfile(doc, meta.value.department, templateOf(tables));
  if (!profiled.ok) throw new NormalizeError('META_MISSING', source, profiled.reason);
  // The budget's unit is the expenditure table's: every figure of the model is in it unless its table
  // says otherwise (BudgetTable.unit, ThreePublic.unit).
  const expenditureTable = tables.find((t) => t.kind === 'expenditure');
  const profile = { ...profiled.value, unit: expenditureTable?.unit ?? profiled.value.unit };
  const unitOf = (t: TableBlock) => t.unit ?? profile.unit;
  const national = profile.template === 'national';
  const readers = national ? nationalReaders : tableReaders;
  // The prose readers know the Guangzhou wording (万元 in text and tables alike); in the national
  // template the prose states 万元 where the tables print 元, so only the glossary is read there.
  const proseReaders = national ? [readGlossary] : documentReaders;
  const warnings: Warning[] = [];
  const warn = (w: Warning) => warnings.push(w);
  const parts: { kind: TableKind | 'document'; facts: Facts }[] = [];
  const raw: Budget['tables'] = [];
  for (const table of tables) {
    const { rows } = assembleRows(table.body);
    raw.push({
      key: table.key,
      kind: table.kind,
      unit: unitOf(table),
      number: table.number,
      title: table.title,
      ...(table.titleInferred ? { titleInferred: true } : {}),
      lines: table.lines,
      rows: national ? gridRows(table.body).map(toRawGridRow) : rows.map(toRawRow),
    });
    const reader = readers[table.kind];
    if (!reader) continue;
    const result = reader({ doc, profile, table, rows, warn });
    if (!result.ok) {
      throw new NormalizeError('TABLE_UNREADABLE', source, result.reason, { table: `${table.number || table.key} ${table.title}`, line: table.lines[0] });
    }
    parts.push({ kind: table.kind, facts: result.value });
  }
  for (const reader of proseReaders) {
    const result = reader({ doc, tables, warn });
    if (!result.ok) throw new NormalizeError('TABLE_UNREADABLE', source, result.reason);
    parts.push({ kind: 'document', facts: result.value });
  }
  // Units: the expenditure table's figures (基本/项目支出 per unit) first, so that a unit's total,
  // basic and project and its src come from one table; other tables only fill in what it lacks.
  const facts = mergeFacts([...parts.filter((p) => p.kind === 'expenditure'), ...parts.filter((p) => p.kind !== 'expenditure')].map((p) => p.facts));
  if (!facts.expenditure) throw new NormalizeError('TABLE_UNREADABLE', source, 'no expenditure total (支出合计) could be read');

  const { departmentId, known } = identify(departments, meta.value.department);
  const corrected: AppliedCorrection[] = applied.map((c) => ({ ...c, table: tables.find((t) => c.line >= t.lines[0] && c.line <= t.lines[1])?.key ?? 'text' }));
  const checks = labelTables(
    reconcile(facts, {
      partialTables: new Set(tables.filter((t) => t.kind === 'goodsServicesByUnit').map((t) => t.key)),
      projectScope: tables.some((t) => t.kind === 'projects' && t.title.startsWith('一般公共预算')) ? 'generalPublic' : 'all',
      economicScope: tables.some((t) => t.kind === 'basicByEconomic' && t.title.includes('一般公共预算')) ? 'generalPublic' : 'all',
    }),
    tables,
    (key) => unitOf(tables.find((t) => t.key === key) ?? expenditureTable ?? (tables[0] as TableBlock)),
  );
  // What the text lost: tables the 目录 lists but the text does not hold, a text ending inside a table.
  warnings.push(...completenessIssues(doc, tables, checks));
  const budget: Budget = {
    schemaVersion: 1,
    id: budgetId(departmentId, meta.value.year, profile.kind),
    departmentId,
    source,
    department: meta.value.department,
    region: known?.region ?? (profile.district || profile.city),
    // 原文出处: the department's own publication of this document, where departments.json states it.
    ...publicationOf(known, source),
    year: meta.value.year,
    kind: profile.kind,
    unit: profile.unit,
    profile,
    units: facts.units ?? [],
    income: facts.income ?? [],
    incomeTotal: facts.incomeTotal ?? facts.expenditure.total,
    expenditure: facts.expenditure,
    functional: facts.functional ?? [],
    functionalByFund: facts.functionalByFund ?? [],
    economic: facts.economic ?? [],
    basicByUnit: facts.basicByUnit ?? [],
    projects: facts.projects ?? [],
    ...(facts.finalTotals ? { finalTotals: facts.finalTotals } : {}),
    ...(facts.threePublic ? { threePublic: facts.threePublic } : {}),
    ...(facts.procurement ? { procurement: facts.procurement } : {}),
    narrative: facts.narrative ?? [],
    glossary: facts.glossary ?? [],
    printedTotals: facts.printedTotals ?? [],
    // 003 表六 prints only the main 款 of 商品和服务支出 (其中：主要经济分类“款”级科目预算).
    checks,
    sections: textSections(doc, facts),
    corrections: corrected,
    sourceIssues: warnings.filter((w) => SOURCE_ISSUES.has(w.code)).map((w) => ({ code: w.code, message: w.message, ...(w.at ? { src: w.at } : {}) })),
    tables: raw,
  };
  return { budget, departmentId, ...(known?.parent ? { parent: known.parent } : {}), warnings };
}

/**
 * The prose and 名词解释 sections that narrative and glossary figures cite, so that every SourceRef names a
 * part of the document a reader can open: the heading as printed and the lines the figures span.
 */
function textSections(doc: Document, facts: Facts): TextSection[] {
  const out: TextSection[] = [];
  const spanOf = (refs: readonly { lines: [number, number] }[]): [number, number] => [
    Math.min(...refs.map((r) => r.lines[0])),
    Math.max(...refs.map((r) => r.lines[1])),
  ];
  const narrative = (facts.narrative ?? []).map((n) => n.src).filter((r) => r.table === 'narrative');
  if (narrative.length > 0) {
    const [first, last] = spanOf(narrative);
    const heading = [...doc.lines].reverse().find((l) => l.n < first && isPartHeading(squash(l.text)));
    out.push({
      key: 'narrative',
      title: heading ? squash(heading.text).replace(/^(第[一二三四五六七八九十]部分)/u, '$1 ') : '情况说明',
      lines: [heading?.n ?? first, last],
    });
  }
  const glossary = (facts.glossary ?? []).map((g) => g.src);
  if (glossary.length > 0) {
    const [first, last] = spanOf(glossary);
    const heading = [...doc.lines].reverse().find((l) => l.n < first && /名词解释/u.test(l.text));
    out.push({
      key: 'glossary',
      title: heading
        ? squash(heading.text)
            .replace(/^[一二三四五六七八九十]+、/u, '')
            .replace(/^(第[一二三四五六七八九十]部分)/u, '$1 ')
        : '名词解释',
      lines: [heading?.n ?? first, last],
    });
  }
  return out;
}

/** The template family: the national table set where its titles are printed, else the local one. */
function templateOf(tables: readonly TableBlock[]): string {
  return tables.some((t) => t.national) ? 'national' : 'local';
}

/**
 * Readers see "表3 支出总体情况表", not the internal key "t03", in a check's sentence; and the unit the
 * compared figures are printed in (the catalog's sentences say 万元; a 元 table's figures are 元 — the
 * unit of the check's first table, so a 三公 check in a 元 document still says 万元 where that table does).
 */
function labelTables(
  checks: Budget['checks'],
  tables: readonly { key: string; number: string; title: string }[],
  unitOfTable: (key: string) => MoneyUnit,
): Budget['checks'] {
  const names = new Map(tables.map((t) => [t.key, `${t.number ? `${t.number} ` : ''}${t.title}`]));
  return checks.map((c) => {
    const unit = unitOfTable(c.refs[0]?.table ?? '');
    const message = c.message.replace(/\bt\d{2}\b/gu, (k) => `《${names.get(k) ?? k}》`);
    return { ...c, message: unit === '万元' ? message : message.replace(/ 万元/gu, ` ${unit}`) };
  });
}

/** The publication departments.json states for this source file, as a Budget field; nothing where none is stated. */
function publicationOf(known: DepartmentIdentity | undefined, source: string): { publication?: Publication } {
  const p = known?.publications?.find((x) => x.source === source);
  return p ? { publication: { url: p.url } } : {};
}
