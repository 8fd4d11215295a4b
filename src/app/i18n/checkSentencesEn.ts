/**
 * English check sentences, one builder per CheckCode (see checkSentences.ts). Names of lines, projects,
 * units and tables stay as printed (Chinese), with their codes; everything else is English.
 */
import type { CheckCode, CheckParams, IncomeKey } from '../../model/types';
import { tableNumber, type CheckSentenceCatalog, type SentenceFigures, type SentenceLookup } from './checkSentences';

const COLUMN: Record<string, string> = { total: 'total', basic: 'basic spending', project: 'project spending' };
const SPENDING: Record<string, string> = { basic: 'basic spending', project: 'project spending' };

/** Funds by IncomeKey, as they read inside a sentence. */
const FUNDS: Readonly<Record<IncomeKey, string>> = {
  generalPublic: 'general public budget',
  govFund: 'government fund budget',
  stateCapital: 'state capital operations budget',
  fiscalSpecial: 'special fiscal account funds',
  business: 'service revenue',
  operating: 'operating revenue',
  otherIncome: 'other revenue',
  superiorSubsidy: 'subsidies from higher-level units',
  subordinateRemit: 'remittances from subordinate units',
  businessFund: 'institution fund drawn on',
  carryover: 'carry-over from last year',
};
const fundName = (key: string) => (FUNDS as Readonly<Record<string, string>>)[key] ?? key;

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A table number in Chinese numerals (表十二) in digits: 十二 → 12; digits and anything else unchanged. */
export function arabicNumber(n: string): string {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(n);
  if (!m || n === '') return n;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? String(CN_DIGITS[tens]) : n;
  return String((tens ? (CN_DIGITS[tens] ?? 1) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0));
}

/** "Table 3 (支出总体情况表)"; "the table 支出决算表" where no number is printed. */
/** A table or text section the budget does not describe: the text sections by what they are, else the key. */
export function unknownTableEn(key: string): string {
  const sections: Record<string, string> = { narrative: 'the budget’s explanatory text', glossary: 'the glossary (名词解释)' };
  return sections[key] ?? `table ${key}`;
}

function table(key: string | undefined, look: SentenceLookup): string {
  if (!key) return '';
  const t = look.table(key);
  if (!t) return unknownTableEn(key);
  const n = tableNumber(t);
  return n ? `Table ${arabicNumber(n)} (${t.title})` : `the table ${t.title}`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const line = (p: CheckParams) => `${p.code} ${p.name}`;
const where = (...parts: (string | undefined | false)[]) => parts.filter((x): x is string => !!x).join(', ');
const unitOf = (p: CheckParams) => (p.unit ? `sub-unit ${p.unit}` : undefined);

/** Parts against a printed whole: "the parts add up to A, but the whole is printed as E (…)". */
function sum(subject: string, parts: string, whole: string, f: SentenceFigures): string {
  const head = `${subject ? `${subject}: ` : ''}${parts} add up to ${f.actual}`;
  return cap(f.status === 'pass' ? `${head}, the same as ${whole}.` : `${head}, but ${whole} is printed as ${f.expected} (a difference of ${f.gapNumber}).`);
}

/** Two printed figures of one thing: the first (actual) against the second (expected). */
function pair(subject: string, first: string, second: string, f: SentenceFigures): string {
  const head = subject ? `${subject}: ` : '';
  return cap(
    f.status === 'pass'
      ? `${head}${first} and ${second} are both printed as ${f.expected}.`
      : `${head}${first} is printed as ${f.actual}, but ${second} as ${f.expected} (a difference of ${f.gapNumber}).`,
  );
}

/** Procurement against the budget it belongs to (a limit). */
function limit(part: string, whole: string, f: SentenceFigures): string {
  return cap(
    f.over
      ? `${part} is printed as ${f.actual}, more than ${whole} of ${f.expected} (over by ${f.gapNumber}).`
      : `${part} is printed as ${f.actual}, within ${whole} of ${f.expected}.`,
  );
}

/** Printed figures' keys (expenditure.total, income.generalPublic, functional.201 …) in words. */
function figureName(key: string, look: SentenceLookup): string {
  const named: Record<string, string> = {
    'expenditure.total': 'Total spending',
    'expenditure.basic': 'Basic spending',
    'expenditure.project': 'Project spending',
    'expenditure.thisYear': 'Spending for the year',
    'income.total': 'Total income',
    'income.thisYear': 'Income for the year',
    'income.fiscal': 'Fiscal appropriations',
    'income.otherFunds': 'Other funds',
    'generalPublic.total': 'General public budget spending',
    'generalPublic.basic': 'General public budget basic spending',
    'generalPublic.project': 'General public budget project spending',
    'govFund.total': 'Government fund budget spending',
    'stateCapital.total': 'State capital operations budget spending',
    'threePublic.total': '"Three public" expenses',
    'threePublic.outbound': 'Overseas trips',
    'threePublic.vehicle': 'Official vehicles (purchase and running)',
    'threePublic.vehiclePurchase': 'Official vehicle purchase',
    'threePublic.vehicleOperation': 'Official vehicle running costs',
    'threePublic.reception': 'Official receptions',
    'threePublic.meeting': 'Meetings',
    'threePublic.adminCost': 'Administrative running costs',
    'procurement.total': 'Government procurement',
    'procurement.goods': 'Procurement of goods',
    'procurement.works': 'Procurement of works',
    'procurement.services': 'Procurement of services',
  };
  if (named[key]) return named[key];
  const [head = '', ...rest] = key.split('.');
  const tail = rest.join('.');
  if (head === 'income' && tail) return `Income from the ${fundName(tail)}`;
  if (head === 'functional' && /^\d+$/u.test(tail)) return `Functional class ${`${tail} ${look.functionalName(tail) ?? ''}`.trim()}`;
  if (head === 'keyProject' && tail) return `The project “${tail}”`;
  return key;
}

export const CHECK_SENTENCES_EN: CheckSentenceCatalog = {
  FUNCTIONAL_CHILDREN_SUM: (p, f, look) =>
    p.code && p.name && p.column && COLUMN[p.column]
      ? sum(where(table(p.table, look), unitOf(p), line(p), COLUMN[p.column]), 'the sub-lines', 'the line itself', f)
      : null,
  ROW_BASIC_PLUS_PROJECT: (p, f, look) =>
    p.code && p.name ? sum(where(table(p.table, look), unitOf(p), line(p)), 'basic and project spending', 'the line’s total', f) : null,
  ECONOMIC_CHILDREN_SUM: (p, f, look) =>
    p.code && p.name ? sum(where(table(p.table, look), unitOf(p), SPENDING[p.spending ?? ''], line(p)), 'its sub-lines', 'the line itself', f) : null,
  ECONOMIC_SUM_BASIC: (p, f, look) => sum(table(p.table, look), 'the economic classes of basic spending', 'the table’s total', f),
  ECONOMIC_SUM_PROJECT: (p, f, look) => sum(table(p.table, look), 'the economic classes of project spending', 'the table’s total', f),
  FUNCTIONAL_TOTAL: (p, f, look) => {
    const col = COLUMN[p.column ?? 'total'];
    if (!col) return null;
    const whole = p.column === 'total' || !p.column ? 'total spending' : `total ${col}`;
    switch (p.scope) {
      case 'expenditure':
        return sum(table(p.table, look), `the functional classes (${col} column)`, whole, f);
      case 'summary':
      case 'fiscalSummary':
        return sum(table(p.table, look), 'the spending classes', 'the spending total for the year', f);
      case 'fund':
        return sum(table(p.table, look), `the classes (${col} column)`, `the table’s ${whole}`, f);
      default:
        return null;
    }
  },
  INCOME_EQUALS_EXPENDITURE: (_p, f) => pair('', 'total income', 'total spending', f),
  INCOME_LINES_SUM: (_p, f) => sum('', 'the income sources', 'total income', f),
  BASIC_PLUS_PROJECT: (_p, f) => sum('', 'basic and project spending', 'total spending', f),
  PROJECTS_SUM: (p, f, look) => {
    switch (p.scope) {
      case 'table':
        return sum(table(p.table, look), 'the projects', 'the table’s total', f);
      case 'generalPublic':
      case 'expenditure':
        return sum('', 'the projects', `project spending in ${table(p.table, look)}`, f);
      case 'unit':
        return p.unit ? sum(`Sub-unit ${p.unit}`, 'its projects', 'its project subtotal', f) : null;
      case 'column':
        return p.fund ? sum(`The “${fundName(p.fund)}” column of the project table`, 'the projects', 'the total row', f) : null;
      default:
        return null;
    }
  },
  UNITS_SUM: (p, f, look) => {
    switch (p.scope) {
      case 'unitsBasic':
        return sum(table(p.table, look), 'the sub-units’ basic spending figures', 'the table’s total', f);
      case 'unitsTotal':
        return sum('', 'the sub-units’ totals', 'the department’s total spending', f);
      case 'unitCategories':
        return p.unit ? sum(`Sub-unit ${p.unit}`, 'its basic-spending categories', 'its basic spending total', f) : null;
      case 'unitsTable':
        return pair('', `the total of ${table(p.table, look)}`, 'the department’s basic spending', f);
      case 'allCategories':
        return sum(table(p.table, look), 'every sub-unit’s basic-spending categories', 'total basic spending', f);
      default:
        return null;
    }
  },
  THREE_PUBLIC_PARTS: (p, f) =>
    p.part === 'vehicle'
      ? sum('Official vehicles', 'purchase and running costs', 'the vehicle total', f)
      : sum('"Three public" expenses', 'overseas trips, official vehicles and official receptions', 'their total', f),
  PROCUREMENT_PARTS: (p, f) =>
    sum('Government procurement', p.scope === 'items' ? 'the purchase items' : 'goods, works and services', 'the procurement total', f),
  PROCUREMENT_WITHIN_BUDGET: (p, f) => {
    if (p.scope === 'project') return p.name ? limit(`procurement for the project “${p.name}”`, 'the project’s budget', f) : null;
    return limit(p.source === 'narrative' ? 'the procurement budget in the text' : 'the procurement budget in the tables', 'total spending', f);
  },
  FUND_MATCHES_INCOME: (p, f) => {
    if (!p.fund) return null;
    const name = cap(fundName(p.fund));
    if (p.scope === 'classes') return sum(`${name} (its spending table prints no total)`, 'its classes', 'the income from it', f);
    return pair(name, 'income', 'spending', f);
  },
  NARRATIVE_MATCHES_TABLE: (p, f, look) => {
    if (!p.label) return null;
    const t = table(p.table, look) || 'the tables';
    return cap(
      f.status === 'pass'
        ? `The text and ${t} both give “${p.label}” as ${f.expected}.`
        : `The text gives “${p.label}” as ${f.actual}, but ${t} prints ${f.expected} (a difference of ${f.gapNumber}).`,
    );
  },
  TABLES_AGREE: (p, f, look) => {
    if (!p.key || !p.table || !p.otherTable) return null;
    const [one, other] = [table(p.table, look), table(p.otherTable, look)];
    return f.status === 'pass'
      ? `${figureName(p.key, look)}: ${other} and ${one} both print ${f.expected}.`
      : `${figureName(p.key, look)}: ${other} prints ${f.actual}, but ${one} prints ${f.expected} (a difference of ${f.gapNumber}).`;
  },
  FUNCTIONAL_MATCHES_ECONOMIC: (p, f, look) =>
    p.code && p.economicCode
      ? pair(
          'The same spending',
          `economic line ${`${p.economicCode} ${p.economicName ?? ''}`.trim()}`,
          `the basic spending of functional line ${line(p)}${p.table ? ` in ${table(p.table, look)}` : ''}`,
          f,
        )
      : null,
  ECONOMIC_MATCHES_BASIC: (p, f, look) => {
    const codes = (p.code ?? '').split('+');
    const classes = `economic class${codes.length > 1 ? 'es' : ''} ${codes.join(' + ')}`;
    switch (p.scope) {
      case 'total':
        return pair(
          '',
          `the total of ${table(p.table, look)}`,
          `the ${p.fund === 'generalPublic' ? 'general public budget’s' : 'department’s'} ${SPENDING[p.spending ?? 'basic'] ?? 'basic spending'}`,
          f,
        );
      case 'personnel':
      case 'public':
        return sum('', classes, p.scope === 'personnel' ? 'the personnel costs total' : 'the public costs total', f);
      case 'category':
        if (!p.category) return null;
        return f.status === 'pass'
          ? `Basic spending “${p.category}”: ${classes} and the sub-units’ “${p.category}” lines both come to ${f.expected}.`
          : `Basic spending “${p.category}”: ${classes} ${codes.length > 1 ? 'come' : 'comes'} to ${f.actual}, but the sub-units’ “${p.category}” lines add up to ${f.expected} (a difference of ${f.gapNumber}).`;
      default:
        return null;
    }
  },
  FINAL_TOTALS: (p, f) =>
    p.side === 'expenditure'
      ? sum('Spending side', 'spending for the year, surplus distribution and balances carried forward', 'the grand total', f)
      : sum('Income side', 'income for the year, non-fiscal surplus used and balances brought forward', 'the grand total', f),
};

/** Each check's rule, named (数据核对 list). */
export const CHECK_NAMES_EN: Readonly<Record<CheckCode, string>> = {
  INCOME_EQUALS_EXPENDITURE: 'Total income equals total expenditure',
  BASIC_PLUS_PROJECT: 'Basic + project spending = total spending',
  ROW_BASIC_PLUS_PROJECT: 'Each row: basic + project = total',
  FUNCTIONAL_CHILDREN_SUM: 'Functional classification: each heading equals the sum of its items',
  FUNCTIONAL_TOTAL: 'Functional classification adds up to total spending',
  ECONOMIC_SUM_BASIC: 'Economic classification adds up to basic spending',
  ECONOMIC_SUM_PROJECT: 'Economic classification adds up to project spending',
  ECONOMIC_CHILDREN_SUM: 'Economic classification: each heading equals the sum of its items',
  PROJECTS_SUM: 'Projects add up to project spending',
  UNITS_SUM: 'Sub-units add up to the department total',
  INCOME_LINES_SUM: 'Income sources add up to total income',
  THREE_PUBLIC_PARTS: '"Three public" expenses add up',
  PROCUREMENT_PARTS: 'Procurement parts add up',
  PROCUREMENT_WITHIN_BUDGET: 'Procurement within the budget',
  FUND_MATCHES_INCOME: 'Each fund spends what it receives',
  NARRATIVE_MATCHES_TABLE: 'Figures in the text match the tables',
  TABLES_AGREE: 'Tables agree with each other',
  FUNCTIONAL_MATCHES_ECONOMIC: 'Functional and economic lines of the same spending agree',
  ECONOMIC_MATCHES_BASIC: 'Economic classes add up to the basic spending they break down',
  FINAL_TOTALS: 'Final account: grand total = this year + carry-over',
};

/** Kinds of damage in the source text (Budget.sourceIssues[].code); the message itself is in Chinese. */
export const SOURCE_ISSUE_NAMES_EN: Readonly<Record<string, string>> = {
  TABLE_INCOMPLETE: 'Table incomplete in the extracted text',
  COLUMNS_UNDECIDED: 'Column of a figure undecidable',
  ROWS_SHIFTED: 'Figures shifted against their rows',
};
