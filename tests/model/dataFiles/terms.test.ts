import { describe, expect, it } from 'vitest';
import { termLines } from '../../../src/model/dataFiles/terms';

describe('termLines', () => {
  it('finds a statement of terms with its 1-based line and leaves policy wording alone', () => {
    const text = ['一、部门职责', '协调推进区级公共数据确权授权', '本文件版权归某局所有，转载请注明出处。'].join('\n');
    expect(termLines(text)).toEqual([{ line: 3, text: '本文件版权归某局所有，转载请注明出处。' }]);
  });
  it('finds none in a text that states none', () => {
    expect(termLines('支出总体情况表\n合计 1,309.71')).toEqual([]);
  });
});
