/**
 * amountView.ts: the words and formatters a page gives its charts and tables in each mode. In 百万元 mode the
 * figures and their unit words change; the tables' source note and CSV words (unitAfter, unitValue) keep the
 * printed unit, as the figure they go with is the printed one.
 */
import { describe, expect, it } from 'vitest';
import { amountView, sankeyWordsFor, tableWordsFor } from '../../../src/app/amounts/amountView';
import { en } from '../../../src/app/i18n/en';
import { zh } from '../../../src/app/i18n/zh';

describe('amountView', () => {
  it('printed mode is the catalog untouched', () => {
    const av = amountView(en, 'printed');
    expect(av.text('4417.50', '万元')).toBe('4,417.50');
    expect(av.unit('万元')).toBe(en.unit('万元'));
    expect(sankeyWordsFor(en, 'printed', '万元')).toBe(en.sankey);
    expect(tableWordsFor(zh, 'printed', '元')).toBe(zh.tables);
  });

  it('million mode converts the figure and names 百万元', () => {
    const av = amountView(en, 'million');
    expect(av.text('4417.50', '万元')).toBe('44.1750');
    expect(av.text('3286618082.20', '元')).toBe('3,286.61808220');
    expect(av.unit('万元')).toBe('million yuan');
    expect(av.colAmount('元')).toBe('Amount (million yuan)');
    expect(amountView(zh, 'million').unit('元')).toBe('百万元');
    expect(amountView(zh, 'million').unitShort('万元')).toBe('单位：百万元');
  });

  it('the Sankey and tables get the formatter; the tables keep the printed unit for the source note and CSV', () => {
    const s = sankeyWordsFor(zh, 'million', '万元');
    expect(s.formatAmount?.('1566.29')).toBe('15.6629');
    expect(s.unitAfter('万元')).toBe('百万元');
    expect(s.unitNote('万元')).toBe('单位：百万元');
    expect(s.tableCaption('万元')).toBe('资金流向（文字版）（单位：百万元）');
    const t = tableWordsFor(en, 'million', '元');
    expect(t.formatAmount?.('1000000.00')).toBe('1.00000000');
    expect(t.unitNote('元')).toBe('Amounts in million yuan (百万元)');
    expect(t.unitAfter('元')).toBe(en.tables.unitAfter('元'));
    expect(t.unitValue('万元')).toBe(en.tables.unitValue('万元'));
  });
});
