import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvFileName, parseCsv, toCsv } from '../../src/model/csv';

describe('csv', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const text = toCsv(['编码', '名称', '合计'], [['206', '科学技术支出', '5411.72']]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}编码,名称,合计\r\n206,科学技术支出,5411.72\r\n`);
    // Encoded as UTF-8 the file starts EF BB BF.
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('keeps amounts exactly as the decimal strings given (no number round trip)', () => {
    const text = toCsv(['a'], [['1182.90'], ['0.10'], ['3750.53'], ['-3.5']]);
    expect(
      parseCsv(text)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['1182.90', '0.10', '3750.53', '-3.5']);
  });

  it('quotes fields with commas, quotes and line breaks, and parses them back', () => {
    const fields = ['扶贫引导,帮扶资金', '他说"好"', '第一行\n第二行', ' 前后空格 ', ''];
    expect(csvField(fields[0]!)).toBe('"扶贫引导,帮扶资金"');
    expect(csvField(fields[1]!)).toBe('"他说""好"""');
    const text = toCsv(['a', 'b', 'c', 'd', 'e'], [fields]);
    expect(parseCsv(text)).toEqual([['a', 'b', 'c', 'd', 'e'], fields]);
  });

  it('guards text that a spreadsheet would run as a formula, but not negative amounts or shares', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-3.50')).toBe('-3.50');
    expect(csvField('-0.5%')).toBe('-0.5%');
  });

  it('refuses rows whose width differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/1 fields/);
  });

  it('names files with ASCII only', () => {
    expect(csvFileName('001', 'functional')).toBe('001-functional.csv');
    expect(csvFileName('a/b', '功能')).toBe('a_b-__.csv');
  });
});
