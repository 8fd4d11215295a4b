import { describe, expect, it } from 'vitest';
import { isColumnIndexLine, leadingCode, parseAmount, readLine, squash } from '../../src/normalizer/cells';

describe('parseAmount: cell strings exactly as the sources print them', () => {
  it.each([
    ['1,182.90', '1182.90'],
    ['243. 57', '243.57'],
    ['3 , 750. 53', '3750.53'],
    ['24. 00', '24.00'],
    ['1309.71', '1309.71'],
    ['1182.9', '1182.9'],
    ['0.00', '0.00'],
    ['14,777.19', '14777.19'],
    ['0', '0'],
    ['-3.50', '-3.50'],
  ])('%j → %j', (printed, expected) => {
    const r = parseAmount(printed);
    expect(r).toEqual({ ok: true, value: expected });
  });

  it.each([[''], ['科学技术支出'], ['1.2.3'], ['12,34.5'], ['abc1.00']])('rejects %j', (printed) => {
    expect(parseAmount(printed).ok).toBe(false);
  });
});

describe('readLine', () => {
  it('separates the name from the amounts in a pdftotext line (000)', () => {
    const r = readLine('206 科学技术支出 1,182.90 377.90 805.00 0.00 0.00 0.00 0.00 ');
    expect(r.values).toEqual(['1182.90', '377.90', '805.00', '0.00', '0.00', '0.00', '0.00']);
    expect(r.printed[0]).toBe('1,182.90');
    expect(r.text).toEqual(['206 科学技术支出']);
  });

  it('reads OCR spaces inside numbers in a tab-separated line (001)', () => {
    const r = readLine('208\t社会保障和就业出\t243. 57\t243. 57\t0.00');
    expect(r.values).toEqual(['243.57', '243.57', '0.00']);
    expect(r.printed).toEqual(['243. 57', '243. 57', '0.00']);
    expect(r.text).toEqual(['208', '社会保障和就业出']);
  });

  it('keeps codes, column numbers, years and list markers out of the amounts', () => {
    expect(readLine('1 2 3 4 5 6 7 8 9').values).toEqual([]);
    expect(readLine('2060199 其他科学技术管理事').values).toEqual([]);
    expect(readLine('2021 年收入预算').values).toEqual([]);
    expect(readLine('5.优化完善平台').values).toEqual([]);
    expect(readLine('[50501]工资福利支出   [30101]基本工资 59.18').values).toEqual(['59.18']);
  });

  it('keeps blank-cell offsets of layout-preserved lines (003)', () => {
    const r = readLine('  合  计 15,947.98 14,777.19 14,777.19                   1,170.79 ');
    expect(r.values).toEqual(['15947.98', '14777.19', '14777.19', '1170.79']);
    expect(r.offsets[3]! - r.offsets[2]!).toBeGreaterThan(20);
  });
});

describe('leadingCode', () => {
  it.each([
    ['2010301 行政运行', '2010301', '行政运行'],
    ['[2060101]行政运行', '2060101', '行政运行'],
    ['201 03 02 190001', '2010302', '190001'],
    ['206', '206', ''],
    ['[301]工资福利支出', '301', '工资福利支出'],
  ])('%j', (text, code, rest) => {
    expect(leadingCode(text)).toEqual({ code, rest });
  });

  it('is null for names and unit codes', () => {
    expect(leadingCode('科学技术支出')).toBeNull();
    expect(leadingCode('550004')).toBeNull();
  });
});

describe('helpers', () => {
  it('squash joins names broken by extraction', () => {
    expect(squash('机关事业单位基本养 老保险缴费支出')).toBe('机关事业单位基本养老保险缴费支出');
  });
  it('recognises column-number lines', () => {
    expect(isColumnIndexLine('1 2 3 4 5 6 7 8 9 ')).toBe(true);
    expect(isColumnIndexLine('1\t2\t3')).toBe(true);
    expect(isColumnIndexLine('1 2 4')).toBe(false);
  });
});
