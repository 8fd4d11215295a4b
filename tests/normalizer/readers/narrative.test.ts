import { FILES, sourceText } from '../../support/sources';

import { describe, expect, it } from 'vitest';
import type { NarrativeFigure } from '../../../src/model/types';
import type { Warning } from '../../../src/normalizer/messages';
import { readNarrative } from '../../../src/normalizer/readers/narrative';
import { segment, toDocument } from '../../../src/normalizer/segment';

function readText(source: string, text: string): { figures: NarrativeFigure[]; warnings: Warning[] } {
  const doc = toDocument(source, text);
  const warnings: Warning[] = [];
  const result = readNarrative({ doc, tables: segment(doc), warn: (w) => warnings.push(w) });
  if (!result.ok) throw new Error(result.reason);
  return { figures: result.value.narrative ?? [], warnings };
}

const cache = new Map<string, ReturnType<typeof readText>>();
function read(doc: keyof typeof FILES) {
  const hit = cache.get(doc);
  if (hit) return hit;
  const r = readText(FILES[doc], sourceText(doc));
  cache.set(doc, r);
  return r;
}

describe('readNarrative: the figures of 部门预算安排情况说明, as printed', () => {
  it.each([
    // doc, key, amount, sentence lines
    ['000', 'total', '1309.71', [292, 298]],
    ['000', 'income.total', '1309.71', [312, 318]],
    ['000', 'income.generalPublic', '1309.71', [326, 334]],
    ['000', 'income.carryover', '0', [326, 334]],
    ['000', 'expenditure.total', '1309.71', [338, 344]],
    ['000', 'generalPublic.total', '1309.71', [352, 358]],
    ['000', 'transfer.total', '0', [362, 362]],
    ['000', 'threePublic.total', '0', [366, 368]],
    ['000', 'threePublic.vehiclePurchase', '0', [374, 378]],
    ['000', 'threePublic.adminCost', '0', [398, 402]],
    // 8,000.00 万元 of 政府采购 in a budget of 1,309.71 万元: recorded as printed, reconcile flags it.
    ['000', 'procurement.total', '8000.00', [406, 410]],
    ['000', 'procurement.services', '8000.00', [406, 410]],
    ['001', 'total', '5921.56', [298, 298]],
    ['001', 'income.generalPublic', '5911.03', [302, 302]],
    ['001', 'income.carryover', '10.53', [302, 302]],
    ['001', 'expenditure.carryover', '10.53', [306, 306]],
    ['001', 'threePublic.total', '2.08', [314, 314]],
    // 公务用车购置及运行费 0 万元 (购置费 0, 运行维护费 2.08): contradictory in print, kept as printed.
    ['001', 'threePublic.vehicle', '0', [318, 318]],
    ['001', 'threePublic.vehicleOperation', '2.08', [318, 318]],
    ['001', 'threePublic.adminCost', '64.65', [328, 328]],
    ['001', 'procurement.goods', '33.10', [332, 332]],
    ['002', 'income.total', '4417.5', [1142, 1148]],
    ['002', 'expenditure.total', '4417.5', [1158, 1164]],
    ['002', 'threePublic.total', '5', [1176, 1180]],
    ['002', 'threePublic.vehicle', '4.6', [1182, 1183]],
    ['002', 'threePublic.reception', '0.4', [1189, 1193]],
    ['002', 'threePublic.adminCost', '665.58', [1211, 1215]],
    ['002', 'procurement.services', '1525.87', [1219, 1223]],
    ['003', 'total', '15947.98', [136, 140]],
    ['003', 'income.thisYear', '14777.19', [136, 140]],
    ['003', 'income.fiscal', '14777.19', [144, 148]],
    ['003', 'income.carryover', '1170.79', [148, 150]],
    ['003', 'expenditure.basic', '3167.70', [156, 162]],
    ['003', 'expenditure.project', '12780.28', [162, 166]],
    ['003', 'functional.201', '13209.78', [168, 169]],
    ['003', 'functional.210', '88.90', [173, 175]],
    ['003', 'generalPublic.total', '14777.19', [179, 187]],
    ['003', 'generalPublic.project', '11609.49', [189, 191]],
    ['003', 'generalPublic.functional.201', '12770.08', [193, 201]],
    ['003', 'govFund.total', '0.00', [244, 246]],
    // The sentence runs over a page footer ("- 7 -", line 264).
    ['003', 'threePublic.total', '71.33', [262, 270]],
    ['003', 'threePublic.vehicleOperation', '22.80', [278, 284]],
    ['003', 'threePublic.meeting', '18.90', [296, 306]],
    ['003', 'threePublic.adminCost', '262.77', [310, 321]],
    ['003', 'procurement.total', '8881.20', [325, 329]],
    ['004', 'income.total', '14416.56', [611, 611]],
    ['004', 'threePublic.vehicle', '1.80', [615, 615]],
    ['004', 'threePublic.adminCost', '603.20', [621, 621]],
    ['004', 'procurement.total', '2256.30', [625, 625]],
  ] as const)('%s %s = %s (lines %j)', (doc, key, amount, lines) => {
    const f = read(doc).figures.filter((x) => x.key === key);
    expect(f.map((x) => [x.amount, x.src])).toEqual([[amount, { table: 'narrative', lines }]]);
  });

  it.each([
    ['000', 27],
    ['001', 27],
    ['002', 13],
    ['003', 33],
    ['004', 13],
  ] as const)('%s: %i figures, each key once, in reading order', (doc, n) => {
    const { figures, warnings } = read(doc);
    expect(figures).toHaveLength(n);
    expect(new Set(figures.map((f) => f.key)).size).toBe(n);
    const starts = figures.map((f) => f.src.lines[0]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(warnings).toEqual([]);
  });

  it('reads the section a figure is in: 国有资本经营预算 is income in 二、 and expenditure in 三、', () => {
    const { figures } = read('000');
    expect(figures.find((f) => f.key === 'income.stateCapital')?.src.lines).toEqual([326, 334]);
    expect(figures.find((f) => f.key === 'stateCapital.total')?.src.lines).toEqual([352, 358]);
  });

  it('skips the table of contents (001 repeats the part heading at line 15)', () => {
    expect(read('001').figures.every((f) => f.src.lines[0] > 290)).toBe(true);
  });

  it('takes the first amount after a term, not a later change figure ("比上年减少18万元")', () => {
    expect(read('002').figures.find((f) => f.key === 'threePublic.vehiclePurchase')?.amount).toBe('0');
  });

  it('joins a sentence broken inside words and numbers (000 layout)', () => {
    const text = [
      '第三部分  部门预算安排情况说明 ',
      '七、政府采购情况 ',
      '',
      '2021年本部门政府采购安排 8,000.00 万元，其中：货物类',
      '',
      '采购预算 0 万元，工程类采购预算 0 万元，服务类采购预算',
      '',
      '8,000.00 万元。 ',
    ].join('\n');
    const { figures } = readText('x.txt', text);
    expect(figures.map((f) => [f.key, f.label, f.amount, f.src.lines])).toEqual([
      ['procurement.total', '政府采购安排', '8000.00', [4, 8]],
      ['procurement.goods', '货物类采购预算', '0', [4, 8]],
      ['procurement.works', '工程类采购预算', '0', [4, 8]],
      ['procurement.services', '服务类采购预算', '8000.00', [4, 8]],
    ]);
  });

  it('warns NARRATIVE_MISSING for the figures every layout states, and reads nothing without the part', () => {
    const { warnings } = readText('x.txt', ['第三部分 部门预算安排情况说明', '四、部门转移支付预算情况', '2021年部门转移支付预算安排0万元。'].join('\n'));
    expect(warnings.map((w) => w.code)).toEqual(['NARRATIVE_MISSING', 'NARRATIVE_MISSING', 'NARRATIVE_MISSING']);
    expect(readText('y.txt', '第一部分 部门概况\n收支总预算 1.00 万元').figures).toEqual([]);
  });
});
