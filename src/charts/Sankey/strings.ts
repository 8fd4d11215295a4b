/**
 * Words of the Sankey view in Chinese and English. Self-contained (the chart does not read the app's i18n),
 * so that it can be mounted anywhere with a `lang` prop.
 */
import { INCOME_NAMES_EN } from '../../model/incomeNames';
import type { IncomeKey, MoneyUnit, Spending } from '../../model/types';
import { ECONOMIC_CLASS_NAMES } from '../../model/tableRows';
import type { SankeyDerivation, SankeyGraphNode, SankeyIssueCode, SankeyNoteKind } from '../../model/sankeyGraph';

export type Lang = 'zh' | 'en';

const INCOME_EN: Readonly<Record<IncomeKey, string>> = INCOME_NAMES_EN;

const CLASS_NAMES = ECONOMIC_CLASS_NAMES;

const SPENDING: Record<Spending, { zh: string; en: string }> = {
  basic: { zh: '基本支出', en: 'Basic spending' },
  project: { zh: '项目支出', en: 'Project spending' },
};

const NOTES: Record<SankeyNoteKind, { zh: string; en: string; explain: { zh: string; en: string } }> = {
  incomeSplitUnknown: {
    zh: '全部收入（来源未细分）',
    en: 'All income (split by source not itemised)',
    explain: {
      zh: '来源文件没有列明（或没有一致地列明）各项收入如何分配到基本支出和项目支出，因此先合并为全部收入，不作估算。',
      en: 'The document gives no split of each income source between basic and project spending that adds up, so the sources are pooled here; nothing is estimated.',
    },
  },
  economicNotItemised: {
    zh: '未按经济分类细分（来源未细分）',
    en: 'Not itemised by economic class in the source',
    explain: {
      zh: '来源文件列出了该项支出总额，但没有（全部）按经济分类列明。',
      en: 'The document prints this spending total but does not break (all of) it down by economic class.',
    },
  },
  kuanNotItemised: {
    zh: '未细分到款（来源未细分）',
    en: 'Not itemised to sub-class (款) in the source',
    explain: {
      zh: '来源文件列出了该类合计，但没有（全部）列明到款级科目。',
      en: 'The document prints the class total but does not break (all of) it down into sub-classes.',
    },
  },
  incomeExceedsSpending: {
    zh: '差额：收入多于基本和项目支出（来源数据不平衡）',
    en: 'Gap: income exceeds basic + project spending (the source does not balance)',
    explain: {
      zh: '所列收入之和大于基本支出与项目支出之和。此差额按来源原样显示，没有调整。',
      en: 'The income lines add up to more than basic + project spending. The difference is shown as printed, not adjusted.',
    },
  },
  spendingExceedsIncome: {
    zh: '差额：支出多于所列收入（来源数据不平衡）',
    en: 'Gap: spending exceeds listed income (the source does not balance)',
    explain: {
      zh: '基本支出与项目支出之和大于所列收入之和。此差额按来源原样显示，没有调整。',
      en: 'Basic + project spending add up to more than the income lines. The difference is shown as printed, not adjusted.',
    },
  },
  economicExceedsSpending: {
    zh: '差额：经济分类合计多于支出总额（来源数据不平衡）',
    en: 'Gap: economic classes exceed the spending total (the source does not balance)',
    explain: {
      zh: '按经济分类列出的金额之和大于该项支出总额。',
      en: 'The economic classes add up to more than the spending total printed for them.',
    },
  },
  kuanExceedsClass: {
    zh: '差额：款级合计多于类（来源数据不平衡）',
    en: 'Gap: sub-classes exceed their class (the source does not balance)',
    explain: {
      zh: '款级科目之和大于所属类的金额。',
      en: 'The sub-classes add up to more than their class.',
    },
  },
};

const DERIVATION: Record<SankeyDerivation, { zh: string; en: string }> = {
  printed: { zh: '来源文件所列数字', en: 'As printed in the source' },
  sum: { zh: '来源文件所列数字之和（精确相加）', en: 'Exact sum of printed figures' },
  balance: {
    zh: '由收支平衡得出（收入合计 = 基本支出 + 项目支出）',
    en: 'Fixed by the budget balance (income = basic + project spending)',
  },
  remainder: { zh: '所列总额减去所列明细（精确相减）', en: 'Printed total minus printed parts (exact)' },
};

const ISSUES: Record<SankeyIssueCode, { zh: string; en: string }> = {
  INCOME_LINES_NOT_TOTAL: { zh: '各收入来源之和与所列收入总计不一致', en: 'Income sources do not add up to the printed total income' },
  SPENDING_PARTS_NOT_TOTAL: { zh: '基本支出与项目支出之和与所列支出总计不一致', en: 'Basic + project spending differ from the printed total spending' },
  INCOME_NOT_SPENDING: {
    zh: '收入来源之和与基本支出加项目支出不一致（见差额节点）',
    en: 'Income sources differ from basic + project spending (see the gap node)',
  },
  ECONOMIC_EXCEEDS_SPENDING: { zh: '经济分类合计多于支出总额（见差额节点）', en: 'Economic classes exceed the spending total (see the gap node)' },
  KUAN_EXCEEDS_CLASS: { zh: '款级合计多于所属类（见差额节点）', en: 'Sub-classes exceed their class (see the gap node)' },
  NEGATIVE_AMOUNT: { zh: '负数金额无法画成流向，已略去（见下列数字）', en: 'A negative amount cannot be drawn as a flow and is left out (figures below)' },
};

const UI = {
  zh: {
    title: '资金流向',
    caption: '收入来源 → 基本/项目支出 → 经济分类',
    showKuan: '显示经济分类“款”级科目',
    partIncome: '① 收入来源 → 基本支出 / 项目支出',
    partSpending: '② 基本支出 / 项目支出 → 经济分类（两图比例相同）',
    showTable: '以表格显示流向',
    hideTable: '隐藏流向表格',
    tableCaption: '资金流向（文字版）',
    from: '来源',
    to: '去向',
    basis: '依据',
    issuesTitle: '来源数据的问题（原样显示，未作调整）',
    error: '无法绘制桑基图：',
    empty: '该预算没有可绘制的资金流向。',
    sources: '出处',
    line: (a: number, b: number) => (a === b ? `第 ${a} 行` : `第 ${a}–${b} 行`),
    more: (n: number) => `另有 ${n} 处`,
    inflow: '流入',
    outflow: '流出',
    shareOf: (name: string, pct: string) => `占“${name}”的 ${pct}`,
    hint: '将鼠标移到或点按流向、节点以查看金额；可用 Tab 键逐个浏览。',
    close: '关闭',
    rule: {
      single: '只有一项收入来源，其分配由收支平衡确定。',
      fundTables: '各项收入分配到基本/项目支出的金额取自分资金来源的支出表。',
      projectFunding: '项目支出的资金来源取自项目支出表，其余收入用于基本支出（由收支平衡确定）。',
      pool: '来源文件没有列明（或没有一致地列明）各项收入如何分配到基本/项目支出，故经“全部收入（来源未细分）”节点汇合，不作估算。',
      none: '',
    },
  },
  en: {
    title: 'Where the money goes',
    caption: 'Income sources → basic / project spending → economic classes',
    showKuan: 'Show economic sub-classes (款)',
    partIncome: '① Income sources → basic / project spending',
    partSpending: '② Basic / project spending → economic classes (same scale as above)',
    showTable: 'Show flows as a table',
    hideTable: 'Hide the flows table',
    tableCaption: 'Money flows (text version)',
    from: 'From',
    to: 'To',
    basis: 'Basis',
    issuesTitle: 'Problems in the source data (shown as printed, not adjusted)',
    imbalance: (name: string, inflow: string, outflow: string) => `Node “${name}”: inflow ${inflow} ≠ outflow ${outflow}`,
    error: 'The Sankey diagram cannot be drawn: ',
    empty: 'This budget has no flows to draw.',
    sources: 'Source',
    line: (a: number, b: number) => (a === b ? `line ${a}` : `lines ${a}–${b}`),
    more: (n: number) => `and ${n} more`,
    inflow: 'In',
    outflow: 'Out',
    shareOf: (name: string, pct: string) => `${pct} of “${name}”`,
    hint: 'Hover or tap a flow or node to see its amount; Tab moves through them.',
    close: 'Close',
    rule: {
      single: 'There is one income source; its split follows from the budget balance.',
      fundTables: 'The split of each income source comes from the per-fund spending tables.',
      projectFunding: 'Project funding by source comes from the project table; the remaining income pays basic spending (budget balance).',
      pool: 'The document gives no split of each income source between basic and project spending that adds up, so the sources meet in “All income (split by source not itemised)”; nothing is estimated.',
      none: '',
    },
  },
} as const;

/** The words that name the budget's unit (元 or 万元: the chart shows amounts as the budget prints them). */
const UNIT_WORDS = {
  zh: (u: MoneyUnit) => ({
    unit: `单位：${u}`,
    amount: `金额（${u}）`,
    /** After an amount. */
    wan: u,
    imbalance: (name: string, inflow: string, outflow: string) => `节点“${name}”流入 ${inflow}、流出 ${outflow} ${u}，不相等`,
  }),
  en: (u: MoneyUnit) => ({
    unit: u === '元' ? 'Amounts in yuan (元)' : 'Amounts in 10,000 yuan (万元)',
    amount: u === '元' ? 'Amount (yuan)' : 'Amount (10,000 yuan)',
    wan: u === '元' ? 'yuan' : '×10,000 yuan',
    imbalance: (name: string, inflow: string, outflow: string) => `Node “${name}”: inflow ${inflow} ≠ outflow ${outflow}`,
  }),
};

export type SankeyStrings = (typeof UI)[Lang] & ReturnType<(typeof UNIT_WORDS)[Lang]>;

export function sankeyStrings(lang: Lang, unit: MoneyUnit): SankeyStrings {
  return { ...UI[lang], ...UNIT_WORDS[lang](unit) };
}

export function noteText(note: SankeyNoteKind, lang: Lang): { label: string; explain: string } {
  const n = NOTES[note];
  return { label: n[lang], explain: n.explain[lang] };
}

export function derivationText(d: SankeyDerivation, lang: Lang): string {
  return DERIVATION[d][lang];
}

export function issueText(code: SankeyIssueCode, lang: Lang): string {
  return ISSUES[code][lang];
}

/** The label of a node in the chosen language. Printed Chinese names are kept in Chinese mode. */
export function nodeLabel(node: SankeyGraphNode, lang: Lang): string {
  switch (node.kind) {
    case 'income':
      return lang === 'en' && node.incomeKey ? INCOME_EN[node.incomeKey] : node.name;
    case 'spending':
      return node.spending ? SPENDING[node.spending][lang] : node.name;
    case 'economicClass': {
      const std = node.code ? CLASS_NAMES[node.code] : undefined;
      const name = lang === 'en' ? (std?.en ?? node.name) : node.name || (std?.zh ?? '');
      return `${node.code ?? ''} ${name}`.trim();
    }
    case 'economicItem':
      return `${node.code ?? ''} ${node.name}`.trim();
    case 'pool':
    case 'unitemised':
    case 'gap':
      return node.note ? NOTES[node.note][lang] : node.name;
  }
}
