import { describe, expect, it } from 'vitest';
import { applyCorrections, parseCorrections } from '../../src/normalizer/corrections';
import { NormalizeError } from '../../src/normalizer/messages';
import { toDocument } from '../../src/normalizer/segment';

const doc = toDocument('x.txt', '表1\n收支总体情况表\n收入总计 1O9.71 支出总计 109.71\n');

describe('corrections', () => {
  it('applies a reviewed correction to its line and records it', () => {
    const { doc: fixed, applied } = applyCorrections(doc, [
      { source: 'x.txt', line: 3, printed: '1O9.71', corrected: '109.71', reason: 'OCR read the digit 0 as the letter O' },
    ]);
    expect(fixed.lines[2]?.text).toBe('收入总计 109.71 支出总计 109.71');
    expect(applied).toEqual([{ line: 3, printed: '1O9.71', corrected: '109.71', reason: 'OCR read the digit 0 as the letter O' }]);
    expect(doc.lines[2]?.text).toContain('1O9.71'); // the input document is not mutated
  });

  it('ignores corrections for other documents', () => {
    expect(applyCorrections(doc, [{ source: 'y.txt', line: 3, printed: 'a', corrected: 'b', reason: 'r' }]).applied).toEqual([]);
  });

  it('stops on a correction that no longer matches its line', () => {
    const stale = () => applyCorrections(doc, [{ source: 'x.txt', line: 2, printed: '1O9.71', corrected: '109.71', reason: 'r' }]);
    expect(stale).toThrow(NormalizeError);
    expect(stale).toThrow(/line 2.*CORRECTIONS_INVALID|CORRECTIONS_INVALID.*not on this line/);
  });

  it('validates the corrections file', () => {
    expect(parseCorrections({ corrections: [] })).toEqual({ ok: true, value: [] });
    expect(parseCorrections({}).ok).toBe(false);
    expect(parseCorrections({ corrections: [{ source: 'x', line: 0, printed: 'a', corrected: 'b', reason: 'r' }] }).ok).toBe(false);
    expect(parseCorrections({ corrections: [{ source: 'x', line: 1, printed: 'a', corrected: 'b', reason: '' }] }).ok).toBe(false);
  });
});
