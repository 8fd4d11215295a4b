import { describe, expect, it } from 'vitest';
import { flattenRecord, flattenRecords } from '../../../src/model/dataFiles/flatten';

describe('flattenRecord', () => {
  it.each([
    ['a nested amount', { parts: { basic: { wages: '12.30' } } }, [['parts.basic.wages', '12.30']]],
    [
      'a source line pair',
      { src: { table: 't03', lines: [474, 476] } },
      [
        ['src.table', 't03'],
        ['src.lines', '474-476'],
      ],
    ],
    [
      'a list of source refs',
      {
        refs: [
          { table: 't03', lines: [474, 474] },
          { table: 't05', lines: [12, 13] },
        ],
      },
      [['refs', 't03:474-474; t05:12-13']],
    ],
    ['a list of words', { blank: ['basic', 'project'] }, [['blank', 'basic; project']]],
    ['an absent field', { amount: '1.00', unit: undefined }, [['amount', '1.00']]],
    [
      'amounts stay strings',
      { amount: '0.10', count: 3 },
      [
        ['amount', '0.10'],
        ['count', '3'],
      ],
    ],
  ])('%s', (_, record, cells) => {
    expect([...flattenRecord(record)]).toEqual(cells);
  });
});

describe('flattenRecords', () => {
  it('takes the union of columns in first-seen order and leaves a missing field empty', () => {
    const t = flattenRecords(
      [
        { code: '201', total: '10.53' },
        { code: '20101', total: '1.00', unit: '550001' },
      ],
      { amount_unit: '万元' },
    );
    expect(t.header).toEqual(['amount_unit', 'code', 'total', 'unit']);
    expect(t.rows).toEqual([
      ['万元', '201', '10.53', ''],
      ['万元', '20101', '1.00', '550001'],
    ]);
  });
});
