/**
 * The message catalog (src/app/i18n): both languages have every key (the type says so, and the objects do at
 * run time), the messages with parameters say what they should, and neither language leaks into the other —
 * a Chinese page showing an English sentence, or an English page a Chinese one, beyond the proper names and
 * 原文 terms an English sentence quotes on purpose (the allow-lists below say which, and why).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Dict } from '../../../src/app/i18n/dict';
import { zh } from '../../../src/app/i18n/zh';
import { en } from '../../../src/app/i18n/en';
import { dictFor, loadDict } from '../../../src/app/i18n';
import { TERM_KEYS } from '../../../src/app/glossary/terms';
import { nodeLabel } from '../../../src/charts/Sankey/words';
import { columnLabel } from '../../../src/tables/words';
import type { SankeyGraphNode } from '../../../src/model/sankeyGraph';
import { compareWords } from '../../../src/app/i18n/compareLang';

type Leaf = { path: string; value: unknown };

/** Every leaf (string, number, boolean, function) of a catalog, by its dotted path. */
function leaves(o: unknown, path = ''): Leaf[] {
  if (o !== null && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, value: o }];
}

// The check sentences are rendered from real checks and tested there (checkSentences.test.ts).
const SKIP = /^checkSentences\./;

/** A sample argument for a message parameter, by its name (the catalog's functions name them plainly). */
function sample(name: string): unknown {
  if (/^(a|b|n|f|r|first|last|total|year|inflow|outflow)$/.test(name)) return 3;
  if (name === 'u') return '万元';
  if (name === 'kind') return 'budget';
  if (name === 'term' || name === '_term') return 'procurement';
  if (name === 'key' || name === '_key') return 'generalPublic';
  if (name === 'code') return '301';
  if (name === 'subject') return undefined;
  // The first answer's sentence (headlineSentence.ts): one named 类, approximate and exact shares.
  if (name === 'sentence')
    return {
      year: 3,
      kind: 'budget',
      unit: '万元',
      total: '100.00',
      lines: [{ code: '206', name: '科学技术支出', amount: '91.40', per100: { yuan: '91', approximate: true } }],
      linesSummed: true,
      basic: { yuan: '37', approximate: false },
      project: { yuan: '63', approximate: false },
    };
  return 'X';
}

/** What a catalog says: its strings, and its messages called with sample arguments. */
function texts(dict: Dict): { path: string; text: string }[] {
  return leaves(dict)
    .filter((l) => !SKIP.test(l.path))
    .flatMap((l) => {
      if (typeof l.value === 'string') return [{ path: l.path, text: l.value }];
      if (typeof l.value !== 'function') return [];
      const fn = l.value as (...args: unknown[]) => unknown;
      const params = /^\(?([^)=]*)\)?\s*=>/.exec(fn.toString())?.[1] ?? '';
      const args = params
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)
        .map(sample);
      const out = fn(...args);
      return typeof out === 'string' ? [{ path: l.path, text: out }] : [];
    });
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** A text without what an English sentence may quote in Chinese: bracketed terms, quoted names, printed units. */
const withoutQuoted = (s: string) =>
  s
    .replace(/\([^()]*\)/g, '')
    .replace(/“[^”]*”/g, '')
    .replace(/\b\d[\d,]* ?(万元|元)/g, '');

describe('the catalog', () => {
  it('types both languages with the same keys (a missing key does not compile)', () => {
    expectTypeOf(zh).toEqualTypeOf<Dict>();
    expectTypeOf(en).toEqualTypeOf<Dict>();
  });

  it('has every key in both languages, of the same kind, at run time', () => {
    const shape = (d: Dict) => leaves(d).map((l) => `${l.path}:${typeof l.value}`);
    expect(shape(en)).toEqual(shape(zh));
  });

  it('is chosen by the language in the URL; the English one once its chunk is loaded', async () => {
    expect(dictFor('zh')).toBe(zh);
    expect(await loadDict('zh')).toBe(zh);
    expect(dictFor('en')).toBeNull();
    const pending = loadDict('en');
    expect(loadDict('en')).toBe(pending);
    expect(await pending).toBe(en);
    expect(dictFor('en')).toBe(en);
  });
});

describe('parameterised messages', () => {
  it('word a line range once (第 a–b 行 / lines a–b), and the places that cite the document around it', () => {
    expect(zh.lines(474, 474)).toBe('第 474 行');
    expect(zh.lines(474, 476)).toBe('第 474–476 行');
    expect(en.lines(474, 474)).toBe('line 474');
    expect(en.lines(474, 476)).toBe('lines 474–476');
    expect(zh.provenanceLines(474, 476)).toBe('原文第 474–476 行');
    expect(en.provenanceLines(474, 474)).toBe('line 474 of the document');
    expect(zh.glossary.lines(12, 14)).toBe('原文第 12–14 行');
    expect(en.glossary.lines(12, 12)).toBe('line 12');
    // The charts and tables get the same formatter.
    for (const d of [zh, en]) {
      expect(d.sankey.lines).toBe(d.lines);
      expect(d.tables.lines).toBe(d.lines);
    }
  });

  it('name units, kinds, counts and sources', () => {
    expect(zh.unit('万元')).toBe('万元');
    expect(en.unit('万元')).toBe('×10,000 yuan');
    expect(en.unit('元')).toBe('yuan');
    expect(zh.headlineTotal('final', 2025)).toBe('2025 年部门决算 本年支出合计');
    expect(en.headlineTotal('budget', 2021)).toBe('Department budget 2021: total spending');
    expect(en.catalogRounding(1)).toBe('1 rounding difference');
    expect(en.catalogRounding(2)).toBe('2 rounding differences');
    expect(zh.checksSummaryText(0, 6, 135)).toBe('135 项核对中没有相互矛盾的数字；另有 6 处舍入差异，列在下方。');
    expect(zh.paren('a')).toBe('（a）');
    expect(en.paren('a')).toBe(' (a)');
    expect(zh.incomeName('generalPublic', '一般公共预算拨款')).toBe('一般公共预算拨款');
    expect(en.incomeName('generalPublic', '一般公共预算拨款')).not.toMatch(CJK);
    expect(zh.leiName('206')).toBeUndefined();
    expect(en.leiName('206')).toBe('Science and technology');
  });

  it('never show a text section by its raw key (“报表 narrative”)', () => {
    expect(zh.unknownTable('narrative')).toBe('预算情况说明（文字部分）');
    expect(zh.unknownTable('glossary')).toBe('名词解释');
    expect(en.unknownTable('narrative')).not.toContain('narrative');
    expect(zh.unknownTable('t99')).toBe('报表 t99');
  });

  it('give the charts and tables their words in the page language', () => {
    expect(zh.sankey.tableCaption('万元')).toBe('资金流向（文字版）（单位：万元）');
    expect(en.sankey.tableCaption('元')).toBe('Money flows (text version), amounts in yuan (元)');
    expect(zh.sankey.issueLine('差', '208', '1.00', '2.00', '-1.00')).toBe('差（208）：1.00 / 2.00，差额 -1.00');
    expect(en.sankey.issueLine('Gap', undefined, '1.00', '2.00', '-1.00')).toBe('Gap: 1.00 / 2.00, difference -1.00');
    const cls = { id: 'c', kind: 'economicClass', code: '301', name: '' } as SankeyGraphNode;
    expect(nodeLabel(cls, zh.sankey)).toBe('301 工资福利支出');
    expect(nodeLabel(cls, en.sankey)).toBe('301 Wages and benefits');
    expect(columnLabel('functionalName', zh.tables)).toBe('功能分类科目');
    expect(columnLabel('functionalName', en.tables)).toBe('Function');
    expect(columnLabel('上年结转', zh.tables, 'carryover')).toBe('上年结转');
    expect(columnLabel('上年结转', en.tables, 'carryover')).not.toMatch(CJK);
    expect(en.tables.unitValue('万元')).toBe('10,000 yuan (万元)');
  });

  it('word the compare page’s CSV heads and flags', () => {
    expect(compareWords('zh').csvHead.amount('2021', 'haizhu-data-bureau-2021', '万元')).toBe('2021 haizhu-data-bureau-2021 金额（万元）');
    expect(compareWords('en').csvHead.amount('2021', 'haizhu-data-bureau-2021', '万元')).toBe('2021 haizhu-data-bureau-2021 amount (10,000 yuan, 万元)');
    expect(compareWords('zh').flag('名称不同')).toBe('［名称不同］');
    expect(compareWords('en').flag('Name differs')).toBe(' [Name differs]');
    expect(compareWords('en').incomeLine('generalPublic', '一般公共预算拨款')).toMatch(/\(一般公共预算拨款\)$/);
  });

  it('gives every glossary term an English rendering, and a note of its own where no document explains it', () => {
    for (const term of TERM_KEYS) {
      expect(withoutQuoted(en.glossary.translation(term) ?? '中'), term).not.toMatch(CJK);
      expect(zh.glossary.translation(term)).toBeNull();
    }
    expect(zh.glossary.siteNoteText('carryover')).toMatch(CJK);
    expect(zh.glossary.siteNoteText('basic')).toBeNull();
  });
});

/**
 * English in the Chinese catalog: only what a Chinese reader sees in English anyway (names of formats and
 * keys, the language switch's own label, the app's technical words).
 */
const ZH_LATIN_ALLOWED = new Set(['otherLang', 'otherLangLabel', 'otherLangCode', 'otherLangHtml', 'htmlLang', 'sankey.htmlLang', 'tables.htmlLang']);

/** A Latin-only sentence: three or more words and no Chinese at all. */
const latinSentence = (s: string) => !CJK.test(s) && (s.match(/[A-Za-z]{2,}/g) ?? []).length >= 3;

/**
 * Chinese in the English catalog, on purpose: terms of the documents given beside their translation, in
 * brackets (“Final account totals (决算总表)”, “10,000 yuan (万元)”), names quoted as printed, and the other
 * language's button. What is left after taking those out must be empty.
 */
const EN_CJK_ALLOWED: Readonly<Record<string, string>> = {
  otherLang: 'the button to the Chinese page is written in Chinese',
  otherLangLabel: 'the button to the Chinese page is written in Chinese',
  // “1 万元 = 10,000 元”: the conversion names both units as printed.
  catalogUnitNote: 'the conversion names the units as printed',
  'compare.converted': 'the conversion names the units as printed',
  'compare.printedFigure': 'the conversion names the units as printed',
  'compare.printsIn': 'says which unit a document prints, as printed (元, 万元)',
  // A flow of the chart named by the 款 level it shows.
  'sankey.showKuan': 'the level is named as printed (款)',
};

describe('no language leaks into the other', () => {
  it('the Chinese catalog has no English sentence', () => {
    // Every string and every message (called with sample arguments) is looked at.
    expect(texts(zh).length).toBeGreaterThan(400);
    const leaks = texts(zh).filter((t) => !ZH_LATIN_ALLOWED.has(t.path) && latinSentence(t.text));
    expect(leaks).toEqual([]);
  });

  it('the English catalog has no Chinese beyond bracketed terms and quoted names', () => {
    const leaks = texts(en).filter((t) => !(t.path in EN_CJK_ALLOWED) && CJK.test(withoutQuoted(t.text)));
    expect(leaks).toEqual([]);
  });

  it('each page shows the crosswalk’s reasons in its own language, under a label in that language', () => {
    expect(compareWords('zh').reasonIn).toBe('zh');
    expect(compareWords('zh').reasonLabel).toMatch(CJK);
    expect(compareWords('zh').reasonLabel).not.toContain('data/crosswalk.json');
    expect(compareWords('zh').reasonLabelEnglish).toMatch(CJK);
    expect(compareWords('en').reasonIn).toBe('en');
  });
});
