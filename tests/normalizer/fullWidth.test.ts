/**
 * Full-width digits (１，１８２．９０) in a table row: the row is read as if printed in ASCII, never
 * dropped as text. Built from a real Guangzhou source (000, 表2 收入总体情况表) with its rows damaged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leadingCode, parseAmount, readLine } from '../../src/normalizer/cells';
import { normalizeDocument } from '../../src/normalizer/document';
import { FILES } from '../support/sources';

const wide = (s: string) =>
  s
    .replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    .replace(/,/gu, '，')
    .replace(/\./gu, '．');

describe('full-width digits', () => {
  it('parseAmount, readLine and leadingCode fold them to ASCII', () => {
    expect(parseAmount('１，１８２．９０')).toEqual({ ok: true, value: '1182.90' });
    const r = readLine(wide('206 科学技术支出 1,182.90 1,182.90 0.00 '));
    expect(r.values).toEqual(['1182.90', '1182.90', '0.00']);
    expect(r.text).toEqual(['206 科学技术支出']);
    expect(leadingCode('２０６０１ 科学技术管理事务')).toEqual({ code: '20601', rest: '科学技术管理事务' });
  });

  it('a 000 document whose 科学技术支出 rows print full-width digits reads exactly as the original', () => {
    const source = FILES['000'];
    const text = readFileSync(`data/sources/${source}`, 'utf8');
    const lines = text.split('\n');
    for (const n of [700, 702, 708]) {
      expect(lines[n - 1]).toContain('1,182.90');
      lines[n - 1] = wide(lines[n - 1] as string);
    }
    const original = normalizeDocument(source, text, [], []);
    const damaged = normalizeDocument(source, lines.join('\n'), [], []);
    expect(damaged.budget).toEqual(original.budget);
    expect(damaged.warnings).toEqual(original.warnings);
  });
});
